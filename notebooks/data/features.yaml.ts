// The lab's feature repository, data/features.yaml, verbatim, for FileAttachment("data/features.yaml").text().
import {readFileSync} from "node:fs";

process.stdout.write(readFileSync(new URL("../../data/features.yaml", import.meta.url), "utf8"));

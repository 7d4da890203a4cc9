// The lab's contract data/contracts/labels.yaml, verbatim, for FileAttachment("data/contracts/labels.yaml").text().
import {readFileSync} from "node:fs";

process.stdout.write(readFileSync(new URL("../../../data/contracts/labels.yaml", import.meta.url), "utf8"));

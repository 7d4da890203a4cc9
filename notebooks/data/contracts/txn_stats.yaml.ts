// The lab's contract data/contracts/txn_stats.yaml, verbatim, for FileAttachment("data/contracts/txn_stats.yaml").text().
import {readFileSync} from "node:fs";

process.stdout.write(readFileSync(new URL("../../../data/contracts/txn_stats.yaml", import.meta.url), "utf8"));

// The lab's contract data/contracts/transactions.v2.yaml, verbatim, for FileAttachment("data/contracts/transactions.v2.yaml").text().
import {readFileSync} from "node:fs";

process.stdout.write(readFileSync(new URL("../../../data/contracts/transactions.v2.yaml", import.meta.url), "utf8"));

// The small world's transactions (seed 7) as Arrow IPC, for FileAttachment("data/transactions.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions, "file"));

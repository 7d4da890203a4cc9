// The small world's txn_stats (seed 7) as Arrow IPC, for FileAttachment("data/txn_stats.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["txn_stats"]}).txn_stats, "file"));

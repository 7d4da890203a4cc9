// The small world's drift_current (seed 7) as Arrow IPC, for FileAttachment("data/drift_current.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["drift_current"]}).drift_current, "file"));

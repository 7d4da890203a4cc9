// The small world's drift_reference (seed 7) as Arrow IPC, for FileAttachment("data/drift_reference.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["drift_reference"]}).drift_reference, "file"));

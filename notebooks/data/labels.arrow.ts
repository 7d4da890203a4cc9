// The small world's labels (seed 7) as Arrow IPC, for FileAttachment("data/labels.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["labels"]}).labels, "file"));

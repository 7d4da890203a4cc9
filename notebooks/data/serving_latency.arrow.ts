// The small world's serving_latency (seed 7) as Arrow IPC, for FileAttachment("data/serving_latency.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["serving_latency"]}).serving_latency, "file"));

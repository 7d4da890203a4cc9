// The small world's model_daily (seed 7) as Arrow IPC, for FileAttachment("data/model_daily.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["model_daily"]}).model_daily, "file"));

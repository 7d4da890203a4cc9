// The small world's customer_risk (seed 7) as Arrow IPC, for FileAttachment("data/customer_risk.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["customer_risk"]}).customer_risk, "file"));

// The small world's customer_profile (seed 7) as Arrow IPC, for FileAttachment("data/customer_profile.arrow").
import {tableToIPC} from "apache-arrow";
import {generateWorld} from "../../lib/synth/index.js";

process.stdout.write(tableToIPC(generateWorld({seed: 7, scale: "small", tables: ["customer_profile"]}).customer_profile, "file"));

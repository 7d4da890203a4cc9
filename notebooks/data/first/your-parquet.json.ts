// The first answer of /your-parquet: the headline of the file the template loader
// (data/yours/card_payments.arrow.ts) makes, made the same way (tableFromFile on the file in
// data/yours/, native DuckDB, written as Arrow by loaderOutput), read back as the page reads
// it and summed up by the same fileHeadline (lib/profile's nullRates). A copy of the page for
// your own file copies this too and changes FILE, as in the template loader.
import {tableFromIPC} from "apache-arrow";
import {fileURLToPath} from "node:url";
import {loaderOutput, tableFromFile} from "../../../src/loaders/index.js";
import {fileHeadline} from "../../components/workbench/fileHeadline.js";

const FILE = "card_payments.parquet"; // ← the template loader's file, in the repository's data/yours/

const bytes = loaderOutput(await tableFromFile(fileURLToPath(new URL(`../../../data/yours/${FILE}`, import.meta.url))));
process.stdout.write(JSON.stringify(fileHeadline(tableFromIPC(bytes), bytes.byteLength)));

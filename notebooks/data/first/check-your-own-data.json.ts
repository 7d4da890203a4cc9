// The first answer of /check-your-own-data at its default state: the example card payments
// (card-payments-sample.csv) read as `fslab check` reads a CSV (src/cli's loadData: lib/sql's
// csvSelect over the whole file, in native DuckDB) and checked against transactions.v1.yaml at
// 2026-04-01 by the same runContract the page runs; its results headline (ownDataSummary).
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {loadData} from "../../../src/cli/commands/check.js";
import {ownDataSummary} from "../../components/contracts/ownDataCards.js";

const file = "card-payments-sample.csv";
const engine = await createNativeEngine({threads: 1});
await loadData(engine, fileURLToPath(new URL(`../contracts/${file}`, import.meta.url)), "your_data");
const parsed = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "transactions.v1.yaml");
if (!parsed.ok) throw new Error(`check-your-own-data first answer: ${parsed.issues[0]!.text}`);
const result = await runContract(engine, parsed.contract, "your_data", {asOf: Date.UTC(2026, 3, 1), object: parsed.contract.schema[0]!.name, sampleSize: 5});
await engine.close();
const summary = ownDataSummary(result, {where: file});
process.stdout.write(JSON.stringify({summary, key: summary.key}));

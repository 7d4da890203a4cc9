// The first answer of /schema-contracts for the scenario it opens with (amounts exported as
// text): the drifted delivery made from the world's transactions (seed 7, small), checked by
// the same runContract in native DuckDB; the verdict, the columns, the properties missing.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {jsonRows, parseContract, runContract} from "../../../lib/contracts/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {schemaSummary} from "../../components/contracts/checkCards.js";
import {schemaScenarios, schemaStart} from "../../components/contracts/pageDeliveries.js";

const engine = await createNativeEngine({threads: 1});
await engine.loadArrow("transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
await engine.query(`CREATE TABLE delivered AS ${new Map(schemaScenarios).get(schemaStart)}`);
const parsed = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "transactions.v1.yaml");
if (!parsed.ok) throw new Error(`schema-contracts first answer: ${parsed.issues[0]!.text}`);
const result = await runContract(engine, parsed.contract, "delivered", {asOf: Date.UTC(2026, 3, 1)});
const columns = jsonRows(await engine.query("DESCRIBE delivered")).map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
await engine.close();
const summary = schemaSummary(result, columns, parsed.contract.schema[0]!.properties);
process.stdout.write(JSON.stringify({summary, key: {rows: result.rows, status: summary.status, failed: summary.failed, warned: summary.warned, columns: summary.columns, missing: summary.missing}}));

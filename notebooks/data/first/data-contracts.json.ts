// The first answer of /data-contracts for the delivery it opens with (a bad day): the
// world's transactions (seed 7, small) with the bad day's faults, checked against
// transactions.v1.yaml by the same runContract in native DuckDB; the verdict in numbers.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {injectFaults} from "../../../lib/faults/index.js";
import {sql} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {runSummary} from "../../components/contracts/checkCards.js";
import {badDay} from "../../components/contracts/pageDeliveries.js";

const engine = await createNativeEngine({threads: 1});
await engine.loadArrow("transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
await engine.query(sql`CREATE TABLE delivered AS ${injectFaults({source: "transactions", key: ["txn_id", "created_timestamp"], faults: badDay})}`);
const parsed = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "transactions.v1.yaml");
if (!parsed.ok) throw new Error(`data-contracts first answer: ${parsed.issues[0]!.text}`);
const result = await runContract(engine, parsed.contract, "delivered", {asOf: Date.UTC(2026, 3, 1), sampleSize: 5});
await engine.close();
const summary = runSummary(result);
process.stdout.write(JSON.stringify({summary, delivery: "bad", key: {status: summary.status, rows: summary.rows, failed: summary.failed, warned: summary.warned}}));

// The first answer of /null-range-cardinality at the sliders' starting values: the world's
// transactions (seed 7, small) with the page's faults injected, checked by the same
// runContract in native DuckDB; the four headline checks as JSON.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {injectFaults} from "../../../lib/faults/index.js";
import {sql} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {cardsKey, checkCards} from "../../components/contracts/checkCards.js";
import {nullRangeFaults, nullRangeFocus, nullRangeStart} from "../../components/contracts/pageDeliveries.js";

const engine = await createNativeEngine({threads: 1});
await engine.loadArrow("transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
await engine.query(sql`CREATE TABLE delivered AS ${injectFaults({source: "transactions", key: ["txn_id", "created_timestamp"], faults: nullRangeFaults(nullRangeStart)})}`);
const contract = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "transactions.v1.yaml");
if (!contract.ok) throw new Error(`null-range-cardinality first answer: ${contract.issues[0]!.text}`);
const result = await runContract(engine, contract.contract, "delivered", {asOf: Date.UTC(2026, 3, 1)});
await engine.close();
const cards = checkCards(result, nullRangeFocus);
process.stdout.write(JSON.stringify({cards, key: {rows: result.rows, ...cardsKey(cards)}}));

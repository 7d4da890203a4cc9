// The first answer of /semantic-constraints at the controls' starting values: the world's
// transactions (seed 7, small) with the page's faults, checked against the page's small
// contract by the same runContract in native DuckDB, 12 h after the newest event.
import {generateWorld} from "../../../lib/synth/index.js";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {injectFaults} from "../../../lib/faults/index.js";
import {sql} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {cardsKey, checkCards} from "../../components/contracts/checkCards.js";
import {semanticContract, semanticFaults, semanticFocus, semanticStart} from "../../components/contracts/pageDeliveries.js";

const engine = await createNativeEngine({threads: 1});
await engine.loadArrow("transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
const newest = Number((await engine.query("SELECT epoch_ms(max(event_timestamp)) AS t FROM transactions")).get(0)!.t);
await engine.query(sql`CREATE TABLE delivered AS ${injectFaults({source: "transactions", key: ["txn_id", "created_timestamp"], faults: semanticFaults(semanticStart)})}`);
const contract = parseContract(semanticContract(semanticStart.pattern), "semantics.yaml");
if (!contract.ok) throw new Error(`semantic-constraints first answer: ${contract.issues[0]!.text}`);
const result = await runContract(engine, contract.contract, "delivered", {asOf: newest + semanticStart.asOfHours * 3_600_000, sampleSize: 5});
await engine.close();
const cards = checkCards(result, semanticFocus);
process.stdout.write(JSON.stringify({cards, key: {rows: result.rows, ...cardsKey(cards)}}));

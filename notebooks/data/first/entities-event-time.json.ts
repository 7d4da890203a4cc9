// The first answer of "Entities, event time and feature views" (issue 11): its four cards for
// the page's default controls, from the same world (lib/synth, seed 7) and the same lib/profile
// queries the page runs in DuckDB-wasm, here in native DuckDB, shaped by the page's own
// profileHeadline. The page shows this at once and replaces it with its live result.
import {correctionsSql, lateArrivalsSql, rowCountsSql} from "../../../lib/profile/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {resultRows} from "../../components/shell/resultRows.js";
import {profileHeadline} from "../../components/foundations/profileHeadline.js";

const params = {seed: 7, lateThreshold: 3600}; // the page's controls' defaults
const world = generateWorld({seed: params.seed, tables: ["customer_profile", "transactions"]});
const db = await createNativeEngine({threads: 1});
await db.loadArrow("transactions", world.transactions);
await db.loadArrow("customer_profile", world.customer_profile);
const rowCounts = resultRows(await db.query(rowCountsSql(["transactions", "customer_profile"])));
const [fix] = resultRows(await db.query(correctionsSql("transactions", "txn_id")));
const [late] = resultRows(await db.query(lateArrivalsSql({table: "transactions", thresholdSeconds: params.lateThreshold})));
await db.close();
process.stdout.write(JSON.stringify(profileHeadline({params, rowCounts, late, fix})));

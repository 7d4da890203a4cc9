// The first answer of /contract-tests-ci for the choices it opens with (the sign bug, shipped
// five nights before the world's end; the contract as committed): the delivery made from the
// world's transactions (seed 7, small), checked by the same runContract in native DuckDB; what
// the CI job sees: the exit code and the checks failed.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {parseContract, runContract} from "../../../lib/contracts/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {exitCode, runSummary} from "../../components/contracts/checkCards.js";
import {ciBugs, ciDelivery, ciStart} from "../../components/contracts/pageDeliveries.js";

const engine = await createNativeEngine({threads: 1});
await engine.loadArrow("transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
await engine.query(ciDelivery(new Map(ciBugs).get(ciStart.bug), ciStart.since));
const parsed = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "data/contracts/transactions.v1.yaml");
if (!parsed.ok) throw new Error(`contract-tests-ci first answer: ${parsed.issues[0]!.text}`);
const result = await runContract(engine, parsed.contract, "delivered", {asOf: Date.UTC(2026, 3, 1), sampleSize: 5});
await engine.close();
const code = exitCode(true, result);
const {failed, checks, rows} = runSummary(result);
process.stdout.write(JSON.stringify({code, failed, checks, rows, key: {code, failed, rows}}));

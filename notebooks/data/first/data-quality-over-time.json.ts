// The data-quality page's first answer (issue 11): which of the four signals catches the
// page's default incident (empty amounts from day 45, 0.6% of rows), and how late, on the
// world's transactions (seed 7, small), by the same queries in DuckDB (native, in Node) and
// the same lib/monitoring code as the page.
import {readFileSync} from "node:fs";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {qualityHeadline, qualityIncidentRows, qualityMonitor, qualityWorld} from "../../components/monitoring/qualityMonitor.js";

const transactions = generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions;
const monitor = qualityMonitor(transactions, readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"));
const incident = qualityWorld.defaultIncident;
const db = await createNativeEngine();
try {
  await db.loadArrow("transactions", transactions);
  const rows = await qualityIncidentRows(db, monitor, incident, "delivered");
  process.stdout.write(JSON.stringify(qualityHeadline(monitor.cellsOf(rows), incident.day)));
} finally {
  await db.close();
}

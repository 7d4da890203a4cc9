// The Point-in-time pages' exercise references that pick rows in the component (with lib/pit's
// kernel): each against a hand-worked case, and against the SQL a learner would write (the
// pages' solutions) on both Node engines, on the small world.
import {readFileSync} from "node:fs";
import {Table, tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {labelLeaks} from "../../../../notebooks/components/pit/leakageHeadline.js";
// @ts-expect-error a plain JavaScript module of the site, without types
import {readBeforeArrival} from "../../../../notebooks/components/pit/pitArrival.js";
import {compareTables} from "../../../../lib/exercises/index.js";
import {parseFeatureRepository} from "../../../../lib/pit/index.js";
import {generateWorld} from "../../../../lib/synth/index.js";
import {engineFactories, useEngine} from "../../../lib/engines.js";

const view = {name: "risk", joinKeys: ["customer_id"], timestampField: "event_timestamp", createdTimestampField: "created_timestamp", features: ["chargeback_count"]};
const risk = tableFromArrays({
  customer_id: Int32Array.from([1, 1, 2]),
  event_timestamp: Float64Array.from([0, 100, 50]),
  created_timestamp: Float64Array.from([0, 300, 50]),
  chargeback_count: Int32Array.from([0, 1, 2]),
});
const plain = (table: Table) => table.toArray().map((r) => r.toJSON());

describe("labelLeaks", () => {
  const labels = tableFromArrays({
    txn_id: Int32Array.from([10, 11, 12, 13]),
    customer_id: Int32Array.from([1, 1, 2, 3]),
    event_timestamp: Float64Array.from([90, 150, 60, 10]),
    is_fraud: [true, true, false, true],
  });
  it("labelLeaks keeps fraud rows whose count read leakHours later is higher, no row counting as 0", () => {
    // txn 10 at 90: 0 then (90 + 1 h ≥ 100) 1 → kept; txn 11 at 150 is already 1; 12 is legitimate; 13 has no row either way.
    expect(plain(labelLeaks(labels, risk, view, 1))).toEqual([{txn_id: 10, customer_id: 1, at_txn: 0, read_late: 1}]);
  });
  it("labelLeaks with a leak of 0 finds nothing", () => {
    expect(labelLeaks(labels, risk, view, 0).numRows).toBe(0);
  });
});

describe("readBeforeArrival", () => {
  it("readBeforeArrival keeps the spine rows whose matched row was created after them", () => {
    const spine = tableFromArrays({txn_id: Int32Array.from([1, 2, 3, 4]), customer_id: Int32Array.from([1, 1, 2, 2]), event_timestamp: Float64Array.from([120, 400, 40, 60])});
    // txn 1 at 120 matches the row stamped 100 that arrived at 300; txn 2 at 400 the same row, arrived by then;
    // txn 3 has no row yet; txn 4 matches a row that arrived when it happened.
    expect(plain(readBeforeArrival(spine, risk, view, "chargeback_count"))).toEqual([{txn_id: 1, chargeback_count: 1}]);
  });
});

const repository = parseFeatureRepository(readFileSync(new URL("../../../../data/features.yaml", import.meta.url), "utf8"));
const riskView = repository.featureViews.find((v) => v.name === "customer_risk")!;
const world = generateWorld({seed: 7, scale: "small", tables: ["labels", "customer_risk"]});
const spine = new Table({txn_id: world.labels.getChild("txn_id")!, customer_id: world.labels.getChild("customer_id")!, event_timestamp: world.labels.getChild("event_timestamp")!, is_fraud: world.labels.getChild("is_fraud")!});

describe.each(engineFactories)("the exercises' SQL on %s", (_kind, create) => {
  const engine = useEngine(create, {labels: world.labels, spine, customer_risk: world.customer_risk});
  it("labelLeaks equals the time-travel-leakage solution (two ASOF reads) on the small world", async () => {
    const answer = await engine().query(`WITH at_txn AS (
  SELECT l.txn_id, l.customer_id, l.is_fraud, coalesce(r.chargeback_count, 0) AS at_txn
  FROM labels l ASOF LEFT JOIN customer_risk r ON r.customer_id = l.customer_id AND r.event_timestamp <= l.event_timestamp
), week_later AS (
  SELECT l.txn_id, coalesce(r.chargeback_count, 0) AS read_late
  FROM labels l ASOF LEFT JOIN customer_risk r ON r.customer_id = l.customer_id AND r.event_timestamp <= l.event_timestamp + INTERVAL 7 DAY
)
SELECT a.txn_id, a.customer_id, a.at_txn, w.read_late FROM at_txn a JOIN week_later w USING (txn_id)
WHERE a.is_fraud AND w.read_late > a.at_txn`);
    const expected = labelLeaks(world.labels, world.customer_risk, riskView, 168);
    expect(expected.numRows).toBeGreaterThan(0);
    expect(compareTables(expected, answer, {key: ["txn_id"]}).correct).toBe(true);
  });
  it("readBeforeArrival equals the point-in-time-joins solution (ASOF, created after the transaction) on the small world", async () => {
    const answer = await engine().query(`SELECT s.txn_id, f.chargeback_count FROM spine s
ASOF JOIN customer_risk f ON f.customer_id = s.customer_id AND f.event_timestamp <= s.event_timestamp
WHERE f.created_timestamp > s.event_timestamp`);
    const expected = readBeforeArrival(spine, world.customer_risk, riskView, "chargeback_count");
    expect(expected.numRows).toBeGreaterThan(0);
    expect(compareTables(expected, answer, {key: ["txn_id"]}).correct).toBe(true);
  });
});

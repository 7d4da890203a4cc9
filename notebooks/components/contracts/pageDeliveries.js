// The deliveries the contract pages break on purpose: each page's faults as a function of
// its controls, and the controls' starting values. The page builds its controls from these,
// and its build-time first answer (notebooks/data/first/<page>.json.ts) uses the same
// starting values, so both run the same delivery. Plain data, no DOM: Node imports it too.
import {injectFaults} from "../../lib/faults/index.js";
import {sql} from "../../lib/sql/index.js";

/** Null, range and cardinality: the sliders' starting values (shares in percent of rows). */
export const nullRangeStart = {nullShare: 0.5, negativeShare: 0.1, atmShare: 0.3, duplicateShare: 0.1, tolerance: 1};

/** The faults of the null, range and cardinality page, shares in percent (injectFaults takes 0–1). */
export function nullRangeFaults({nullShare, negativeShare, atmShare, duplicateShare}) {
  return [
    {kind: "null", column: "amount", share: nullShare / 100},
    {kind: "negate", column: "amount", share: negativeShare / 100},
    {kind: "value", column: "channel", share: atmShare / 100, value: "atm"},
    {kind: "duplicate", share: duplicateShare / 100},
  ];
}

/** The four checks the null, range and cardinality page leads with. */
export const nullRangeFocus = [
  {id: "amount_rarely_missing", what: "missing amounts", kind: "null"},
  {id: "transactions.amount.exclusiveMinimum", what: "amount > 0", kind: "range"},
  {id: "transactions.channel.enum", what: "channel in web, pos, app", kind: "cardinality"},
  {id: "one_row_per_version", what: "one row per version", kind: "cardinality"},
];

/** Semantic constraints: the controls' starting values (shares in percent, hours after the newest event). */
export const semanticStart = {skewShare: 0.2, pattern: "^[a-z]+$", dirtyShare: 0.3, asOfHours: 12};

/** The faults of the semantic constraints page: a clock an hour behind, a category written "Grocery ". */
export function semanticFaults({skewShare, dirtyShare}) {
  return [
    {kind: "before", column: "created_timestamp", share: skewShare / 100, reference: "event_timestamp", ms: 3_600_000},
    {kind: "value", column: "merchant_category", share: dirtyShare / 100, value: "Grocery "},
  ];
}

/** The small contract the semantic constraints page writes from its pattern control: one cross-field rule, one pattern, one freshness SLA. */
export function semanticContract(pattern) {
  return `apiVersion: v3.0.2
kind: DataContract
id: transactions-semantics
version: 1.0.0
status: active
schema:
  - name: transactions
    properties:
      - name: merchant_category
        logicalType: string
        logicalTypeOptions:
          pattern: ${JSON.stringify(pattern)}
      - name: event_timestamp
        logicalType: timestamp
        required: true
    quality:
      - id: created_not_before_event
        description: A row cannot be ingested before the event it records.
        type: custom
        engine: fslab
        implementation: created_timestamp >= event_timestamp
slaProperties:
  - property: latency
    value: 1
    unit: d
    element: transactions.event_timestamp
`;
}

/** The three checks the semantic constraints page leads with. */
export const semanticFocus = [
  {id: "created_not_before_event", what: "cross-field rule"},
  {id: "pattern", what: "pattern"},
  {id: "freshness", what: "freshness"},
];

/** Schema contracts: each way a producer drifts the schema, as [label, the SQL that makes the delivery from transactions]. */
export const schemaScenarios = [
  ["as promised", "SELECT * FROM transactions"],
  ["a column renamed: amount → amount_eur", "SELECT * EXCLUDE (amount), amount AS amount_eur FROM transactions"],
  ["a required column dropped: merchant_id", "SELECT * EXCLUDE (merchant_id) FROM transactions"],
  ["amounts exported as text, 2% with a decimal comma", "SELECT * REPLACE (CASE WHEN hash(txn_id) % 50 = 0 THEN replace(CAST(amount AS VARCHAR), '.', ',') ELSE CAST(amount AS VARCHAR) END AS amount) FROM transactions"],
  ["txn_id as DOUBLE, a few with fractions", "SELECT * REPLACE (CAST(txn_id AS DOUBLE) + CASE WHEN txn_id % 997 = 0 THEN 0.5 ELSE 0 END AS txn_id) FROM transactions"],
  ["timestamps as text, a few unparseable", "SELECT * REPLACE (CASE WHEN txn_id % 500 = 0 THEN 'yesterday' ELSE strftime(event_timestamp, '%Y-%m-%dT%H:%M:%S.%gZ') END AS event_timestamp) FROM transactions"],
  ["is_correction as 0/1 integers", "SELECT * REPLACE (CAST(is_correction AS INTEGER) AS is_correction) FROM transactions"],
  ["ids widened to BIGINT, a column added", "SELECT * REPLACE (CAST(txn_id AS BIGINT) AS txn_id, CAST(customer_id AS BIGINT) AS customer_id), 'eu-west' AS region FROM transactions"],
];

/** The scenario the schema contracts page opens with. */
export const schemaStart = "amounts exported as text, 2% with a decimal comma";

/** Data contracts: the bad day a producer ships (the page opens with it; its radio also offers a clean delivery). */
export const badDay = [
  {kind: "null", column: "amount", share: 0.006},
  {kind: "negate", column: "amount", share: 0.002},
  {kind: "value", column: "channel", share: 0.003, value: "atm"},
  {kind: "duplicate", share: 0.001},
  {kind: "before", column: "created_timestamp", share: 0.0005, reference: "event_timestamp", ms: 3_600_000},
];

/** Contract tests in CI: what the producer ships, as [label, {faults, stops}] (stops: the feed ends). */
export const ciBugs = [
  ["none: the delivery is as promised", {faults: []}],
  ["a sign bug: 1% of amounts negative", {faults: [{kind: "negate", column: "amount", share: 0.01}]}],
  ["an unannounced channel value “atm”", {faults: [{kind: "value", column: "channel", share: 0.02, value: "atm"}]}],
  ["a replayed batch: 1% of rows twice", {faults: [{kind: "duplicate", share: 0.01}]}],
  ["a clock an hour behind on 1% of rows", {faults: [{kind: "before", column: "created_timestamp", share: 0.01, reference: "event_timestamp", ms: 3_600_000}]}],
  ["3% of amounts missing", {faults: [{kind: "null", column: "amount", share: 0.03}]}],
  ["the feed stops", {faults: [], stops: true}],
];

/** The CI page opens with the sign bug, shipped five nights before the world's end (2026-04-01). */
export const ciStart = {bug: "a sign bug: 1% of amounts negative", since: Date.UTC(2026, 3, 1) - 5 * 86_400_000};

/** The CI page's delivery: clean rows before `since` (ms), rows with the bug from then on (or none, if the feed stops), as a CREATE TABLE delivered. */
export function ciDelivery(bug, since) {
  const from = new Date(since);
  if (bug.stops) return sql`CREATE OR REPLACE TABLE delivered AS SELECT * FROM transactions WHERE event_timestamp < ${from}`;
  const broken = injectFaults({source: "transactions", key: ["txn_id", "created_timestamp"], faults: bug.faults});
  return sql`CREATE OR REPLACE TABLE delivered AS
SELECT * FROM transactions WHERE event_timestamp < ${from}
UNION ALL
SELECT * FROM (${broken}) WHERE event_timestamp >= ${from}`;
}

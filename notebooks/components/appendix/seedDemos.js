// The seed-notebook appendix (seed-notebook.md): the notebook's 25 demos as data, and the
// blocks that show each one. Every number shown comes from the `toys` object computed with
// lib/ by seedToys.js; nothing here computes a statistic, it only formats and lays out.
import {html} from "htl";

/** The notebook's six toy cells, in the order they first appear, by the header they print. */
export const toyCells = {
  lineage: {header: "artifact dependency graph", first: 1, lab: {path: "./", name: "Map of the lab"}},
  fingerprint: {header: "hash-style version check", first: 2, lab: {path: "./fingerprints", name: "Fingerprints"}},
  release: {header: "release metric comparison", first: 3, lab: {path: "./release-comparison", name: "Release comparison"}},
  psi: {header: "drift statistic", first: 4, lab: {path: "./drift", name: "Drift: PSI and JS divergence"}},
  latency: {header: "latency and tail risk", first: 5, lab: {path: "./latency-tail-risk", name: "Latency and tail risk"}},
  guardrail: {header: "guardrail decision table", first: 6, lab: {path: "./guardrails", name: "Guardrails"}},
};

const page = (path, name) => ({path: `./${path}`, name});
const apis = page("features-as-apis", "Features as production APIs");
const entities = page("entities-event-time", "Entities, event time and feature views");
const stores = page("online-offline-stores", "Offline vs online stores");
const skew = page("training-serving-skew", "Training-serving skew");
const contracts = page("data-contracts", "Data contracts");

/**
 * The notebook's demos in its order: its title, the toy cell it ran, the lab page on the
 * title's subject, and one sentence on what that subject is about.
 */
export const seedDemos = [
  {n: 1, title: "features as production APIs", toy: "lineage", page: apis, topic: "A feature is an interface other teams build on: it has a contract, a version, an owner and consumers, and a change to it reaches all of them."},
  {n: 2, title: "training-serving skew", toy: "fingerprint", page: skew, topic: "Skew is serving computing a feature differently from training; proving it absent takes a fingerprint that ignores row order and notices any change."},
  {n: 3, title: "offline versus online stores", toy: "release", page: stores, topic: "The offline store keeps every version for training, the online store the latest value per key for serving; the question is whether they agree at \"now\"."},
  {n: 4, title: "contracts as boundary control", toy: "psi", page: contracts, topic: "A contract is what a producer promises at the boundary (schema, keys, ranges, freshness), checked before the data crosses it."},
  {n: 5, title: "feature reuse and risk", toy: "latency", page: apis, topic: "A reused feature has many consumers: its risk is what a change to it breaks downstream."},
  {n: 6, title: html`feature <i>f<sub>j</sub></i>(<b>x</b>, <i>t</i>)`, text: "feature f_j(x, t)", toy: "guardrail", page: entities, topic: "A feature is a function of an entity and a time: its value for this customer as known at that instant."},
  {n: 7, title: "entity key", toy: "lineage", page: entities, topic: "The entity key is what feature rows are joined on (here a customer); every view declares it."},
  {n: 8, title: "event time", toy: "fingerprint", page: entities, topic: "Event time is when a fact happened, not when it arrived; the lag between the two is where late rows and leaks come from."},
  {n: 9, title: "feature view", toy: "release", page: entities, topic: "A feature view is a set of features over one entity with an event-time column, the unit the store materializes and joins."},
  {n: 10, title: "data contract", toy: "psi", page: contracts, topic: "A data contract is written down (ODCS YAML here) and checked against the data in one scan, with the failing rows named."},
  {n: 11, title: "offline store", toy: "latency", page: page("point-in-time-joins", "Point-in-time joins"), topic: "The offline store is history: what training reads, through a point-in-time join."},
  {n: 12, title: "online store", toy: "guardrail", page: stores, topic: "The online store holds the latest value per key for serving, within a ttl."},
  {n: 13, title: "materialization", toy: "lineage", page: page("materialization-backfill", "Materialization and backfill"), topic: "Materialization computes feature views in incremental runs behind a watermark; late rows are caught or missed."},
  {n: 14, title: "point-in-time joins", toy: "fingerprint", page: page("point-in-time-joins", "Point-in-time joins"), topic: "Each label gets every feature as it was at the label's time, never a later value."},
  {n: 15, title: "feature freshness", toy: "release", page: page("feature-freshness", "Feature freshness"), topic: "Freshness is how old the served value is, per key and over time, against an SLA."},
  {n: 16, title: "schema contracts", toy: "psi", page: page("schema-contracts", "Schema contracts"), topic: "A schema contract fixes names, types and keys; a delivery that drifts from it is caught before it is read."},
  {n: 17, title: "semantic constraints", toy: "latency", page: page("semantic-constraints", "Semantic constraints"), topic: "Semantic constraints are rules across fields and rows: patterns, orderings, freshness."},
  {n: 18, title: "null range and cardinality checks", toy: "guardrail", page: page("null-range-cardinality", "Null, range and cardinality checks"), topic: "Null, range and cardinality checks are the contract's column rules; injected faults flip them."},
  {n: 19, title: "compatibility rules", toy: "lineage", page: page("compatibility-rules", "Compatibility rules"), topic: "Compatibility rules say which changes between contract versions break readers or writers."},
  {n: 20, title: "contract tests in continuous integration", toy: "fingerprint", page: page("contract-tests-ci", "Contract tests in CI"), topic: "Contract tests in CI are the same checks from a shell, with exit codes and a JUnit report."},
  {n: 21, title: "training-serving skew", toy: "release", page: skew, topic: "The served log beside training's recomputation, compared per key and per column."},
  {n: 22, title: "time travel leakage", toy: "psi", page: page("time-travel-leakage", "Time-travel leakage"), topic: "Leakage is training on values from after the label's time; the model looks better offline than it will ever be."},
  {n: 23, title: "delayed labels", toy: "latency", page: page("delayed-labels", "Delayed labels"), topic: "Labels arrive days after the event; what is known as of a day decides where a training window can end."},
  {n: 24, title: "inconsistent transforms", toy: "guardrail", page: page("inconsistent-transforms", "Inconsistent transforms"), topic: "One transform written twice (SQL for training, code for serving) rarely agrees at the edges: windows, nulls, time zones, floats."},
  {n: 25, title: "skew dashboards", toy: "lineage", page: page("skew-dashboard", "Skew dashboard"), topic: "A skew dashboard puts every feature against every signal, coloured by status, with a click down to the rows."},
];

const list = (xs) => xs.join(", ");
const pass = (ok) => ok ? html`<span style="color:#2e7d32">PASS</span>` : html`<strong style="color:#b3261e">FAIL</strong>`;
const code = (text) => html`<code>${text}</code>`;
const fixed = (x, d) => +Number(x).toFixed(d); // Python's round(x, d) as print shows it
const link = ({path, name}) => html`<a href=${path}>${name}</a>`;

/** Rows of [label, content] for a toy: its inputs, what the cell prints, what lib/ gives. */
function rows(toy, t) {
  switch (toy) {
    case "lineage": {
      const l = t.lineage;
      return [
        ["inputs", html`${l.nodes.length} nodes, edges ${code(l.nodes.join(" → "))}`],
        ["prints", html`the node and edge lists; ${pass(l.chain)} pipeline has one forward dependency chain (${l.edges.length} edges = ${l.nodes.length} nodes − 1); ${pass(l.featuresToModel)} features point to model artifact`],
        ["lib/", html`${code(`impactOf(graph, "raw")`)} = ${code(list(l.impact))}: what a change to the raw data reaches; ${code(`dependenciesOf(graph, "model")`)} = ${code(list(l.modelInputs))}`],
      ];
    }
    case "fingerprint": {
      const f = t.fingerprint;
      return [
        ["inputs", code(list(f.values))],
        ["prints", html`Fingerprint: ${f.weighted}; ${pass(f.weighted === f.again)} recomputed fingerprint: got ${f.again.toFixed(6)}, expected ${f.weighted.toFixed(6)}`],
        ["lib/", html`${code("positionWeightedSum")} = <strong>${f.weighted}</strong>, the same sum; the lab's ${code("fingerprintTable")} = ${code(f.fp)}`],
      ];
    }
    case "release": {
      const c = t.release.comparison;
      return [
        ["inputs", html`baseline ${code(list(t.release.baseline))}; candidate ${code(list(t.release.candidate))}`],
        ["prints", html`Mean delta: ${fixed(c.meanDelta, 4)}; Standard error: ${fixed(c.se, 4)}; ${pass(c.meanDelta > 0)} candidate improves average metric`],
        ["lib/", html`${code("pairedComparison")}: mean delta <strong>${fixed(c.meanDelta, 6)}</strong>, SE <strong>${fixed(c.se, 6)}</strong>, ${Math.round(100 * t.release.confidence)}% interval [${fixed(c.ci[0], 4)}, ${fixed(c.ci[1], 4)}] (t, ${c.df} df), verdict <strong>${c.status}</strong>`],
      ];
    }
    case "psi": {
      const d = t.psi;
      return [
        ["inputs", html`reference shares ${code(list(d.reference))}; current ${code(list(d.current))}`],
        ["prints", html`PSI: ${fixed(d.psi, 6)}; ${pass(d.psi >= 0)} PSI is nonnegative for positive bins (and a bar chart)`],
        ["lib/", html`${code("psi")} = <strong>${fixed(d.psi, 9)}</strong> (same eps 1e-8, natural log), ${code("jsDivergence")} = ${fixed(d.js, 6)}, ${code("driftStatus")} = <strong>${d.status}</strong>`],
      ];
    }
    case "latency": {
      const l = t.latency;
      return [
        ["inputs", html`${l.values.length} lookups, ms: ${code(list(l.values))}`],
        ["prints", html`p50 latency: ${fixed(l.p[0], 2)} ms; p95 latency: ${fixed(l.p[1], 2)} ms; ${pass(l.p[1] > l.p[0])} tail latency exceeds median latency`],
        ["lib/", html`${code("percentiles(values, [0.5, 0.95])")} = <strong>${fixed(l.p[0], 9)}</strong>, <strong>${fixed(l.p[1], 9)}</strong> ms (type 7, numpy's default and DuckDB's ${code("quantile_cont")})`],
      ];
    }
    case "guardrail": {
      const g = t.guardrail;
      return [
        ["inputs", html`scores ${code(list(g.scores))}; threshold ${g.policy.thresholds[0]}`],
        ["prints", html`Actions: ${list(g.actions)}; ${pass(g.decisions.counts[1] === 2)} two requests cross the guardrail threshold`],
        ["lib/", html`${code("decisionTable")}: ${g.decisions.counts.map((c, i) => `${c} ${g.decisions.actions[i]}`).join(", ")}; ${code(`decide(${g.policy.thresholds[0]})`)} = <strong>${g.atThreshold}</strong> (a score on the line escalates, ${code(">=")})`],
      ];
    }
  }
}

/** The toy's result in one line, for a repeated cell: lib/'s call and the numbers the notebook prints. */
function compactLine(toy, t) {
  switch (toy) {
    case "lineage": return html`${code(`impactOf(graph, "raw")`)} = ${code(list(t.lineage.impact))}, over the notebook's ${t.lineage.nodes.length} nodes and ${t.lineage.edges.length} edges; both of its checks ${pass(t.lineage.chain && t.lineage.featuresToModel)}`;
    case "fingerprint": return html`${code(`positionWeightedSum([${list(t.fingerprint.values)}])`)} = <strong>${t.fingerprint.weighted}</strong>, its "Fingerprint: ${t.fingerprint.weighted}"`;
    case "release": return html`${code("pairedComparison")}: mean delta <strong>${fixed(t.release.comparison.meanDelta, 4)}</strong>, standard error <strong>${fixed(t.release.comparison.se, 4)}</strong> as it prints; interval [${fixed(t.release.comparison.ci[0], 4)}, ${fixed(t.release.comparison.ci[1], 4)}], <strong>${t.release.comparison.status}</strong>`;
    case "psi": return html`${code("psi")} of the four bins = <strong>${fixed(t.psi.psi, 6)}</strong>, its "PSI: ${fixed(t.psi.psi, 6)}"; status <strong>${t.psi.status}</strong>`;
    case "latency": return html`${code("percentiles")} of the ${t.latency.values.length} lookups: p50 <strong>${fixed(t.latency.p[0], 2)}</strong> ms, p95 <strong>${fixed(t.latency.p[1], 2)}</strong> ms, as it prints`;
    case "guardrail": return html`${code("decisionTable")} at ${t.guardrail.policy.thresholds[0]}: ${list(t.guardrail.actions)}; <strong>${t.guardrail.decisions.counts[1]}</strong> escalate, as its check expects`;
  }
}

/** What the toy leaves out, said with its live numbers (first appearance only). */
function shortfall(toy, t) {
  switch (toy) {
    case "lineage": return html`The check "edges = nodes − 1" holds for any chain and fails for any real pipeline: the lab's own lineage, derived from ${code("data/features.yaml")} by ${code("lineageOf")}, has <strong>${t.lineage.real.nodes}</strong> nodes and <strong>${t.lineage.real.edges}</strong> edges. What lineage is for is the question ${code("impactOf")} answers: what does a change break?`;
    case "fingerprint": return html`A weighted sum is no fingerprint. The same rows reversed give <strong>${t.fingerprint.reversed}</strong>, and different data, ${code(list(t.fingerprint.collision))}, gives the same <strong>${t.fingerprint.collisionSum}</strong>. ${code("fingerprintTable")} is ${t.fingerprint.fpReversed === t.fingerprint.fp ? "unchanged by the reversal" : "(unexpectedly) changed by the reversal"} and ${t.fingerprint.fpCollision !== t.fingerprint.fp ? "different for the other data" : "(unexpectedly) equal for the other data"}.`;
    case "release": return html`The notebook stops at a point estimate and its SE, and its check (mean delta > 0) would pass a candidate with one lucky day. The decision is the interval: with ${t.release.comparison.n} days it uses Student's t (${t.release.comparison.df} df), not 1.96, and here it lies ${t.release.comparison.status === "better" ? "wholly above 0" : "across or below 0"}.`;
    case "psi": return html`Shares with no sample size cannot say whether a PSI of ${fixed(t.psi.psi, 3)} is news or noise; the drift page bins real windows and shows the PSI that pure noise gives at their size.`;
    case "latency": return html`With ${t.latency.values.length} values the p95 is interpolated between the two slowest, ${t.latency.sorted.at(-2)} and ${t.latency.sorted.at(-1)} ms: a statement about two lookups. The latency page computes tails on a real serving log, per request across fan-out.`;
    case "guardrail": return html`Nothing here says whether ${t.guardrail.policy.thresholds[0]} is a good threshold: that needs labelled scores and a price for each kind of mistake, which the guardrails page puts behind it.`;
  }
}

/**
 * One demo's block: what its title is about, what its cell computed (inputs, printed
 * line, lib/'s result), and the links. The first appearance of a toy cell also says
 * what the toy leaves out, and may carry a chart (`extra`).
 */
export function demoBlock(demo, t, {extra = null} = {}) {
  const cell = toyCells[demo.toy];
  const labLink = demo.page.path === cell.lab.path ? "" : html` · the toy's computation, done properly: ${link(cell.lab)}`;
  if (cell.first !== demo.n) {
    return html`<div class="fslab-seed-demo">
      <p><em>${demo.topic}</em> Its cell is <a href=${`#demo-${cell.first}`}>Demo ${cell.first}</a>'s <strong>${cell.header}</strong> again, unchanged, so it says nothing about ${demo.text ?? demo.title}. Live: ${compactLine(demo.toy, t)}.</p>
      <p><strong>The real thing:</strong> ${link(demo.page)}${labLink}</p>
    </div>`;
  }
  const table = html`<table class="fslab-seed-io" style="max-width:760px;margin:0.5rem 0">${rows(demo.toy, t).map(([k, v]) => html`<tr><th scope="row" style="width:4.5em;vertical-align:top;font-weight:500;color:#666">${k}</th><td>${v}</td></tr>`)}</table>`;
  return html`<div class="fslab-seed-demo">
    <p><em>${demo.topic}</em> The notebook's cell under this title ran the <strong>${cell.header}</strong>; here it is, reproduced by ${code("lib/")}:</p>
    ${table}
    <p>${shortfall(demo.toy, t)}</p>
    ${extra ?? ""}
    <p><strong>The real thing:</strong> ${link(demo.page)}${labLink}</p>
  </div>`;
}

/**
 * The 25 demos in one table: number, title, what the cell computed, its printed result, the
 * page. `printed` maps each toy to the line its cell prints (seedOverview(toys).printed).
 */
export function demoOverview(printed) {
  return html`<table style="max-width:960px">
    <thead><tr><th>Demo</th><th>Notebook title</th><th>What its cell computed</th><th>It prints (live)</th><th>The real thing</th></tr></thead>
    <tbody>${seedDemos.map((d) => html`<tr>
      <td style="text-align:right"><a href=${`#demo-${d.n}`}>${d.n}</a></td>
      <td>${d.title}</td>
      <td>${toyCells[d.toy].header}${toyCells[d.toy].first === d.n ? "" : html` <span style="color:#888">(= ${toyCells[d.toy].first})</span>`}</td>
      <td style="white-space:nowrap">${printed[d.toy]}</td>
      <td>${link(d.page)}</td>
    </tr>`)}</tbody>
  </table>`;
}

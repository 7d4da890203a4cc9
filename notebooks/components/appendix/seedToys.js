// The seed notebook's six toy cells, rerun by lib/ (seed-notebook.md): the notebook's toy
// inputs as it writes them, everything the page shows about them, and the overview's printed
// lines. No DOM here: the page calls seedToys in the browser and its first-answer loader
// (data/first/seed-notebook.json.ts) in Node, so both print the same lines.
import {tableFromArrays} from "apache-arrow";
import {fingerprintTable, positionWeightedCollision, positionWeightedSum} from "../../lib/fingerprint/index.js";
import {driftStatus, jsDivergence, psi} from "../../lib/drift/index.js";
import {percentiles} from "../../lib/latency/index.js";
import {pairedComparison} from "../../lib/release/index.js";
import {decide, decisionTable} from "../../lib/guardrails/index.js";
import {dependenciesOf, impactOf, lineageOf, syntheticSystem} from "../../lib/lineage/index.js";
import {parseFeatureRepository} from "../../lib/pit/index.js";

/** The six toy cells, in the order they first appear. */
export const toyNames = ["lineage", "fingerprint", "release", "psi", "latency", "guardrail"];

/** Every toy's inputs and lib/'s results for them; `featuresYaml` is data/features.yaml's text (for the real lineage's size). */
export function seedToys(featuresYaml) {
  // The notebook's toy inputs, as it writes them.
  const nodes = ["raw", "clean", "features", "model", "endpoint"];
  const edges = [["raw", "clean"], ["clean", "features"], ["features", "model"], ["model", "endpoint"]];
  const kinds = {raw: "source", clean: "cleaned", features: "feature_view", model: "model", endpoint: "endpoint"};
  const graph = {
    nodes: nodes.map((id) => ({id, kind: kinds[id], name: id, description: "", features: []})),
    edges: edges.map(([source, target]) => ({source, target})),
  };
  const fingerprintValues = [17, 23, 42, 99, 101];
  const baseline = [0.72, 0.73, 0.71, 0.74, 0.72];
  const candidate = [0.74, 0.75, 0.73, 0.76, 0.75];
  const reference = [0.2, 0.3, 0.25, 0.25];
  const current = [0.1, 0.25, 0.3, 0.35];
  const latencyMs = [42, 45, 47, 50, 52, 55, 61, 75, 110, 180];
  const scores = [0.05, 0.2, 0.45, 0.8, 0.95];
  const policy = {thresholds: [0.7], actions: ["allow", "escalate"]};

  // Everything the page shows, from lib/.
  const repo = parseFeatureRepository(featuresYaml, {path: "data/features.yaml"});
  const realGraph = lineageOf(repo, syntheticSystem);
  const asTable = (values) => tableFromArrays({value: Int32Array.from(values)});
  const reversedValues = [...fingerprintValues].reverse();
  const collision = positionWeightedCollision(fingerprintValues, 0, 1);
  const decisions = decisionTable(scores, policy);
  return {
    lineage: {
      nodes, edges,
      impact: impactOf(graph, "raw"),
      modelInputs: dependenciesOf(graph, "model"),
      chain: edges.length === nodes.length - 1,
      featuresToModel: impactOf(graph, "features")[0] === "model",
      real: {nodes: realGraph.nodes.length, edges: realGraph.edges.length},
    },
    fingerprint: {
      values: fingerprintValues,
      weighted: positionWeightedSum(fingerprintValues),
      again: positionWeightedSum([...fingerprintValues]),
      reversed: positionWeightedSum(reversedValues),
      collision,
      collisionSum: positionWeightedSum(collision),
      fp: fingerprintTable(asTable(fingerprintValues)).fingerprint,
      fpReversed: fingerprintTable(asTable(reversedValues)).fingerprint,
      fpCollision: fingerprintTable(asTable(collision)).fingerprint,
    },
    release: {baseline, candidate, confidence: 0.95, comparison: pairedComparison(baseline, candidate, {confidence: 0.95})},
    psi: {
      reference, current,
      psi: psi(reference, current),
      js: jsDivergence(reference, current),
      status: driftStatus(psi(reference, current)),
      bins: {labels: ["bin 1", "bin 2", "bin 3", "bin 4"], reference, current},
    },
    latency: {values: latencyMs, sorted: [...latencyMs].sort((a, b) => a - b), p: percentiles(latencyMs, [0.5, 0.95])},
    guardrail: {
      scores, policy, decisions,
      actions: Array.from(decisions.codes, (c) => decisions.actions[c]),
      atThreshold: decide(policy.thresholds[0], policy),
    },
  };
}

const fixed = (x, d) => +Number(x).toFixed(d); // Python's round(x, d) as print shows it

/** The line the notebook's cell prints, from the toys' results: short, for the overview. */
export function printedSummary(toy, t) {
  switch (toy) {
    case "lineage": return `${t.lineage.nodes.length} nodes, ${t.lineage.edges.length} edges, checks ${t.lineage.chain && t.lineage.featuresToModel ? "PASS" : "FAIL"}`;
    case "fingerprint": return `Fingerprint: ${t.fingerprint.weighted}`;
    case "release": return `Mean delta ${fixed(t.release.comparison.meanDelta, 4)}, SE ${fixed(t.release.comparison.se, 4)}`;
    case "psi": return `PSI: ${fixed(t.psi.psi, 6)}`;
    case "latency": return `p50 ${fixed(t.latency.p[0], 2)} ms, p95 ${fixed(t.latency.p[1], 2)} ms`;
    case "guardrail": return `${t.guardrail.decisions.counts[1]} of ${t.guardrail.scores.length} escalate`;
  }
}

/**
 * The overview's figures: each toy's printed line (`printed`), and `key`, the numbers in
 * them as printed.
 */
export function seedOverview(t) {
  return {
    printed: Object.fromEntries(toyNames.map((toy) => [toy, printedSummary(toy, t)])),
    key: {
      edges: t.lineage.edges.length,
      fingerprint: t.fingerprint.weighted,
      meanDelta: fixed(t.release.comparison.meanDelta, 4),
      se: fixed(t.release.comparison.se, 4),
      psi: fixed(t.psi.psi, 6),
      p95: fixed(t.latency.p[1], 2),
      escalate: t.guardrail.decisions.counts[1],
    },
  };
}

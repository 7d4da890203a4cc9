// Charts of the Fingerprints page (fingerprints.md): bucket fingerprints side by side,
// and the narrowing down level by level.
import * as Plot from "@observablehq/plot";

const equalColor = "#9e9e9e", differentColor = "#d62728";

/** data: compareBucketFingerprints(…) rows {bucket, rowsA, rowsB, equal}; bars of rows per bucket, red where the fingerprints differ. */
export function fingerprintBuckets(data, {width} = {}) {
  return Plot.plot({
    width: Math.max(width || 640, 240),
    height: 220,
    marginLeft: 56,
    x: {label: "bucket (slice of the row-hash space)", tickFormat: (d) => (data.length > 32 && d % Math.ceil(data.length / 16) !== 0 ? "" : String(d))},
    y: {label: "rows in bucket", grid: true},
    color: {domain: ["equal", "different"], range: [equalColor, differentColor], legend: true},
    marks: [
      Plot.barY(data, {x: "bucket", y: "rowsB", fill: (d) => (d.equal ? "equal" : "different"), tip: {format: {fill: false}}, title: (d) => `bucket ${d.bucket}: ${d.rowsA.toLocaleString("en-US")} rows before, ${d.rowsB.toLocaleString("en-US")} after — fingerprints ${d.equal ? "equal" : "differ"}`}),
      Plot.ruleY([0]),
    ],
  });
}

/** data: locateDifference(…).levels {depth, compared, differing, rowsInDiffering}; fingerprints compared and differing per level. */
export function narrowingLevels(levels, {width} = {}) {
  const rows = levels.flatMap((l) => [
    {depth: `level ${l.depth}`, kind: "compared", n: l.compared},
    {depth: `level ${l.depth}`, kind: "different", n: l.differing},
  ]);
  const w = Math.max(width || 640, 360); // the labels need room on the right
  return Plot.plot({
    width: w,
    height: 40 + 34 * levels.length,
    marginLeft: 70,
    marginRight: Math.round(Math.min(240, 0.4 * w)),
    x: {label: "bucket fingerprints", grid: true},
    y: {label: null, domain: levels.map((l) => `level ${l.depth}`)},
    color: {domain: ["compared", "different"], range: [equalColor, differentColor], legend: true},
    marks: [
      Plot.barX(rows.filter((r) => r.kind === "compared"), {x: "n", y: "depth", fill: "kind", tip: true}),
      Plot.barX(rows.filter((r) => r.kind === "different"), {x: "n", y: "depth", fill: "kind", insetTop: 6, insetBottom: 6}),
      Plot.text(levels, {x: "compared", y: (l) => `level ${l.depth}`, text: (l) => `${l.differing} of ${l.compared} differ · ${l.rowsInDiffering.toLocaleString("en-US")} rows inside`, textAnchor: "start", dx: 6}),
    ],
  });
}

// The Fingerprints page's first table (fingerprints.md): the seed notebook's position-weighted
// sum beside lib/fingerprint's digest, for the seed's five values, the same values reversed,
// and a different list with the same weighted sum. Plain data (no DOM), so that the
// build-time first answer (data/first/fingerprints.json.ts, in Node) and the page make it the
// same way; its view is fingerprintSeedTable.js (no imports, so it can draw at once).
import {tableFromArrays} from "apache-arrow";
import {fingerprintTable, positionWeightedCollision, positionWeightedSum} from "../../lib/fingerprint/index.js";

/** The seed notebook's five values, and where the page's collision slider starts. */
export const seedValues = [17, 23, 42, 99, 101];
export const seedCollisionStart = 0;

/** The three lists the page compares: the seed, reversed, and a collision made at `collisionAt` (lib/fingerprint positionWeightedCollision). */
export function seedLists(collisionAt) {
  return [
    {name: "seed", values: seedValues},
    {name: "reversed", values: [...seedValues].reverse()},
    {name: "other data", values: positionWeightedCollision(seedValues, collisionAt, 1)},
  ];
}

/**
 * Each list's weighted sum (positionWeightedSum) and fingerprint (fingerprintTable of a
 * one-column table of its values), with `key`: the sums and fingerprints, for the
 * first-answer test.
 */
export function seedHeadline(lists) {
  const rows = lists.map((l) => ({
    list: l.name,
    values: l.values.join(", "),
    weighted: positionWeightedSum(l.values),
    fingerprint: fingerprintTable(tableFromArrays({value: Int32Array.from(l.values)})).fingerprint,
  }));
  return {rows, key: {weighted: rows.map((r) => r.weighted).join(" "), fingerprints: rows.map((r) => r.fingerprint).join(" ")}};
}

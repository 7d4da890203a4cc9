import {decisionTable} from "./decisionTable.js";

/** The two thresholds of {@link bands}: review from `review`, block from `block`. */
export interface BandThresholds {
  readonly review: number;
  readonly block: number;
}

/** Scores sorted into allow / review / block. */
export interface Bands {
  /** Per score: 0 allow, 1 review, 2 block, 255 NaN (no decision). */
  readonly codes: Uint8Array;
  readonly allow: number;
  readonly review: number;
  readonly block: number;
  /** NaN scores. */
  readonly missing: number;
  /** Each band's share of the scored (non-NaN) rows; NaN when none. */
  readonly shares: {readonly allow: number; readonly review: number; readonly block: number};
  /** With labels: the positives (truthy labels) among each band's rows; null without labels. */
  readonly positives: {readonly allow: number; readonly review: number; readonly block: number} | null;
}

/**
 * Three bands by two thresholds: below `review` allow, from `review` send to a person,
 * from `block` block outright (`review ≤ block`; equal thresholds leave the review band empty).
 * Given `labels` (one per score), also counts the positives each band holds.
 *
 * @example bands([0.05, 0.2, 0.45, 0.8, 0.95], {review: 0.4, block: 0.9}).shares // => {allow: 0.4, review: 0.4, block: 0.2}
 * @example bands([0.05, 0.2, 0.45, 0.8, 0.95], {review: 0.4, block: 0.9}, [0, 1, 0, 1, 1]).positives // => {allow: 1, review: 1, block: 1}
 */
export function bands(scores: ArrayLike<number>, {review, block}: BandThresholds, labels?: ArrayLike<number | boolean>): Bands {
  if (!(review <= block)) throw new RangeError(`bands requires review ≤ block, got review ${review} and block ${block}`);
  const {codes, counts, missing} = decisionTable(scores, {thresholds: [review, block], actions: ["allow", "review", "block"]});
  const [allow, reviewed, blocked] = counts as [number, number, number];
  const scored = scores.length - missing;
  let positives: Bands["positives"] = null;
  if (labels) {
    if (labels.length !== scores.length) throw new RangeError(`bands requires one label per score, got ${labels.length} labels and ${scores.length} scores`);
    const counts = [0, 0, 0];
    for (let i = 0; i < codes.length; i++) if (labels[i] && codes[i] !== 255) counts[codes[i]!]!++;
    positives = {allow: counts[0]!, review: counts[1]!, block: counts[2]!};
  }
  return {codes, allow, review: reviewed, block: blocked, missing, shares: {allow: allow / scored, review: reviewed / scored, block: blocked / scored}, positives};
}

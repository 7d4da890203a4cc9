/** A decision table: ordered thresholds cut the score line into actions. */
export interface DecisionPolicy {
  /** Ascending thresholds; a score at or above `thresholds[i]` takes at least `actions[i + 1]`. */
  readonly thresholds: readonly number[];
  /** One more action than thresholds: `actions[0]` below the first threshold. */
  readonly actions: readonly string[];
}

/** The actions a decision table gave a column of scores. */
export interface Decisions {
  /** The policy's actions, in order: `codes` index them. */
  readonly actions: readonly string[];
  /** Per score, the index of its action in `actions`; 255 for a NaN score (no decision). */
  readonly codes: Uint8Array;
  /** Scores per action, in the order of `actions`. */
  readonly counts: number[];
  /** NaN scores, which no threshold can place. */
  readonly missing: number;
}

/**
 * Applies a decision table to scores: each score takes the action of the highest
 * threshold it reaches (`score >= threshold`, numpy's `np.where(scores >= t, …)`), or
 * `actions[0]` below them all. Thresholds must be ascending, one fewer than actions.
 *
 * @example
 * // The seed notebook's guardrail: 0.70 and above escalates.
 * decisionTable([0.05, 0.20, 0.45, 0.80, 0.95], {thresholds: [0.7], actions: ["allow", "escalate"]}).counts // => [3, 2]
 * @example decide(0.7, {thresholds: [0.7], actions: ["allow", "escalate"]}) // => "escalate"
 */
export function decisionTable(scores: ArrayLike<number>, policy: DecisionPolicy): Decisions {
  checkPolicy("decisionTable", policy);
  const {thresholds, actions} = policy;
  const codes = new Uint8Array(scores.length);
  const counts = new Array<number>(actions.length).fill(0);
  let missing = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s !== s) {
      codes[i] = 255;
      missing++;
      continue;
    }
    let code = 0;
    while (code < thresholds.length && s >= thresholds[code]!) code++;
    codes[i] = code;
    counts[code]!++;
  }
  return {actions, codes, counts, missing};
}

/**
 * The action a decision table gives one score; null for NaN.
 *
 * @example decide(0.69, {thresholds: [0.7], actions: ["allow", "escalate"]}) // => "allow"
 */
export function decide(score: number, policy: DecisionPolicy): string | null {
  checkPolicy("decide", policy);
  if (score !== score) return null;
  let code = 0;
  while (code < policy.thresholds.length && score >= policy.thresholds[code]!) code++;
  return policy.actions[code]!;
}

function checkPolicy(name: string, {thresholds, actions}: DecisionPolicy): void {
  if (actions.length !== thresholds.length + 1) throw new RangeError(`${name} requires one more action than thresholds, got ${actions.length} actions and ${thresholds.length} thresholds`);
  if (actions.length > 255) throw new RangeError(`${name} requires at most 255 actions, got ${actions.length}`);
  for (let i = 0; i < thresholds.length; i++) {
    if (Number.isNaN(thresholds[i]!)) throw new RangeError(`${name} requires numeric thresholds, got NaN at ${i}`);
    if (i > 0 && thresholds[i]! < thresholds[i - 1]!) throw new RangeError(`${name} requires ascending thresholds, got ${thresholds[i - 1]} then ${thresholds[i]}`);
  }
}

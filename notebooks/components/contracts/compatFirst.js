// The headline of "Compatibility rules": who upgrades first, which modes accept the new
// version, and what its changes break, as number cards. compatSummary is plain data made from
// checkCompatibility's verdicts, so the build-time first answer
// (data/first/compatibility-rules.json.ts, 2.0.0 as published against 1.0.0, in Node) and the
// page's live verdicts make it the same way. Light on purpose: the cell that shows the
// build-time answer imports this and nothing heavy.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {pill} from "./contractStyles.js";

/**
 * The headline of a new contract version `version` from its verdicts (checkCompatibility in
 * each mode, at least backward, forward, full and full_transitive): who can upgrade first
 * (`rollout`: "either", "either-latest" when full holds against the latest version only,
 * "consumers", "producer" or "neither", the page's callout's order), the modes that accept it,
 * and the changes from the latest earlier version by level and by the direction they break.
 * `key` holds what identifies it, for the first-answer test.
 *
 * @example
 * compatSummary("2.0.0", compatibilityModes.map((m) => checkCompatibility([v1], v2, m))).key
 * // => {version: "2.0.0", against: "1.0.0", accepted: "backward backward_transitive none", changes: 2, errors: 0, breaksBackward: 0, breaksForward: 2}
 */
export function compatSummary(version, verdicts) {
  const byMode = Object.fromEntries(verdicts.map((v) => [v.mode, v]));
  const missing = ["backward", "forward", "full", "full_transitive"].filter((mode) => byMode[mode] === undefined);
  if (missing.length) throw new Error(`compatSummary requires verdicts for backward, forward, full and full_transitive; got none for ${missing.join(", ")}`);
  const changes = byMode.backward.changes;
  const level = (l) => changes.filter((c) => c.level === l).length;
  const rollout = byMode.full_transitive.compatible ? "either" : byMode.full.compatible ? "either-latest" : byMode.backward.compatible ? "consumers" : byMode.forward.compatible ? "producer" : "neither";
  const modes = verdicts.map((v) => ({mode: v.mode, compatible: v.compatible}));
  const accepted = modes.filter((m) => m.compatible).map((m) => m.mode);
  const summary = {
    version, latest: byMode.backward.comparedWith[0], against: byMode.full_transitive.comparedWith, rollout, modes, accepted,
    changes: changes.length, errors: level("ERROR"), warnings: level("WARNING"), infos: level("INFO"),
    breaksBackward: changes.filter((c) => c.breaksBackward).length, breaksForward: changes.filter((c) => c.breaksForward).length,
  };
  return {...summary, key: {version, against: summary.against.join(" "), accepted: accepted.join(" "), changes: summary.changes, errors: summary.errors, breaksBackward: summary.breaksBackward, breaksForward: summary.breaksForward}};
}

const rolloutText = {
  either: (s) => ["either side", `full compatible with ${s.against.join(" and ")}: any order`],
  "either-latest": (s) => ["either side?", `full with ${s.latest} only; not with ${s.against.filter((v) => v !== s.latest).join(", ")}`],
  consumers: (s) => ["consumers", `backward compatible with ${s.latest}, not forward`],
  producer: (s) => ["the producer", `forward compatible with ${s.latest}, not backward`],
  neither: (s) => ["neither", `${s.errors} ERROR change${s.errors === 1 ? "" : "s"}: coordinate, or a new contract id`],
};

/**
 * The headline (compatSummary's value) as three cards: who upgrades first, the modes that
 * accept the version (a pill per mode), the changes since the latest earlier version. With
 * `summary` null (the text does not parse), one card saying so, with `problem` under it.
 */
export function compatCards(summary, {problem = ""} = {}) {
  const node = document.createElement("div");
  node.dataset.fslab = "compat-headline";
  if (summary === null) {
    node.append(cardGrid([bigNumber("who upgrades first", "—", `the text does not parse, so nothing can be judged${problem ? `: ${problem}` : ""}`)], {min: 160}));
    return node;
  }
  node.dataset.rollout = summary.rollout;
  const [who, why] = rolloutText[summary.rollout](summary);
  const modes = document.createElement("div");
  modes.append(bigNumber("modes that accept it", `${summary.accepted.length} of ${summary.modes.length}`, `${summary.version} against ${summary.against.join(" → ")}`));
  const pills = document.createElement("div");
  pills.style.cssText = "display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.45rem";
  for (const m of summary.modes) {
    const p = pill(m.compatible ? "compatible" : "incompatible", m.mode.replace("_transitive", " trans."));
    p.title = `${m.mode}: ${m.compatible ? "accepts" : "rejects"} ${summary.version}`;
    pills.append(p);
  }
  modes.append(pills);
  const breaks = [summary.breaksBackward && `${summary.breaksBackward} break${summary.breaksBackward === 1 ? "s" : ""} backward`, summary.breaksForward && `${summary.breaksForward} break${summary.breaksForward === 1 ? "s" : ""} forward`].filter(Boolean).join(", ") || "none breaks a reader";
  node.append(cardGrid([
    bigNumber("who upgrades first", who, why),
    modes,
    bigNumber(`changes since ${summary.latest}`, String(summary.changes), `${summary.errors} ERROR · ${summary.warnings} WARNING · ${summary.infos} INFO; ${breaks}`),
  ], {min: 200}));
  return node;
}

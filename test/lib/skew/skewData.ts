// Random training/serving pairs for the skew tests, and a brute-force report written plainly.
import type {Table} from "apache-arrow";
import {createRng} from "../../../lib/synth/random.js";
import {arrowTable} from "../arrowTable.js";

export interface Row {
  id: number | null;
  part: string;
  x: number | null;
  n: number | null;
  c: string | null;
  flag: boolean | null;
}

/**
 * A training table and a serving table of up to `rows` rows with a composite key (id, part):
 * some keys only on one side, a null key part now and then, nulls and NaN, ties; serving's
 * values are training's with `changes` differences injected at random rows (each one
 * changed value), returned with the keys they touched.
 */
export function skewPair(seed: number, rows: number, changes = 0): {training: Row[]; serving: Row[]} {
  const rng = createRng(seed, "skew-test");
  const cats = ["a", "b", "c", "é", "𝔸"];
  const training: Row[] = [];
  for (let i = 0; i < rows; i++) {
    training.push({
      id: rng.uniform() < 0.02 ? null : i, part: cats[rng.int(3)]!,
      x: rng.uniform() < 0.05 ? null : rng.uniform() < 0.03 ? NaN : Math.round(rng.normal() * 1000) / 100,
      n: rng.uniform() < 0.05 ? null : rng.int(5), c: rng.uniform() < 0.05 ? null : cats[rng.int(cats.length)]!,
      flag: rng.uniform() < 0.05 ? null : rng.bernoulli(0.3),
    });
  }
  // Serving: most rows, shuffled, plus some of its own.
  const serving = training.filter(() => rng.uniform() < 0.9).map((r) => ({...r}));
  for (let i = 0; i < rows / 10; i++) serving.push({id: rows + i, part: "a", x: rng.normal(), n: 1, c: "a", flag: true});
  for (let i = serving.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [serving[i], serving[j]] = [serving[j]!, serving[i]!];
  }
  const matched = serving.filter((r) => r.id !== null && r.id < rows);
  for (let k = 0; k < Math.min(changes, matched.length); k++) {
    const r = matched[k]!;
    const which = rng.int(4);
    if (which === 0) r.x = r.x === null || r.x !== r.x ? 1 : rng.bernoulli(0.5) ? null : r.x * 100 + 1;
    else if (which === 1) r.n = r.n === null ? 0 : r.n + 1;
    else if (which === 2) r.c = r.c === "zz" ? null : "zz";
    else r.flag = r.flag === null ? false : !r.flag;
  }
  return {training, serving};
}

export function toTable(rows: Row[]): Table {
  return arrowTable({
    id: ["int", rows.map((r) => r.id)], part: ["text", rows.map((r) => r.part)], x: ["float", rows.map((r) => r.x)],
    n: ["int", rows.map((r) => r.n)], c: ["text", rows.map((r) => r.c)], flag: ["bool", rows.map((r) => r.flag)],
  });
}

/** Counts of the report by a nested loop over both row lists: matched, and per column equal and null mismatches. */
export function bruteForce(training: Row[], serving: Row[], rtol = 1e-6, atol = 1e-9) {
  const columns = ["x", "n", "c", "flag"] as const;
  const out = {matched: 0, equal: {x: 0, n: 0, c: 0, flag: 0}, nullMismatch: {x: 0, n: 0, c: 0, flag: 0}, diffs: {x: [] as number[], n: [] as number[]}};
  for (const t of training) {
    for (const s of serving) {
      if (t.id === null || s.id === null || t.id !== s.id || t.part !== s.part) continue;
      out.matched++;
      for (const col of columns) {
        const [a, b] = [t[col], s[col]];
        const missing = (v: unknown) => v === null || (typeof v === "number" && Number.isNaN(v));
        if (missing(a) || missing(b)) {
          if (missing(a) && missing(b)) out.equal[col]++;
          else out.nullMismatch[col]++;
        } else if (typeof a === "number" && typeof b === "number") {
          out.diffs[col as "x" | "n"].push(Math.abs(b - a));
          if (Math.abs(b - a) <= atol + rtol * Math.abs(a)) out.equal[col]++;
        } else if (a === b) out.equal[col]++;
      }
    }
  }
  return out;
}

/**
 * The CLI golden's pair: skewPair(5, 300, 30), then serving's x nudged where a tolerance
 * decides: every 7th row × (1 + 3e-7) (within rtol 1e-6, equal), every 11th + 1e-4
 * (beyond it unless |x| ≥ 100).
 */
export function skewGoldenPair(): {training: Row[]; serving: Row[]} {
  const {training, serving} = skewPair(5, 300, 30);
  serving.forEach((r, i) => {
    if (r.x === null || r.x !== r.x) return;
    if (i % 7 === 0) r.x = r.x * (1 + 3e-7);
    else if (i % 11 === 0) r.x = r.x + 1e-4;
  });
  return {training, serving};
}

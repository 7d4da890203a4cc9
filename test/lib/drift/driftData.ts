import {Float64, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
// Seeded test data that Python rebuilds bit for bit (see __golden__/drift_goldens.py):
// Park–Miller's minimal standard generator (every product below 2^47, exact in doubles)
// and values made with correctly rounded operations only.

/** n uniforms in (0, 1): s ← s·48271 mod (2^31 − 1), u = s/(2^31 − 1). */
export function parkMiller(seed: number, n: number): number[] {
  let s = seed;
  return Array.from({length: n}, () => (s = (s * 48271) % 2147483647) / 2147483647);
}

/** Bell-shaped values with two decimals: (⌊10⁴u₁⌋ + ⌊10⁴u₂⌋)/100·scale + shift. */
export function bell(seed: number, n: number, shift = 0, scale = 1): number[] {
  const u = parkMiller(seed, 2 * n);
  return Array.from({length: n}, (_, i) => ((Math.floor(u[2 * i]! * 10000) + Math.floor(u[2 * i + 1]! * 10000)) / 100) * scale + shift);
}

/** Every `every`-th value (from index 0) replaced by null. */
export function withNulls<T>(values: T[], every: number): (T | null)[] {
  return values.map((v, i) => (i % every === 0 ? null : v));
}

/** Categories drawn by cumulative `weights` (summing to 1) from uniforms. */
export function categories(seed: number, n: number, names: string[], weights: number[]): string[] {
  return parkMiller(seed, n).map((u) => {
    let acc = 0;
    for (let k = 0; k < names.length; k++) if (u < (acc += weights[k]!)) return names[k]!;
    return names[names.length - 1]!;
  });
}

const names = ["grocery", "fuel", "travel", "digital"];

/** The golden windows as Arrow tables: a numeric column with nulls and a categorical one. */
export function goldenTables(): {reference: Table; current: Table} {
  return {
    reference: new Table({
      amount: vectorFromArray(withNulls(bell(1, 500), 37), new Float64()),
      category: vectorFromArray([...withNulls(categories(15, 600, names, [0.4, 0.3, 0.2, 0.1]), 50)].slice(0, 500), new Utf8()),
    }),
    current: new Table({
      amount: vectorFromArray(withNulls(bell(2, 400, 8, 1.1), 41), new Float64()),
      category: vectorFromArray(categories(16, 500, [...names, "crypto"], [0.3, 0.3, 0.2, 0.1, 0.1]).slice(0, 400), new Utf8()),
    }),
  };
}


const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1);

/** Three days of rows (the third shifted), with a day-2 hour where amount is all null. */
export function dailyTable(): Table {
  const amount = [...bell(21, 200), ...bell(22, 150), ...bell(23, 100, 30)];
  const at = amount.map((_, i) => t0 + (i < 200 ? 0 : i < 350 ? DAY : 2 * DAY) + (i % 24) * 3_600_000);
  const channel = categories(24, amount.length, ["web", "app", "pos"], [0.5, 0.3, 0.2]);
  return new Table({
    at: vectorFromArray(at, new TimestampMillisecond()),
    amount: vectorFromArray(amount.map((v, i) => (i >= 200 && i < 350 && i % 24 === 5 ? null : v)), new Float64()),
    channel: vectorFromArray(channel.map((c, i) => (i >= 350 ? (i % 3 ? "app" : "kiosk") : c)), new Utf8()),
  });
}


/** Labelled events as plain values: event and label arrival in epoch ms (null/NaN: not arrived), the class. */
export interface LabelRows {
  readonly eventMs: ArrayLike<number>;
  readonly labelMs: ArrayLike<number | null>;
  readonly isFraud: ArrayLike<number | boolean>;
}

/** Counts of a set of events as known at some instant. */
export interface KnownCounts {
  events: number;
  arrived: number;
  arrived_fraud: number;
  fraud: number;
}

const DAY = 86_400_000;

/**
 * The reference for `labelsAsOfSql`: per UTC day of event time (epoch ms of its start),
 * for events at or before `asOfMs`, the counts known at `asOfMs`.
 *
 * @example labelsAsOf({eventMs: [0, 1], labelMs: [5, null], isFraud: [1, 0]}, 10) // => [{day: 0, events: 2, arrived: 1, arrived_fraud: 1, fraud: 1}]
 */
export function labelsAsOf(rows: LabelRows, asOfMs: number): ({day: number} & KnownCounts)[] {
  const days = new Map<number, KnownCounts>();
  for (let i = 0; i < rows.eventMs.length; i++) {
    const t = rows.eventMs[i]!;
    if (!(t <= asOfMs)) continue;
    const day = Math.floor(t / DAY) * DAY;
    const counts = days.get(day) ?? {events: 0, arrived: 0, arrived_fraud: 0, fraud: 0};
    days.set(day, add(counts, rows, i, asOfMs));
  }
  return [...days].sort((a, b) => a[0] - b[0]).map(([day, counts]) => ({day, ...counts}));
}

/**
 * The reference for `maturityCurveSql`: for m = 0, step, … ≤ maxDays, the counts known at
 * `asOfMs` of the events at or before `asOfMs − m days`.
 *
 * @example maturityCurve({eventMs: [0], labelMs: [null], isFraud: [1]}, 86400000, {maxDays: 1}) // => [{maturity_days: 0, events: 1, arrived: 0, arrived_fraud: 0, fraud: 1}, {maturity_days: 1, events: 1, arrived: 0, arrived_fraud: 0, fraud: 1}]
 */
export function maturityCurve(rows: LabelRows, asOfMs: number, {maxDays, stepDays = 1}: {maxDays: number; stepDays?: number}): ({maturity_days: number} & KnownCounts)[] {
  const out: ({maturity_days: number} & KnownCounts)[] = [];
  for (let m = 0; m <= maxDays; m += stepDays) {
    let counts: KnownCounts = {events: 0, arrived: 0, arrived_fraud: 0, fraud: 0};
    for (let i = 0; i < rows.eventMs.length; i++) if (rows.eventMs[i]! <= asOfMs - m * DAY) counts = add(counts, rows, i, asOfMs);
    out.push({maturity_days: m, ...counts});
  }
  return out;
}

function add(counts: KnownCounts, rows: LabelRows, i: number, asOfMs: number): KnownCounts {
  const label = rows.labelMs[i];
  const arrived = label !== null && label !== undefined && label <= asOfMs;
  const fraud = rows.isFraud[i] ? 1 : 0;
  counts.events++;
  counts.fraud += fraud;
  if (arrived) {
    counts.arrived++;
    counts.arrived_fraud += fraud;
  }
  return counts;
}

import {DAY, HOUR} from "./catalog.js";
import type {Rng} from "./random.js";

/** Relative purchase intensity by hour of day (UTC, 0..23): quiet nights, lunch and evening peaks. */
export const hourOfDayWeights = [
  0.2, 0.12, 0.08, 0.06, 0.06, 0.1, 0.25, 0.5, 0.8, 0.95, 1, 1.05,
  1.2, 1.1, 1, 1, 1.05, 1.15, 1.3, 1.35, 1.2, 0.95, 0.7, 0.4,
];

/** Relative intensity by day of week, Monday first: busier Fridays and Saturdays, quieter Sundays. */
export const dayOfWeekWeights = [0.95, 0.95, 1, 1, 1.15, 1.25, 0.9];

/**
 * The day of week of an instant, Monday = 0 … Sunday = 6 (UTC), by arithmetic alone.
 *
 * @example
 * dayOfWeek(Date.UTC(2026, 0, 1)) // => 3
 */
export function dayOfWeek(epochMs: number): number {
  return (Math.floor(epochMs / DAY) + 3) % 7; // 1970-01-01 was a Thursday
}

/**
 * The relative intensity of each hour of the world (length days·24), the product of
 * the hour-of-day and day-of-week profiles and a linear growth trend.
 *
 * Knobs: `growth` is the relative increase from the first hour to the last (0.1 = +10%).
 *
 * @example
 * hourlyWeights(Date.UTC(2026, 0, 1), 1).length // => 24
 */
export function hourlyWeights(start: number, days: number, growth = 0.1): Float64Array {
  const hours = Math.round(days * 24);
  const weights = new Float64Array(hours);
  for (let h = 0; h < hours; ++h) {
    const t = start + h * HOUR;
    const hourOfDay = Math.floor(t / HOUR) % 24;
    weights[h] = hourOfDayWeights[hourOfDay]! * dayOfWeekWeights[dayOfWeek(t)]! * (1 + (growth * h) / hours);
  }
  return weights;
}

/**
 * `count` (in expectation: Poisson per hour) instants spread over the world by
 * {@link hourlyWeights}, sorted ascending, whole milliseconds.
 *
 * @example
 * seasonalTimes(createRng(7, "x"), Date.UTC(2026, 0, 1), 1, 100).length // => 100
 */
export function seasonalTimes(rng: Rng, start: number, days: number, count: number, growth = 0.1): Float64Array {
  const weights = hourlyWeights(start, days, growth);
  const total = weights.reduce((a, b) => a + b, 0);
  const perHour = Int32Array.from(weights, (w) => rng.poisson((count * w) / total));
  const times = new Float64Array(perHour.reduce((a, b) => a + b, 0));
  for (let h = 0, i = 0; h < perHour.length; ++h) {
    const from = i;
    for (let k = 0; k < perHour[h]!; ++k) times[i++] = start + h * HOUR + Math.floor(rng.uniform() * HOUR);
    times.subarray(from, i).sort();
  }
  return times;
}

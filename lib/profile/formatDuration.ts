const units: [number, string][] = [[86_400, "d"], [3_600, "h"], [60, "min"], [1, "s"], [0.001, "ms"]];

/**
 * A duration in seconds as a short human string with the largest unit it reaches and
 * at most `digits` significant digits: 15.3 → "15.3 s", 5400 → "1.5 h". Negative
 * durations keep their sign; 0 is "0 s".
 *
 * @example formatDuration(5400) // => "1.5 h"
 * @example formatDuration(0.25) // => "250 ms"
 */
export function formatDuration(seconds: number, digits = 3): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`formatDuration requires a finite number of seconds, got ${seconds}`);
  if (seconds === 0) return "0 s";
  const magnitude = Math.abs(seconds);
  const [size, unit] = units.find(([size]) => magnitude >= size) ?? units.at(-1)!;
  const value = Number((seconds / size).toPrecision(digits));
  return `${value} ${unit}`;
}

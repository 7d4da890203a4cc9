const unitMs: Record<string, number> = {s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000};

/**
 * Parses a feature view ttl such as `"7d"` into milliseconds. Units: s, m, h, d; the
 * amount is a non-negative integer. Returns undefined when the text is not a duration,
 * so callers can report where it came from.
 *
 * @example parseTtl("7d") // => 604800000
 * @example parseTtl("90m") // => 5400000
 * @example parseTtl("7x") // => undefined
 */
export function parseTtl(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([smhd])\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * unitMs[match[2]!]!;
}

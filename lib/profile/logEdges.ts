/**
 * Log-spaced bin edges from `min` up to at least `max`: `perDecade` edges per factor of
 * ten, at min·10^(k/perDecade). Edges at whole decades are exact powers of ten times min.
 *
 * @example logEdges(1, 100, 1) // => [1, 10, 100]
 * @example logEdges(1, 10, 2) // => [1, 3.1622776601683795, 10]
 */
export function logEdges(min: number, max: number, perDecade = 4): number[] {
  if (!(min > 0) || !(max > min) || !Number.isFinite(max)) {
    throw new RangeError(`logEdges requires 0 < min < max < Infinity, got min ${min} and max ${max}`);
  }
  if (!Number.isInteger(perDecade) || perDecade < 1) {
    throw new RangeError(`logEdges requires a positive integer perDecade, got ${perDecade}`);
  }
  const steps = Math.ceil(Math.log10(max / min) * perDecade - 1e-9);
  const edges: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const decade = Math.floor(k / perDecade);
    const rest = k % perDecade;
    edges.push(rest === 0 ? min * 10 ** decade : min * 10 ** (k / perDecade));
  }
  return edges;
}

/**
 * The share of staleness values within an SLA (staleness <= slaMs); null for none.
 *
 * @example shareWithinSla([1000, 5000, 9000, 20000], 9000) // => 0.75
 */
export function shareWithinSla(stalenessMs: ArrayLike<number>, slaMs: number): number | null {
  if (!(slaMs >= 0)) throw new Error(`shareWithinSla requires slaMs >= 0, got ${slaMs}`);
  if (stalenessMs.length === 0) return null;
  let within = 0;
  for (let i = 0; i < stalenessMs.length; i++) if (stalenessMs[i]! <= slaMs) within++;
  return within / stalenessMs.length;
}

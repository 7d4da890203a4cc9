/** What goes wrong in the pipeline, and how each kind's `size` is read. */
export type IncidentKind = "null_burst" | "cents" | "category_vanishes" | "category_appears" | "stall" | "duplicates" | "slow_shift";

/**
 * One incident: it starts at the beginning of day `day` (whole days after the world's
 * start, UTC) and hits rows by their arrival time. `size` is a share of rows (0–1) for
 * every kind but `stall` (hours with no delivery) and `slow_shift` (relative change of
 * amounts once fully crept in, e.g. 0.3 = +30%). `days` bounds a burst (null_burst,
 * duplicates); the other kinds last to the end of the world.
 */
export interface Incident {
  kind: IncidentKind;
  day: number;
  size: number;
  /** Length of a burst in days (null_burst, duplicates; default 3). */
  days?: number;
}

/** How each kind reads to a learner, and the unit of its `size`. */
export const incidentKinds: Record<IncidentKind, {label: string; unit: "share" | "hours" | "relative"; what: string}> = {
  null_burst: {label: "null burst in amount", unit: "share", what: "a share of amounts arrive empty, for three days"},
  cents: {label: "amounts switched to cents", unit: "share", what: "a share of producers send amounts in cents (×100)"},
  category_vanishes: {label: "a category vanishes (travel)", unit: "share", what: "a share of travel transactions stop arriving"},
  category_appears: {label: "a category appears (crypto)", unit: "share", what: "a share of transactions arrive with a new category, crypto"},
  stall: {label: "pipeline stall, then a backlog", unit: "hours", what: "nothing arrives for some hours, then the backlog lands at once"},
  duplicates: {label: "duplicated rows", unit: "share", what: "a share of rows is delivered twice, for three days"},
  slow_shift: {label: "slow shift of amounts", unit: "relative", what: "amounts creep up linearly over three weeks, then stay there"},
};

/** How long a slow shift takes to creep in fully (ms): three weeks. */
export const slowShiftRampMs = 21 * 86_400_000;

/** The category that vanishes, and the one that appears. */
export const vanishingCategory = "travel";
export const newCategory = "crypto";

/**
 * Throws unless the incident is well formed (a known kind, a whole day ≥ 0, a size in its
 * range), naming the caller.
 *
 * @example checkIncident("injectIncident", {kind: "stall", day: 40, size: 30}) // => undefined
 */
export function checkIncident(caller: string, incident: Incident): void {
  const {kind, day, size} = incident;
  const spec = incidentKinds[kind];
  if (!spec) throw new Error(`${caller} requires an incident kind among ${Object.keys(incidentKinds).join(", ")}, got ${JSON.stringify(kind)}`);
  if (!Number.isInteger(day) || day < 0) throw new Error(`${caller} requires the incident's day to be a whole number ≥ 0, got ${day}`);
  const ok = spec.unit === "share" ? size >= 0 && size <= 1 : spec.unit === "hours" ? size >= 0 && Number.isFinite(size) : size > -1 && Number.isFinite(size);
  if (!ok) throw new Error(`${caller} requires a ${kind} size ${spec.unit === "share" ? "between 0 and 1" : spec.unit === "hours" ? "of hours ≥ 0" : "above -1"}, got ${size}`);
  if (incident.days !== undefined && !(Number.isInteger(incident.days) && incident.days >= 1)) {
    throw new Error(`${caller} requires the incident's days to be a whole number ≥ 1, got ${incident.days}`);
  }
}

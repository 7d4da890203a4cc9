import {signals, type Signal, type SignalDay} from "./qualitySignals.js";

/** When one signal caught an incident. */
export interface Detection {
  signal: Signal;
  /** The first day at or after the incident's day on which the signal fails; null if it never does. */
  day: number | null;
  /** day − the incident's day, in days; null if never caught. */
  delay: number | null;
  /** Days before the incident on which the signal failed anyway: false alarms. */
  falseAlarms: number;
}

/**
 * Detection delay: for each signal, the first day from the incident's day on which it
 * leaves its band (status "fail"), how many days after the start that is, and how often
 * it failed before the incident. Signals in the dashboard's order.
 *
 * @example detectionDelay([{signal: "drift", day: 3, status: "fail", value: 0.3, detail: ""}], 1).find((d) => d.signal === "drift") // => {signal: "drift", day: 3, delay: 2, falseAlarms: 0}
 */
export function detectionDelay(days: readonly SignalDay[], incidentDay: number): Detection[] {
  if (!Number.isInteger(incidentDay) || incidentDay < 0) throw new Error(`detectionDelay requires the incident's day as a whole number ≥ 0, got ${incidentDay}`);
  return signals.map((signal) => {
    const failing = days.filter((d) => d.signal === signal && d.status === "fail").map((d) => d.day);
    const first = failing.filter((d) => d >= incidentDay).reduce<number | null>((a, d) => (a === null || d < a ? d : a), null);
    return {signal, day: first, delay: first === null ? null : first - incidentDay, falseAlarms: failing.filter((d) => d < incidentDay).length};
  });
}

/**
 * The signals that caught the incident first (several when they tie), or none.
 *
 * @example firstDetection([{signal: "contract", day: 5, delay: 0, falseAlarms: 0}, {signal: "drift", day: null, delay: null, falseAlarms: 0}]) // => [{signal: "contract", day: 5, delay: 0, falseAlarms: 0}]
 */
export function firstDetection(detections: readonly Detection[]): Detection[] {
  const caught = detections.filter((d) => d.delay !== null);
  const best = Math.min(...caught.map((d) => d.delay!));
  return caught.filter((d) => d.delay === best);
}

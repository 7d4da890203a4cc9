import type {Table} from "apache-arrow";
import type {CheckSpec} from "../contracts/index.js";
import {driftOverTime, type Binning} from "../drift/index.js";
import {contractDays} from "./contractDays.js";
import {contractTimeline} from "./contractTimeline.js";
import {DAY_MS, type DayWindow} from "./dailyPartitions.js";
import {freshnessTimeline} from "./freshnessTimeline.js";
import {nullRateTimeline} from "./nullRateTimeline.js";
import {contractSignal, driftSignal, freshnessSignal, nullRateSignal, type SignalDay} from "./qualitySignals.js";

export interface QualityTimelineOptions extends DayWindow {
  /** The contract's checks (contractChecks). */
  specs: readonly CheckSpec[];
  /** The freshness SLA on the newest event (ms). */
  slaMs: number;
  /** The reference days [from, to) of the null-rate band (the drift reference is in `binnings`). */
  reference: [number, number];
  /** The columns whose null rates are watched. */
  nullColumns: readonly string[];
  /** The reference binning of each drift feature (referenceBinnings). */
  binnings: Record<string, Binning>;
  /** Event and arrival time columns; default event_timestamp and created_timestamp. */
  event?: string;
  arrival?: string;
}

/**
 * The whole dashboard in TypeScript, the reference the page's SQL is checked against:
 * per day, the contract's verdict on the day's partition (as far as referenceCounts
 * counts: not expression rules), freshness at the day's end, null rates in their band and
 * the largest PSI against the reference binning (lib/drift's driftOverTime). Cells in
 * the order contract, freshness, nulls, drift, each by day.
 *
 * @example qualityTimeline(delivered, options).length // => 360 (4 signals × 90 days)
 */
export function qualityTimeline(table: Table, options: QualityTimelineOptions): SignalDay[] {
  const {specs, slaMs, reference, nullColumns, binnings, start, days, event = "event_timestamp", arrival = "created_timestamp"} = options;
  const window = {start, days};
  const drift = driftOverTime(table, {time: arrival, windowMs: DAY_MS, binnings});
  return [
    ...contractSignal(contractDays(contractTimeline(specs, table, {...window, arrival}), specs, days)),
    ...freshnessSignal(freshnessTimeline(table, {...window, event, arrival}), slaMs),
    ...nullRateSignal(nullRateTimeline(table, {...window, arrival, columns: nullColumns}), {reference}),
    ...driftSignal(drift, window),
  ];
}

import type {Table} from "apache-arrow";
import {categoricalBinning, numericBinning, type Binning} from "../drift/index.js";
import {checkWindow, dailyPartitions} from "./dailyPartitions.js";

export interface ReferenceBinningsOptions {
  /** Day 0's start (epoch ms). */
  start: number;
  /** The reference days [from, to), by arrival. */
  reference: [number, number];
  /** Numeric and categorical features to bin. */
  numeric?: readonly string[];
  categorical?: readonly string[];
  /** Bins per numeric feature (default 10). */
  bins?: number;
  /** The column whose day places a row; default created_timestamp. */
  arrival?: string;
}

/**
 * The reference window's binning of each feature (lib/drift's numericBinning and
 * categoricalBinning over the rows that arrived on the reference days), binned once and
 * reused for every day of the timeline.
 *
 * @example Object.keys(referenceBinnings(transactions, {start, reference: [0, 28], numeric: ["amount"], categorical: ["channel"]})) // => ["amount", "channel"]
 */
export function referenceBinnings(table: Table, options: ReferenceBinningsOptions): Record<string, Binning> {
  const {start, reference: [from, to], numeric = [], categorical = [], bins = 10, arrival = "created_timestamp"} = options;
  checkWindow("referenceBinnings", {start, days: to});
  if (!(Number.isInteger(from) && from >= 0 && from < to)) throw new Error(`referenceBinnings requires reference days [from, to) with 0 ≤ from < to, got [${from}, ${to})`);
  const vector = (name: string) => {
    const v = table.getChild(name);
    if (!v) throw new Error(`referenceBinnings requires a column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    return v;
  };
  const times = vector(arrival);
  const parts = dailyPartitions(Array.from({length: table.numRows}, (_, i) => times.get(i) as number | null), {start, days: to}).slice(from);
  const rows = parts.flatMap((p) => Array.from(p));
  const binnings: Record<string, Binning> = {};
  for (const name of numeric) {
    const v = vector(name);
    binnings[name] = numericBinning(rows.map((i) => v.get(i) as number | null), bins);
  }
  for (const name of categorical) {
    const v = vector(name);
    binnings[name] = categoricalBinning(rows.map((i) => v.get(i) as string | null));
  }
  return binnings;
}

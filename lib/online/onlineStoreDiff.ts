import {normalizeKey} from "../pit/index.js";
import {onlineViewTable, type OnlineRecord, type OnlineStore} from "./onlineStore.js";

/** How two online stores differ on one view, key by key. */
export interface OnlineStoreDiff {
  /** Keys in either store. */
  readonly keys: number;
  readonly same: number;
  readonly onlyInA: number;
  readonly onlyInB: number;
  /** Keys in both whose rows differ (event time, created time or a value). */
  readonly rowDiffers: number;
}

/**
 * Compares one view of two online stores key by key: the same row means the same event
 * and created timestamps and the same values (numbers normalized, NaN equals NaN).
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]}), view);
 * onlineStoreDiff(materializeRuns(rows, [15]).store, materializeRuns(rows, [40]).store, "v") // => {keys: 2, same: 0, onlyInA: 0, onlyInB: 1, rowDiffers: 1}
 */
export function onlineStoreDiff(a: OnlineStore, b: OnlineStore, viewName: string): OnlineStoreDiff {
  const left = onlineViewTable("onlineStoreDiff", a, viewName).rows;
  const right = onlineViewTable("onlineStoreDiff", b, viewName).rows;
  let same = 0, onlyInA = 0, rowDiffers = 0;
  for (const [key, record] of left) {
    const other = right.get(key);
    if (!other) onlyInA++;
    else if (sameRecord(record, other)) same++;
    else rowDiffers++;
  }
  const onlyInB = right.size - (same + rowDiffers);
  return {keys: left.size + onlyInB, same, onlyInA, onlyInB, rowDiffers};
}

function sameRecord(a: OnlineRecord, b: OnlineRecord): boolean {
  return a.eventMs === b.eventMs && a.createdMs === b.createdMs && a.values.length === b.values.length && a.values.every((v, k) => sameValue(v, b.values[k]));
}

function sameValue(a: unknown, b: unknown): boolean {
  const x = normalizeKey(a), y = normalizeKey(b);
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

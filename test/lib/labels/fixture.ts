import {Table} from "apache-arrow";
import {boolColumn, timestampColumn} from "../../../lib/synth/index.js";

const DAY = 86_400_000;
const n = 400;

/** 400 events over 40 days; fraud labels arrive within ~10 days, legitimate ones within ~30; some never. */
export const plain = (() => {
  const eventMs = Float64Array.from({length: n}, (_, i) => Math.floor(i / 10) * DAY + ((i * 7919) % 86_400) * 1000);
  const isFraud = Uint8Array.from({length: n}, (_, i) => ((i * 104729) % 9 === 0 ? 1 : 0));
  const labelMs = Float64Array.from(eventMs, (t, i) => {
    if (i % 17 === 0) return NaN;
    return t + (isFraud[i] ? (i % 10) + 1 : (i % 30) + 1) * DAY - (i % 2) * 1000;
  });
  return {eventMs, labelMs, isFraud};
})();

/** The same events as an Arrow table (label_timestamp null where NaN). */
export const labelsTable = new Table({
  event_timestamp: timestampColumn(plain.eventMs),
  label_timestamp: timestampColumn(plain.labelMs),
  is_fraud: boolColumn(plain.isFraud),
});

/** Label times with null instead of NaN, as a reference takes them. */
export const labelRows = {...plain, labelMs: Array.from(plain.labelMs, (t) => (t === t ? t : null))};

export {DAY};

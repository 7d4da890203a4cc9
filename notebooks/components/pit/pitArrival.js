// Rows a point-in-time join hands to training before the store had them
// (point-in-time-joins.md, exercise 2): the join bounds event time only.
import {tableFromArrays} from "apache-arrow";
import {pointInTimeJoinKernel, readNumberColumn} from "../../lib/pit/index.js";

/**
 * The spine rows whose point-in-time match in `table` (the repository's view `view`, no ttl)
 * had not yet arrived: its created timestamp is after the spine row's event timestamp, a row
 * Feast's join (event time only) hands to training that no online store could have served.
 * lib/pit's kernel picks the rows; returns an Arrow table {txn_id, <feature>} of them.
 */
export function readBeforeArrival(spine, table, view, feature) {
  const created = view.createdTimestampField;
  const joined = pointInTimeJoinKernel(spine, [{view: {...view, ttlMs: undefined, features: [feature, created]}, table}]);
  const at = readNumberColumn(spine.getChild("event_timestamp"));
  const arrived = readNumberColumn(joined.getChild(`${view.name}__${created}`));
  const values = joined.getChild(`${view.name}__${feature}`), ids = spine.getChild("txn_id");
  const out = {txn_id: [], value: []};
  for (let i = 0; i < spine.numRows; i++) {
    if (!(arrived[i] > at[i])) continue;
    out.txn_id.push(ids.get(i));
    out.value.push(values.get(i));
  }
  return tableFromArrays({txn_id: Int32Array.from(out.txn_id), [feature]: Float64Array.from(out.value)});
}

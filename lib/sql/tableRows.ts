import type {Table} from "apache-arrow";
import {columnValues} from "./tableColumns.js";

/**
 * A table as an array of plain row objects, for the edges (printing, small fixtures,
 * golden files); builders work on `tableColumns`. Values follow `tableColumns`.
 *
 * @example tableRows(tableFromArrays({id: Int32Array.from([1, 2])})) // => [{id: 1}, {id: 2}]
 */
export function tableRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, i) => columnValues(table.getChildAt(i)!));
  const rows: Record<string, unknown>[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => {
      Object.defineProperty(row, name, {value: columns[c]![r], enumerable: true, writable: true, configurable: true});
    });
    rows.push(row);
  }
  return rows;
}

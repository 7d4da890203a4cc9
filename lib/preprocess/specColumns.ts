import type {Table} from "apache-arrow";
import {inputKind, readPreprocessColumn, type PreprocessColumn} from "./preprocessColumns.js";
import type {InputKind} from "./preprocessSpec.js";
import type {ColumnSource} from "./transformFamily.js";

/**
 * The columns of a table as the transforms read them: input columns (of the allowed kinds)
 * and the outputs of earlier transforms, which shadow inputs of the same name.
 */
export function tableSource(table: Table, who: string, training: boolean, produced: Map<string, PreprocessColumn>): ColumnSource {
  const cache = new Map<string, PreprocessColumn>();
  return {
    rows: table.numRows,
    training,
    column(name, kinds, step) {
      let column = produced.get(name) ?? cache.get(name);
      if (!column) {
        const kind = tableColumnKind(table, name, who);
        column = readPreprocessColumn(table.getChild(name)!, kind);
        cache.set(name, column);
      }
      if (!kinds.includes(column.kind)) throw new TypeError(`${who}: ${step} requires column ${JSON.stringify(name)} to be ${kinds.join(" or ")}, got ${column.kind}`);
      return column;
    },
  };
}

/**
 * The input kind of a table's column; a missing column or an unreadable type is an error naming it.
 *
 * @example tableColumnKind(tableFromArrays({x: [1]}), "x", "applyPreprocess") // => "numeric"
 */
export function tableColumnKind(table: Table, name: string, who: string): InputKind {
  const field = table.schema.fields.find((f) => f.name === name);
  if (!field) throw new TypeError(`${who}: the table has no column ${JSON.stringify(name)} (its columns: ${table.schema.fields.map((f) => f.name).join(", ") || "none"})`);
  const kind = inputKind(field.type);
  if (!kind) throw new TypeError(`${who}: column ${JSON.stringify(name)} has type ${String(field.type)}, which no transform reads (numbers, text, booleans or timestamps)`);
  return kind;
}

/**
 * Checks that a table has every input column of a spec with the kind it was fitted on.
 * `kindOf` gives a column's kind, null for an unreadable type, undefined when the table lacks it.
 *
 * @example checkSpecColumns({x: "numeric"}, () => "text", "applyPreprocess") // throws TypeError: applyPreprocess: column "x" expected numeric (as fitted), got text
 */
export function checkSpecColumns(columns: Record<string, InputKind>, kindOf: (name: string) => InputKind | null | undefined, who: string): void {
  for (const [name, want] of Object.entries(columns)) {
    const got = kindOf(name);
    if (got === undefined) throw new TypeError(`${who}: the spec needs column ${JSON.stringify(name)} (${want}), the table has no such column`);
    if (got !== want) throw new TypeError(`${who}: column ${JSON.stringify(name)} expected ${want} (as fitted), got ${got ?? "an unsupported type"}`);
  }
}

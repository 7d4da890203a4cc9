import bindings from "@duckdb/node-bindings";
import type {DuckDBMaterializedResult} from "@duckdb/node-api";
import {Field, makeData, RecordBatch, Schema, Struct, Table} from "apache-arrow";
import {columnBuilder} from "./nativeColumnBuilder.js";

/**
 * A native DuckDB result as an Arrow table with the schema duckdb-wasm gives the same query
 * (see `columnBuilder` for the type mapping): column by column, vector by vector, with no
 * per-row objects. One record batch. Throws, naming the column, for types with no agreed
 * Arrow form (INTERVAL, STRUCT, MAP, ENUM, UUID, …): cast them in SQL.
 */
export function resultToArrow(result: DuckDBMaterializedResult): Table {
  const names = result.columnNames();
  const builders = result.columnTypes().map((type, i) => {
    const builder = columnBuilder(type);
    if (!builder) {
      throw new Error(`Not implemented Error: column ${JSON.stringify(names[i])} has type ${type.toString()}, which the engines do not return alike; cast it (e.g. to VARCHAR) in SQL`);
    }
    return builder;
  });
  let rows = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const count = chunk.rowCount;
    builders.forEach((builder, i) => builder.append(bindings.data_chunk_get_vector(chunk.chunk, i), count));
    rows += count;
  }
  const fields = builders.map((builder, i) => new Field(names[i]!, builder.type, true));
  const children = builders.map((builder) => builder.finish());
  const data = makeData({type: new Struct(fields), length: rows, nullCount: 0, children});
  return new Table([new RecordBatch(new Schema(fields), data)]);
}

import {DataType, TimeUnit, type Field} from "apache-arrow";

/**
 * The DuckDB column type DuckDB gives an Arrow type when it scans Arrow data: what
 * `insertArrowTable` creates in duckdb-wasm, so native DuckDB can create the same table.
 * Millisecond timestamps stay TIMESTAMP_MS, a timestamp with a zone is TIMESTAMPTZ,
 * dictionaries take their value type. Throws for types neither engine loads alike.
 *
 * @example duckdbType(new TimestampMillisecond()) // => "TIMESTAMP_MS"
 */
export function duckdbType(type: DataType): string {
  if (DataType.isInt(type)) {
    const name = {8: "TINYINT", 16: "SMALLINT", 32: "INTEGER", 64: "BIGINT"}[type.bitWidth];
    return type.isSigned ? name : `U${name}`;
  }
  if (DataType.isFloat(type)) return type.precision === 0 ? unsupported(type) : type.precision === 1 ? "FLOAT" : "DOUBLE";
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return "VARCHAR";
  if (DataType.isBool(type)) return "BOOLEAN";
  if (DataType.isDate(type)) return "DATE";
  if (DataType.isTimestamp(type)) {
    if (type.timezone) return "TIMESTAMPTZ";
    return {[TimeUnit.SECOND]: "TIMESTAMP_S", [TimeUnit.MILLISECOND]: "TIMESTAMP_MS", [TimeUnit.MICROSECOND]: "TIMESTAMP", [TimeUnit.NANOSECOND]: "TIMESTAMP_NS"}[type.unit];
  }
  if (DataType.isDictionary(type)) return duckdbType(type.dictionary);
  if (DataType.isList(type)) return `${duckdbType((type.children[0] as Field).type)}[]`;
  return unsupported(type);
}

function unsupported(type: DataType): never {
  throw new TypeError(`duckdbType requires an Arrow int, float32/64, utf8, bool, date, timestamp, dictionary or list type, got ${String(type)}`);
}

import {typeCategory} from "./columnTypes.js";

/** Declared physical type names (SQL dialects, Spark, Parquet, Avro) → the DuckDB type family they name. */
const families: [RegExp, string][] = [
  [/^(TINYINT|INT1|BYTE|INT8_T|SMALLINT|INT2|SHORT|INT|INTEGER|INT4|INT32|SIGNED|MEDIUMINT|BIGINT|INT8|LONG|INT64|HUGEINT|INT128|U?(TINY|SMALL|BIG|HUGE)?INT|UINTEGER|UBIGINT|SERIAL|BIGSERIAL|NUMBER\(\d+(,\s*0)?\))$/, "integer"],
  [/^(FLOAT|FLOAT4|FLOAT8|FLOAT32|FLOAT64|REAL|DOUBLE|DOUBLE PRECISION|DECIMAL|NUMERIC|NUMBER|DEC|MONEY)(\(.*\))?$/, "number"],
  [/^(BOOL|BOOLEAN|LOGICAL|BIT)$/, "boolean"],
  [/^DATE$/, "date"],
  [/^(TIMESTAMP|DATETIME|DATETIME2|TIMESTAMP_NTZ|TIMESTAMP_LTZ|TIMESTAMP_TZ|TIMESTAMPTZ|TIMESTAMP WITH(OUT)? TIME ZONE|TIMESTAMP_(S|MS|NS|US))(\(\d+\))?$/, "timestamp"],
  [/^(TIME|TIMETZ|TIME WITH(OUT)? TIME ZONE)(\(\d+\))?$/, "time"],
  [/^(VARCHAR|CHAR|NVARCHAR|NCHAR|CHARACTER|CHARACTER VARYING|CHAR VARYING|STRING|TEXT|CLOB|UUID|ENUM)(\(.*\))?$/, "string"],
  [/^(LIST|ARRAY|ARRAY<.*>|.*\[\d*\])$/, "list"],
  [/^(STRUCT|STRUCT<.*>|STRUCT\(.*\)|RECORD|ROW\(.*\)|OBJECT|JSON|JSONB|VARIANT|MAP|MAP<.*>|MAP\(.*\))$/, "struct"],
  [/^(BLOB|BYTEA|BINARY|VARBINARY|BYTES)(\(.*\))?$/, "binary"],
];

/**
 * The family of a physical type name, declared (any dialect: `varchar(18)`, `int`,
 * `DOUBLE PRECISION`, `timestamp_ntz`, `array<string>`) or as DuckDB describes a column
 * (`INTEGER`, `VARCHAR`, `STRUCT(a BIGINT)`, `BIGINT[]`); undefined for a name it does not know.
 *
 * @example [physicalFamily("varchar(18)"), physicalFamily("int"), physicalFamily("BIGINT[]"), physicalFamily("geometry")] // => ["string", "integer", "list", undefined]
 */
export function physicalFamily(type: string): string | undefined {
  const t = type.trim().toUpperCase().replace(/\s+/g, " ").replace(/\s*([(),<>])\s*/g, "$1");
  if (/\[\d*\]$/.test(t)) return "list";
  if (/^(STRUCT|MAP|UNION)\(/.test(t)) return "struct";
  const category = typeCategory(t);
  if (category !== "other" && category !== "string") return category;
  return families.find(([pattern]) => pattern.test(t))?.[1];
}

/**
 * How the data's column type (as DuckDB describes it) relates to a declared physicalType:
 * "same" name (spelling aside), the same "family" (INT declared, BIGINT read, as a CSV
 * gives it: no drift a reader would act on), "drift" (another family: DOUBLE where INT was
 * declared, text where a timestamp was), or "unknown" when fslab does not know the declared name.
 *
 * @example [physicalTypeMatch("int", "INTEGER"), physicalTypeMatch("INTEGER", "BIGINT"), physicalTypeMatch("INTEGER", "DOUBLE"), physicalTypeMatch("geometry", "BLOB")] // => ["same", "family", "drift", "unknown"]
 */
export function physicalTypeMatch(declared: string, actual: string): "same" | "family" | "drift" | "unknown" {
  const a = physicalFamily(declared);
  if (a === undefined) return "unknown";
  const b = physicalFamily(actual);
  if (a !== b) return "drift";
  return canonical(declared) === canonical(actual) ? "same" : "family";
}

const synonyms: Record<string, string> = {
  INT: "INTEGER", INT4: "INTEGER", INT32: "INTEGER", SIGNED: "INTEGER", INT8: "BIGINT", LONG: "BIGINT", INT64: "BIGINT", INT2: "SMALLINT", SHORT: "SMALLINT",
  INT1: "TINYINT", FLOAT8: "DOUBLE", FLOAT64: "DOUBLE", "DOUBLE PRECISION": "DOUBLE", FLOAT4: "FLOAT", REAL: "FLOAT", FLOAT32: "FLOAT",
  BOOL: "BOOLEAN", LOGICAL: "BOOLEAN", STRING: "VARCHAR", TEXT: "VARCHAR", "CHARACTER VARYING": "VARCHAR", DATETIME: "TIMESTAMP", TIMESTAMP_NTZ: "TIMESTAMP",
  TIMESTAMPTZ: "TIMESTAMP WITH TIME ZONE", NUMERIC: "DECIMAL",
};

function canonical(type: string): string {
  const t = type.trim().toUpperCase().replace(/\s+/g, " ").replace(/\s*([(),])\s*/g, "$1").replace(/^VARCHAR\(\d+\)$/, "VARCHAR");
  return synonyms[t] ?? t;
}

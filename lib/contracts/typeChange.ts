import type {Property} from "./contract.js";

/** Integer physical types, narrowest first; each reads every value of the ones before it. */
const integerWidth: Record<string, number> = {
  TINYINT: 1, INT1: 1, SMALLINT: 2, INT2: 2, SHORT: 2, INT: 4, INTEGER: 4, INT4: 4, INT32: 4,
  BIGINT: 8, INT8: 8, LONG: 8, INT64: 8, HUGEINT: 16, INT128: 16,
};
const floatWidth: Record<string, number> = {FLOAT: 4, REAL: 4, FLOAT4: 4, FLOAT32: 4, DOUBLE: 8, FLOAT8: 8, FLOAT64: 8, "DOUBLE PRECISION": 8};

/**
 * How a property's declared type changed between versions: "same"; "widened" when every
 * value of the old type is a value of the new one (integer→bigint, float→double,
 * integer→number, varchar(10)→varchar(20), decimal(10,2)→decimal(12,2)); "changed" otherwise.
 * A missing type reads as "any": adding one is a change, dropping one widens.
 *
 * @example typeChange({logicalType: "integer", physicalType: "INT"}, {logicalType: "integer", physicalType: "BIGINT"}) // => "widened"
 */
export function typeChange(old: Pick<Property, "logicalType" | "physicalType">, next: Pick<Property, "logicalType" | "physicalType">): "same" | "widened" | "changed" {
  const logical = compare(old.logicalType, next.logicalType, (a, b) => a === "integer" && b === "number");
  const physical = compare(norm(old.physicalType), norm(next.physicalType), widensPhysical);
  if (logical === "changed" || physical === "changed") return "changed";
  return logical === "widened" || physical === "widened" ? "widened" : "same";
}

function compare(a: string | undefined, b: string | undefined, widens: (a: string, b: string) => boolean): "same" | "widened" | "changed" {
  if (a === b) return "same";
  if (b === undefined) return "widened";
  if (a === undefined) return "changed";
  return widens(a, b) ? "widened" : "changed";
}

function norm(type: string | undefined): string | undefined {
  return type?.trim().toUpperCase().replace(/\s+/g, " ").replace(/\s*([(,)])\s*/g, "$1");
}

function widensPhysical(a: string, b: string): boolean {
  if (a in integerWidth && b in integerWidth) return integerWidth[a]! <= integerWidth[b]!;
  if (a in floatWidth && b in floatWidth) return floatWidth[a]! <= floatWidth[b]!;
  if (a in integerWidth && (b in floatWidth || b.startsWith("DECIMAL"))) return b in floatWidth ? floatWidth[b]! === 8 && integerWidth[a]! <= 4 : decimalHolds(b, digits(integerWidth[a]!), 0);
  const [textA, textB] = [varchar(a), varchar(b)];
  if (textA !== undefined && textB !== undefined) return textB === Infinity || textB >= textA;
  const decA = decimal(a);
  return decA !== undefined && decimalHolds(b, decA.precision - decA.scale, decA.scale);
}

/** Decimal digits of the largest signed integer of a width in bytes. */
function digits(bytes: number): number {
  return {1: 3, 2: 5, 4: 10, 8: 19, 16: 39}[bytes] ?? 39;
}

function decimalHolds(type: string, integerDigits: number, scale: number): boolean {
  const d = decimal(type);
  return d !== undefined && d.precision - d.scale >= integerDigits && d.scale >= scale;
}

function decimal(type: string): {precision: number; scale: number} | undefined {
  const m = /^(?:DECIMAL|NUMERIC)(?:\((\d+)(?:,(\d+))?\))?$/.exec(type);
  return m ? {precision: Number(m[1] ?? 18), scale: Number(m[2] ?? (m[1] ? 0 : 3))} : undefined;
}

function varchar(type: string): number | undefined {
  const m = /^(?:VARCHAR|STRING|TEXT|CHAR VARYING)(?:\((\d+)\))?$/.exec(type);
  return m ? (m[1] ? Number(m[1]) : Infinity) : undefined;
}

import {typeCategory} from "./columnTypes.js";

/**
 * DuckDB's text for a plain value of a column type, as `CAST(x AS VARCHAR)` writes it in
 * DuckDB 1.4 (native and WASM alike): what a length or pattern rule reads on a column that
 * is not VARCHAR. Doubles take the shortest digits that read back, in fixed notation with
 * at least one decimal when the decimal exponent is in -4..15, else in exponent notation
 * with a sign and two digits at least (`1.0`, `1e+16`, `1e-05`, `-0.0`, `nan`, `inf`);
 * FLOAT and REAL the shortest digits of the 32-bit value (DuckDB 1.4 writes about one
 * float in twenty with the exact digits of its value instead, when its Grisu digit
 * generation gives up: "1202908.75", not "1202908.8", so text rules on FLOAT columns may
 * count such values differently here); DECIMAL(p, s) s decimals;
 * TIMESTAMP and DATE (ms since the epoch, UTC) `2024-01-02 03:04:05.12` (fraction without
 * trailing zeros) and `2024-01-02`, years before 1 as `(BC)`; TIMESTAMPTZ the same with
 * `+00` (the engines run in UTC). Text is returned as is, null and undefined as null,
 * anything else as JavaScript's String.
 *
 * @example [1, 1e16, 1e-5, Number.NaN, -0].map((x) => duckdbText(x, "DOUBLE")) // => ["1.0", "1e+16", "1e-05", "nan", "-0.0"]
 */
export function duckdbText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  const t = type.toUpperCase();
  const category = typeCategory(t);
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "number") return String(value);
  if (category === "integer") return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  const decimal = /^DECIMAL\s*\(\s*\d+\s*,\s*(\d+)\s*\)$/.exec(t) ?? (t === "DECIMAL" ? [t, "3"] : null);
  if (decimal) return value.toFixed(Number(decimal[1]));
  if (category === "number") return /^(FLOAT|REAL|FLOAT4)$/.test(t) ? floatText(value) : doubleText(value);
  if (category === "date") return dateText(value);
  if (category === "timestamp") return timestampText(value) + (/TZ$|WITH TIME ZONE/.test(t) ? "+00" : "");
  return String(value);
}

/** DuckDB's text for a double: shortest round-trip digits (as JavaScript's), laid out as DuckDB lays them out. */
function doubleText(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, exponent] = x.toExponential().split("e");
  return layout(x < 0 ? "-" : "", mantissa!.replace(/[-.]/g, ""), Number(exponent));
}

/**
 * DuckDB's text for a 32-bit float (given as the double it widens to): the fewest digits
 * that read back as the same float, the nearest such when several do.
 */
function floatText(x: number): string {
  if (!Number.isFinite(x) || x === 0) return doubleText(x);
  const f = Math.fround(x);
  for (let precision = 1; precision <= 9; ++precision) {
    const nearest = Math.abs(f).toExponential(precision - 1);
    const [mantissa, exponent] = nearest.split("e");
    const digits = mantissa!.replace(".", "");
    if (Math.fround(Number(nearest)) === Math.abs(f)) return layout(f < 0 ? "-" : "", digits, Number(exponent));
    // Just above a power of two the gap below is half the gap above, so the next decimal
    // up may read back where the nearest one (below) does not.
    const up = (BigInt(digits) + 1n).toString();
    const e = Number(exponent) + (up.length > digits.length ? 1 : 0);
    if (Math.fround(Number(`${up[0]}.${up.slice(1)}e${e}`)) === Math.abs(f)) return layout(f < 0 ? "-" : "", up.slice(0, precision), e);
  }
  return doubleText(f);
}

/** Significant digits `d1d2…` times 10^exponent (of d1), written as DuckDB writes a double. */
function layout(sign: string, digits: string, exponent: number): string {
  const d = digits.replace(/0+$/, "") || "0";
  if (exponent < -4 || exponent >= 16) {
    const e = Math.abs(exponent).toString().padStart(2, "0");
    return `${sign}${d[0]}${d.length > 1 ? `.${d.slice(1)}` : ""}e${exponent < 0 ? "-" : "+"}${e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${d}`;
  const whole = d.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  return `${sign}${whole}.${d.slice(exponent + 1) || "0"}`;
}

function dateText(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const text = `${String(year > 0 ? year : 1 - year).padStart(4, "0")}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  return year > 0 ? text : `${text} (BC)`;
}

function timestampText(ms: number): string {
  const date = new Date(ms);
  const fraction = date.getUTCMilliseconds() ? `.${String(date.getUTCMilliseconds()).padStart(3, "0").replace(/0+$/, "")}` : "";
  const [day, bc] = dateText(ms).split(" ");
  return `${day} ${bc ? `${bc} ` : ""}${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}${fraction}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

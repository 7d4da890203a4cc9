/**
 * Text read as a number as DuckDB 1.4 reads it with `TRY_CAST(x AS DOUBLE)` or
 * `TRY_CAST(x AS BIGINT)` (native and WASM alike): what a type or range rule sees in a text
 * column declared number or integer. null where DuckDB gives NULL.
 *
 * Both skip leading and trailing ASCII whitespace (space, \t, \n, \v, \f, \r; not U+00A0),
 * take one leading `+`, and accept `_` between two digits (`1_000`, `1e1_0`).
 * DOUBLE: decimal notation (`.5`, `5.`, `1e3`) correctly rounded, overflow to ±Infinity,
 * `inf`, `infinity` and `nan` (`nan(…)`) in any case with an optional `-`, and also `+-5`
 * (the `+` is skipped before the sign is read); no hex, no `,`.
 * BIGINT: decimal notation rounded half away from zero by DuckDB's own digit loop (`2.5` →
 * 3n, `1e2` → 100n, `5e-324` → 1n: a negative exponent keeps only the last digit it drops),
 * `0x`/`0b` numerals (not after a sign, not before trailing space), a `.` after the
 * exponent (`1e2.` → 100n); NULL outside BIGINT, for an exponent outside ±32767, and for
 * inf, nan and `+-5`.
 *
 * Known difference: DuckDB 1.4's DOUBLE cast counts an underscore as a digit when a numeral
 * has more than 19 significant digits and the underscore comes after the 19th
 * (`12345678901234567890_12` reads as 1.2345678901234568e22); here underscores are
 * dropped first, so such a numeral reads as its value (1.2345678901234568e21).
 *
 * @example [" 1 ", "1_000", "+-5", "0x10", "2.5", "5e-324", "inf", ""].map((s) => [duckdbNumber(s, "DOUBLE"), duckdbNumber(s, "BIGINT")]) // => [[1, 1n], [1000, 1000n], [-5, null], [null, 16n], [2.5, 3n], [5e-324, 1n], [Infinity, null], [null, null]]
 */
export function duckdbNumber(text: string, type: "DOUBLE"): number | null;
export function duckdbNumber(text: string, type: "BIGINT"): bigint | null;
export function duckdbNumber(text: string, type: "DOUBLE" | "BIGINT"): number | bigint | null;
export function duckdbNumber(text: string, type: "DOUBLE" | "BIGINT"): number | bigint | null {
  let start = 0;
  while (start < text.length && isSpace(text[start])) ++start;
  const s = text.slice(start);
  if (s === "") return null;
  return type === "DOUBLE" ? toDouble(s) : toBigint(s);
}

const digits = String.raw`\d(?:_?\d)*`;
const decimalNumber = new RegExp(String.raw`^-?(?:${digits}(?:\.(?:${digits})?)?|\.${digits})(?:[eE][+-]?${digits})?[ \t\n\v\f\r]*$`);
const infNaN = /^(-?)(?:(inf(?:inity)?)|nan(?:\([A-Za-z0-9_]*\))?)[ \t\n\v\f\r]*$/i;

/** DuckDB's TryDoubleCast: its fast_float reads the longest number and leaves only whitespace. */
function toDouble(s: string): number | null {
  const t = s[0] === "+" ? s.slice(1) : s;
  if (decimalNumber.test(t)) return Number(t.replace(/_/g, "").trim());
  const special = infNaN.exec(t);
  if (!special) return null;
  if (!special[2]) return Number.NaN;
  return special[1] ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

const int64 = {min: -(2n ** 63n), max: 2n ** 63n - 1n, digits: 19};
const int16 = {min: -32768n, max: 32767n, digits: 5};
type Limits = typeof int64;

/** The state of DuckDB's integer cast: the integer so far and the decimals it keeps. */
interface State {
  result: bigint;
  decimal: bigint;
  /** A uint16 in DuckDB, and it wraps. */
  decimalDigits: number;
}

/**
 * DuckDB's TrySimpleIntegerCast<int64_t>: a plain integer first, then again with decimals
 * and exponents (IntegerDecimalCastOperation), whose quirks are kept on purpose.
 */
function toBigint(s: string): bigint | null {
  for (const withDecimals of [false, true]) {
    const state: State = {result: 0n, decimal: 0n, decimalDigits: 0};
    let ok: boolean;
    if (s[0] === "-") ok = castLoop(s, true, withDecimals, state, int64);
    else if (s.length > 1 && s[0] === "0" && /[xXbB]/.test(s[1]!)) ok = radixLoop(s.slice(1), /[xX]/.test(s[1]!) ? 16 : 2, state);
    else ok = castLoop(s, false, withDecimals, state, int64);
    if (ok) return state.result;
  }
  return null;
}

/** IntegerCastLoop: digits with single underscores, a decimal part, trailing spaces, an exponent. */
function castLoop(buf: string, negative: boolean, withDecimals: boolean, state: State, limits: Limits): boolean {
  const start = negative || buf[0] === "+" ? 1 : 0;
  let pos = start;
  const len = buf.length;
  while (pos < len) {
    if (!isDigit(buf[pos])) {
      if (buf[pos] === ".") {
        const numberBefore = pos > start;
        const startDigit = ++pos;
        while (pos < len && isDigit(buf[pos])) {
          if (!withDecimals) return false;
          addDecimal(state, Number(buf[pos]), limits);
          if (++pos !== len && buf[pos] === "_" && !isDigit(buf[++pos])) return false;
        }
        if (!numberBefore && pos === startDigit) return false;
        if (pos >= len) break;
      }
      if (isSpace(buf[pos])) {
        while (++pos < len) if (!isSpace(buf[pos])) return false;
        break;
      }
      if (withDecimals && (buf[pos] === "e" || buf[pos] === "E")) {
        if (pos === start || ++pos >= len) return false;
        const exponent: State = {result: 0n, decimal: 0n, decimalDigits: 0};
        if (!castLoop(buf.slice(pos), buf[pos] === "-", false, exponent, int16)) return false;
        return applyExponent(state, Number(exponent.result), negative, limits);
      }
      return false;
    }
    const digit = BigInt(buf[pos++]!);
    if (negative ? state.result < trunc(limits.min + digit, 10n) : state.result > trunc(limits.max - digit, 10n)) return false;
    state.result = state.result * 10n + (negative ? -digit : digit);
    if (pos !== len && buf[pos] === "_" && !isDigit(buf[++pos])) return false;
  }
  if (withDecimals && !finalize(state, negative, limits)) return false;
  return pos > start;
}

/** IntegerHexCastLoop and IntegerBinaryCastLoop, from the `x` or `b`: no sign, no spaces after. */
function radixLoop(buf: string, radix: 16 | 2, state: State): boolean {
  const valid = radix === 16 ? /[0-9a-fA-F]/ : /[01]/;
  let pos = 1;
  while (pos < buf.length) {
    if (!valid.test(buf[pos]!)) return false;
    const digit = BigInt(parseInt(buf[pos++]!, radix));
    if (pos !== buf.length && buf[pos] === "_" && !valid.test(buf[++pos] ?? "")) return false;
    if (state.result > trunc(int64.max - digit, BigInt(radix))) return false;
    state.result = state.result * BigInt(radix) + digit;
  }
  return pos > 1;
}

/** IntegerDecimalCastOperation::HandleDecimal: decimals past int64 are dropped. */
function addDecimal(state: State, digit: number, limits: Limits): void {
  if (state.decimal > trunc(limits.max - BigInt(digit), 10n)) return;
  state.decimalDigits = (state.decimalDigits + 1) & 0xffff;
  state.decimal = state.decimal * 10n + BigInt(digit);
}

/** IntegerDecimalCastOperation::HandleExponent, then Finalize. */
function applyExponent(state: State, exponent: number, negative: boolean, limits: Limits): boolean {
  let e = exponent;
  if (e < 0) {
    // Only the last digit shifted out is kept for rounding: 5e-324 is 1.
    while (state.result !== 0n && e++ < 0) {
      state.decimal = state.result % 10n;
      state.result = trunc(state.result, 10n);
    }
    if (state.decimal < 0n) state.decimal = -state.decimal;
    state.decimalDigits = 1;
    return finalize(state, negative, limits);
  }
  while (state.result !== 0n && e-- > 0) {
    state.result *= 10n;
    if (state.result < limits.min || state.result > limits.max) return false;
  }
  if (state.decimal === 0n) return finalize(state, negative, limits);
  e = exponent - state.decimalDigits;
  let remainder = 0n;
  if (e < 0) {
    if (-e <= limits.digits) {
      // 10^19 overflows int64 in DuckDB and wraps negative, which keeps every decimal for rounding.
      const power = BigInt.asIntN(64, 10n ** BigInt(-e));
      remainder = state.decimal % power;
      state.decimal = trunc(state.decimal, power);
    } else state.decimal = 0n;
  } else {
    while (e-- > 0) {
      state.decimal *= 10n;
      if (state.decimal > limits.max) return false;
    }
  }
  state.decimalDigits = (state.decimalDigits - exponent) & 0xffff;
  state.result += negative ? -state.decimal : state.decimal;
  if (state.result < limits.min || state.result > limits.max) return false;
  state.decimal = remainder;
  return finalize(state, negative, limits);
}

/** IntegerDecimalCastOperation::Finalize: rounds away from zero when the first decimal is 5 or more. */
function finalize(state: State, negative: boolean, limits: Limits): boolean {
  while (state.decimal > 10n) {
    state.decimal = trunc(state.decimal, 10n);
    state.decimalDigits = (state.decimalDigits - 1) & 0xffff;
  }
  if (state.decimalDigits === 1 && state.decimal >= 5n) {
    state.result += negative ? -1n : 1n;
    if (state.result < limits.min || state.result > limits.max) return false;
  }
  return true;
}

/** C++ integer division, which truncates toward zero (as BigInt's does). */
function trunc(a: bigint, b: bigint): bigint {
  return a / b;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}

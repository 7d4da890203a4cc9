const MAX_PRECISE = 2n ** 53n;

/**
 * A DECIMAL's unscaled integer as a double, bit for bit as Arrow C++'s Decimal128::ToDouble
 * (which duckdb-wasm's castDecimalToDouble goes through): below 2^53 the integer times the
 * double 1e-scale, above it whole and fraction apart. DuckDB's own cast divides instead.
 *
 * @example decimalToDouble(522044n, 2) // => 5220.4400000000005 (DuckDB's cast: 5220.44)
 */
export function decimalToDouble(value: number | bigint, scale: number): number {
  const power = Number(`1e-${scale}`);
  if (typeof value === "number") return value * power;
  if (value < 0n) return -decimalToDouble(-value, scale);
  if (scale <= 0 || value <= MAX_PRECISE) return toDouble(value) * power;
  const unit = 10n ** BigInt(scale);
  return toDouble(value / unit) + toDouble(value % unit) * power;
}

// As Arrow converts the two 64-bit halves: high · 2^64 + low, each rounded to a double.
function toDouble(value: bigint): number {
  return Number(value >> 64n) * 18446744073709551616 + Number(value & 0xffffffffffffffffn);
}

import {fnvByte, fnvWord, type Hash64} from "./hash64.js";

/** Tags that start every value's byte encoding, so 1, "1" and a timestamp of 1 µs differ. */
export const tag = {null: 0, int: 1, float: 2, timestamp: 3, string: 4, bool: 5, bignum: 6, bytes: 7, other: 8} as const;

const floatScratch = new Float64Array(1);
const floatWords = new Uint32Array(floatScratch.buffer);
const two32 = 4294967296;
const two63 = 9223372036854775808;

/**
 * Feeds a number into an FNV state in its canonical form: an integral value (whether it
 * came as Int32, Int64 or Float64, and -0 included) as tag int + a little-endian int64;
 * any other value as tag float + its IEEE-754 bits, with every NaN made one NaN.
 * So 3, 3n and 3.0 hash alike: CSV round trips turn DOUBLE 3.0 into BIGINT 3.
 *
 * @example
 * const a = fnvStart(), b = fnvStart();
 * feedNumber(a, 3);
 * feedNumber(b, 3.5);
 * [hex64(a), hex64(b)] // => ["af8a81f7b0c3120f", "0cb0a4f54da3dcb9"]
 */
export function feedNumber(h: Hash64, v: number): void {
  if (Number.isInteger(v) && v >= -two63 && v < two63) {
    const hi = Math.floor(v / two32);
    fnvByte(h, tag.int);
    fnvWord(h, (v - hi * two32) >>> 0);
    fnvWord(h, hi >>> 0);
  } else {
    floatScratch[0] = Number.isNaN(v) ? NaN : v;
    fnvByte(h, tag.float);
    fnvWord(h, Number.isNaN(v) ? 0 : floatWords[0]!);
    fnvWord(h, Number.isNaN(v) ? 0x7ff80000 : floatWords[1]!);
  }
}

/**
 * Feeds an int64 given as its two 32-bit halves (two's complement), as `feedNumber` does
 * an integral number.
 *
 * @example
 * const h = fnvStart();
 * feedInt64(h, -1, -1); // -1
 * hex64(h) // => "685cd83ad34b3424"
 */
export function feedInt64(h: Hash64, lo: number, hi: number): void {
  fnvByte(h, tag.int);
  fnvWord(h, lo >>> 0);
  fnvWord(h, hi >>> 0);
}

/**
 * Feeds a bigint: as an int64 when it fits (so 3n hashes as 3), else as its decimal
 * digits (tag bignum).
 *
 * @example
 * const h = fnvStart();
 * feedBigInt(h, 3n);
 * hex64(h) // => "af8a81f7b0c3120f"
 */
export function feedBigInt(h: Hash64, v: bigint): void {
  if (v >= -(2n ** 63n) && v < 2n ** 63n) {
    feedInt64(h, Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn));
  } else {
    fnvByte(h, tag.bignum);
    for (const c of v.toString()) fnvByte(h, c.charCodeAt(0));
  }
}

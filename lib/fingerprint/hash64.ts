// 64-bit hashing with 32-bit halves (no BigInt on the hot path).
//
// Why FNV-1a-64 + a murmur3 finalizer: FNV-1a is byte-defined, tiny and has published
// test vectors, so any engine (or a SQL twin) can reproduce it; but its low bits mix
// poorly, and the fingerprint *adds* hashes (a multiset hash), so every value hash is
// passed through murmur3's fmix64, whose avalanche makes sums of hashes behave.
// xxHash64 would be faster on long strings but needs 64-bit multiplies on every
// 8-byte lane; our values are short (ids, numbers, timestamps), where the two are close.

/** A 64-bit state as two unsigned 32-bit halves; mutable on purpose (no allocation per byte). */
export interface Hash64 {
  hi: number;
  lo: number;
}

const offsetHi = 0xcbf29ce4;
const offsetLo = 0x84222325;

/**
 * A fresh FNV-1a-64 state (the offset basis 0xcbf29ce484222325).
 *
 * @example hex64(fnvStart()) // => "cbf29ce484222325"
 */
export function fnvStart(): Hash64 {
  return {hi: offsetHi, lo: offsetLo};
}

/**
 * Resets a state to the FNV-1a-64 offset basis.
 *
 * @example hex64(fnvReset({hi: 1, lo: 2})) // => "cbf29ce484222325"
 */
export function fnvReset(h: Hash64): Hash64 {
  h.hi = offsetHi;
  h.lo = offsetLo;
  return h;
}

/**
 * One FNV-1a-64 step: xor the byte in, multiply by the prime 0x100000001b3 = 2^40 + 435.
 *
 * @example
 * const h = fnvStart();
 * fnvByte(h, 0x61); // "a"
 * hex64(h) // => "af63dc4c8601ec8c"
 */
export function fnvByte(h: Hash64, byte: number): void {
  const lo = (h.lo ^ (byte & 0xff)) >>> 0;
  const lo435 = lo * 435; // < 2^41: exact in a double
  h.lo = lo435 >>> 0;
  h.hi = (Math.imul(h.hi, 435) + Math.floor(lo435 / 4294967296) + (lo << 8)) >>> 0;
}

/**
 * Feeds an unsigned 32-bit word as 4 little-endian bytes: 0x64636261 hashes as "abcd".
 *
 * @example
 * const h = fnvStart();
 * fnvWord(h, 0x64636261);
 * hex64(h) === fnv1a64(new TextEncoder().encode("abcd")) // => true
 */
export function fnvWord(h: Hash64, word: number): void {
  fnvByte(h, word);
  fnvByte(h, word >>> 8);
  fnvByte(h, word >>> 16);
  fnvByte(h, word >>> 24);
}

/**
 * Feeds bytes[start, end).
 *
 * @example
 * const h = fnvStart();
 * fnvBytes(h, new TextEncoder().encode("abcd"));
 * hex64(h) // => "fc179f83ee0724dd"
 */
export function fnvBytes(h: Hash64, bytes: Uint8Array, start = 0, end = bytes.length): void {
  for (let i = start; i < end; ++i) fnvByte(h, bytes[i]!);
}

/** The high 32 bits of the 64-bit product of two unsigned 32-bit numbers. */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const mid = a1 * b0 + a0 * b1; // < 2^33
  return (a1 * b1 + Math.floor((mid * 65536 + a0 * b0) / 4294967296)) >>> 0;
}

/**
 * h = h * (bhi·2^32 + blo) mod 2^64.
 *
 * @example
 * const h = {hi: 0, lo: 0xffffffff};
 * mul64(h, 0, 2);
 * h // => {hi: 1, lo: 4294967294}
 */
export function mul64(h: Hash64, bhi: number, blo: number): void {
  const hi = (mulHigh32(h.lo, blo) + Math.imul(h.hi, blo) + Math.imul(h.lo, bhi)) >>> 0;
  h.lo = Math.imul(h.lo, blo) >>> 0;
  h.hi = hi;
}

/**
 * Mixes a finished 64-bit hash x into h in order: h = (h xor x) · 0x9e3779b97f4a7c15
 * mod 2^64 (an odd constant, so each step is a bijection). Cheaper than feeding x's 8
 * bytes through FNV; used to chain column hashes into a row hash and rows in order.
 *
 * @example
 * const h = {hi: 0, lo: 0};
 * mixIn(h, {hi: 0, lo: 1});
 * hex64(h) // => "9e3779b97f4a7c15"
 */
export function mixIn(h: Hash64, x: Hash64): void {
  h.hi = (h.hi ^ x.hi) >>> 0;
  h.lo = (h.lo ^ x.lo) >>> 0;
  mul64(h, 0x9e3779b9, 0x7f4a7c15);
}

/** h ^= h >>> 33 (64-bit). */
function xorShift33(h: Hash64): void {
  h.lo = (h.lo ^ (h.hi >>> 1)) >>> 0;
}

/**
 * murmur3's fmix64 finalizer, in place: full avalanche of all 64 bits (0 stays 0).
 *
 * @example
 * const h = {hi: 0, lo: 1};
 * fmix64(h);
 * hex64(h) // => "b456bcfc34c2cb2c"
 */
export function fmix64(h: Hash64): void {
  xorShift33(h);
  mul64(h, 0xff51afd7, 0xed558ccd);
  xorShift33(h);
  mul64(h, 0xc4ceb9fe, 0x1a85ec53);
  xorShift33(h);
}

/**
 * 16 lowercase hex digits, high half first.
 *
 * @example hex64({hi: 255, lo: 1}) // => "000000ff00000001"
 */
export function hex64(h: Hash64): string {
  return h.hi.toString(16).padStart(8, "0") + h.lo.toString(16).padStart(8, "0");
}

/**
 * FNV-1a-64 of bytes, as 16 hex digits (no finalizer): the published function.
 *
 * @example fnv1a64(new TextEncoder().encode("a")) // => "af63dc4c8601ec8c"
 * @example fnv1a64(new Uint8Array(0)) // => "cbf29ce484222325"
 */
export function fnv1a64(bytes: Uint8Array): string {
  const h = fnvStart();
  fnvBytes(h, bytes);
  return hex64(h);
}

import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fmix64, fnv1a64, fnvStart, fnvWord, hex64, mul64} from "../../../lib/fingerprint/hash64.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const mask = (1n << 64n) - 1n;
const big = (hi: number, lo: number) => (BigInt(hi) << 32n) | BigInt(lo);
const u32 = fc.integer({min: 0, max: 0xffffffff});

function fnvReference(bytes: Uint8Array): bigint {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & mask;
  return h;
}

function fmixReference(k: bigint): bigint {
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & mask;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & mask;
  return k ^ (k >> 33n);
}

describe("hash64", () => {
  it("fnv1a64(bytes) matches the published FNV-1a-64 test vectors", () => {
    expect(fnv1a64(new Uint8Array(0))).toBe("cbf29ce484222325");
    expect(fnv1a64(utf8("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(utf8("foobar"))).toBe("85944171f73967e8");
  });

  it("fnv1a64(bytes) equals a BigInt reference on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 40}), (bytes) => {
        expect(BigInt("0x" + fnv1a64(bytes))).toBe(fnvReference(bytes));
      }),
    );
  });

  it("mul64(h, b) is the product mod 2^64", () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ahi, alo, bhi, blo) => {
        const h = {hi: ahi, lo: alo};
        mul64(h, bhi, blo);
        expect(big(h.hi, h.lo)).toBe((big(ahi, alo) * big(bhi, blo)) & mask);
      }),
    );
  });

  it("fmix64(h) is murmur3's finalizer", () => {
    fc.assert(
      fc.property(u32, u32, (hi, lo) => {
        const h = {hi, lo};
        fmix64(h);
        expect(big(h.hi, h.lo)).toBe(fmixReference(big(hi, lo)));
      }),
    );
  });

  it("fnvWord(h, w) feeds the word as 4 little-endian bytes", () => {
    const h = fnvStart();
    fnvWord(h, 0x64636261); // "abcd"
    expect(hex64(h)).toBe(fnv1a64(utf8("abcd")));
  });
});

import bindings from "@duckdb/node-bindings";
import type {Vector as RawVector} from "@duckdb/node-bindings";

/**
 * Builds an Arrow bitmap (bit i of byte i>>3, least significant first) chunk by chunk.
 * DuckDB's validity masks are little-endian uint64 words with the same bit order, so
 * chunks that start on a byte boundary are copied byte for byte.
 */
export class ValidityBuilder {
  private bits = new Uint8Array(256);
  length = 0;
  private nulls = 0;

  /** Appends the validity of `count` rows of a DuckDB vector (no mask: all valid). */
  append(vector: RawVector, count: number): void {
    const mask = bindings.vector_get_validity(vector, Math.ceil(count / 64) * 8);
    this.appendBits(mask, count);
  }

  /** Appends `count` one-byte booleans (DuckDB's BOOLEAN storage) as bits. */
  appendBytes(bytes: Uint8Array, count: number): void {
    this.reserve(count);
    for (let i = 0; i < count; i++) this.set(this.length + i, bytes[i] !== 0);
    this.length += count;
  }

  /** The bitmap built so far, trimmed to its length. */
  bitmap(): Uint8Array {
    return this.bits.slice(0, Math.ceil(this.length / 8));
  }

  /** Arrow's validity props: no bitmap when nothing is null. */
  finish(): {nullCount: number; nullBitmap?: Uint8Array} {
    return this.nulls === 0 ? {nullCount: 0} : {nullCount: this.nulls, nullBitmap: this.bitmap()};
  }

  private appendBits(mask: Uint8Array | null, count: number): void {
    this.reserve(count);
    const start = this.length;
    if (start % 8 === 0) {
      const bytes = Math.ceil(count / 8);
      if (mask) this.bits.set(mask.subarray(0, bytes), start >> 3);
      else this.bits.fill(0xff, start >> 3, (start >> 3) + bytes);
    } else {
      for (let i = 0; i < count; i++) this.set(start + i, !mask || ((mask[i >> 3]! >> (i & 7)) & 1) === 1);
    }
    if (mask) {
      for (let i = 0; i < count; i++) if (((mask[i >> 3]! >> (i & 7)) & 1) === 0) this.nulls++;
    }
    this.length += count;
  }

  private set(index: number, on: boolean): void {
    if (on) this.bits[index >> 3]! |= 1 << (index & 7);
    else this.bits[index >> 3]! &= ~(1 << (index & 7));
  }

  private reserve(count: number): void {
    const needed = Math.ceil((this.length + count) / 8) + 8;
    if (needed <= this.bits.length) return;
    const next = new Uint8Array(Math.max(this.bits.length * 2, needed));
    next.set(this.bits);
    this.bits = next;
  }
}

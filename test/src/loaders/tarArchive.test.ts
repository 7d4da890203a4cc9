import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {tarArchive, tarMembers} from "../../../src/loaders/index.js";

const text = (s: string) => new TextEncoder().encode(s);
const field = (bytes: Uint8Array, offset: number, length: number) => new TextDecoder().decode(bytes.subarray(offset, offset + length)).replace(/\0.*$/s, "");

describe("tarArchive", () => {
  it("tarArchive writes a ustar header, the data padded to 512 bytes, and two zero blocks", () => {
    const archive = tarArchive({"a.txt": text("hi")});
    expect(archive.byteLength).toBe(2048);
    expect(field(archive, 0, 100)).toBe("a.txt");
    expect(field(archive, 124, 12)).toBe("00000000002"); // size in octal
    expect(field(archive, 257, 6)).toBe("ustar");
    expect(new TextDecoder().decode(archive.subarray(512, 514))).toBe("hi");
    expect(archive.subarray(1024).every((b) => b === 0)).toBe(true);
  });
  it("tarArchive's header checksum is the sum of the header's bytes with the checksum field as spaces (POSIX)", () => {
    const header = tarArchive({"labels.arrow": new Uint8Array(700).fill(7)}).slice(0, 512);
    const stored = parseInt(field(header, 148, 8).trim(), 8);
    header.fill(0x20, 148, 156);
    expect(stored).toBe(header.reduce((sum, b) => sum + b, 0));
  });
  it("tarArchive gives the same bytes for the same files", () => {
    const files = {"x.arrow": Uint8Array.from([1, 2, 3]), "y.arrow": new Uint8Array(513)};
    expect(tarArchive(files)).toEqual(tarArchive(files));
  });
  it("tarArchive refuses a name longer than 100 bytes or not printable ASCII", () => {
    expect(() => tarArchive({["a".repeat(101)]: new Uint8Array(1)})).toThrow(/^tarArchive requires names of 1 to 100 printable ASCII characters/);
    expect(() => tarArchive({"é.arrow": new Uint8Array(1)})).toThrow(RangeError);
    expect(() => tarArchive({"": new Uint8Array(1)})).toThrow(RangeError);
  });
});

describe("tarMembers", () => {
  it("tarMembers(tarArchive(files)) gives the files back, in order, whatever their sizes", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_.]{0,30}$/);
    fc.assert(fc.property(fc.dictionary(name, fc.uint8Array({maxLength: 1500})), (files) => {
      const back = tarMembers(tarArchive(files));
      expect(Object.keys(back)).toEqual(Object.keys(files));
      for (const [k, v] of Object.entries(files)) expect(back[k]).toEqual(v);
    }), {numRuns: 60});
  });
  it("tarMembers of an archive cut short is a RangeError", () => {
    const archive = tarArchive({"a.bin": new Uint8Array(2000)});
    expect(() => tarMembers(archive.subarray(0, 1000))).toThrow(/^tarMembers requires a whole ustar archive; member "a.bin" is cut short$/);
  });
});

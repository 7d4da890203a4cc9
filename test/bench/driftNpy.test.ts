import {describe, expect, it} from "vitest";
import {npyBytes} from "../../bench/driftNpy.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("npyBytes", () => {
  it("npyBytes(Float64Array [1.5, NaN]) is byte for byte numpy.save's file", () => {
    // python3 -c "import numpy as np, io; b = io.BytesIO(); np.save(b, np.array([1.5, np.nan])); print(b.getvalue().hex())"  (numpy 2.4.6)
    const numpy = "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000f83f000000000000f87f";
    expect(hex(npyBytes(Float64Array.of(1.5, NaN)))).toBe(numpy);
  });
  it("npyBytes writes int32 as <i4 and int8 as |i1, header padded to 128 bytes", () => {
    // python3 -c "import numpy as np, io; b = io.BytesIO(); np.save(b, np.array([7], dtype='<i4')); print(b.getvalue()[:128])"
    const header = "\x93NUMPY\x01\x00v\x00{'descr': '<i4', 'fortran_order': False, 'shape': (1,), }" + " ".repeat(60) + "\n";
    const bytes = npyBytes(Int32Array.of(7));
    expect(Buffer.from(bytes.subarray(0, 128)).toString("latin1")).toBe(header);
    expect(hex(bytes.subarray(128))).toBe("07000000");
    // python3 -c "import numpy as np, io; b = io.BytesIO(); np.save(b, np.array([-1, 3], dtype=np.int8)); v = b.getvalue(); print(v[:60], len(v), v[-2:].hex())"
    const int8 = npyBytes(Int8Array.of(-1, 3));
    expect(int8.length).toBe(130);
    expect(new TextDecoder().decode(int8.subarray(10, 58))).toBe("{'descr': '|i1', 'fortran_order': False, 'shape'");
    expect(hex(int8.subarray(128))).toBe("ff03");
  });
  it("npyBytes keeps the data 64-byte aligned whatever the length's digits", () => {
    for (const n of [0, 7, 12, 999, 123_456, 1_000_000]) {
      const bytes = npyBytes(new Int8Array(n));
      expect((bytes.length - n) % 64).toBe(0);
      expect(bytes[bytes.length - n - 1]).toBe(0x0a); // the header ends in a newline
      expect(new TextDecoder().decode(bytes.subarray(10, bytes.length - n))).toContain(`'shape': (${n},), }`);
    }
  });
  it("npyBytes writes a subarray's own bytes, not its buffer's", () => {
    const whole = Float64Array.of(1, 2, 3, 4);
    expect(hex(npyBytes(whole.subarray(2)).subarray(128))).toBe(hex(new Uint8Array(Float64Array.of(3, 4).buffer)));
  });
});

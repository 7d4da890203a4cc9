/** The typed arrays `npyBytes` writes, with numpy's dtype for each. */
export type NpyArray = Float64Array | Int32Array | Int8Array;

/**
 * A one-dimensional typed array as the bytes of a `.npy` file (format 1.0, little-endian,
 * C order), byte for byte what `numpy.save` writes for the same array: the header dict in
 * numpy's key order, padded with spaces (21 − digits of the length, numpy's room to grow
 * the shape) and then to a multiple of 64 bytes, ending in a newline.
 *
 * @example new TextDecoder().decode(npyBytes(Float64Array.of(1.5, NaN)).subarray(10, 60)) // => "{'descr': '<f8', 'fortran_order': False, 'shape': ("
 */
export function npyBytes(values: NpyArray): Uint8Array {
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) throw new Error("npyBytes requires a little-endian machine, got a big-endian one");
  const descr = values instanceof Float64Array ? "<f8" : values instanceof Int32Array ? "<i4" : "|i1";
  const length = String(values.length);
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${length},), }`;
  header += " ".repeat(21 - length.length);
  const padding = 64 - ((10 + header.length + 1) % 64);
  header += `${" ".repeat(padding)}\n`;
  const out = new Uint8Array(10 + header.length + values.byteLength);
  out.set([0x93, ...new TextEncoder().encode("NUMPY"), 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), 10 + header.length);
  return out;
}

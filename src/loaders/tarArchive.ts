/**
 * A POSIX (ustar) tar archive of `files` (name → bytes), in the order given, with fixed
 * mode and a zero mtime so that the same files give the same bytes. Observable Framework
 * unpacks a loader's `.tar` output: a page asks for `data/x/labels.arrow` and gets that
 * member of the archive `data/x.tar` (one loader run for several files). Names are at
 * most 100 bytes of ASCII.
 *
 * @example
 * tarArchive({"a.txt": new TextEncoder().encode("hi")}).byteLength // => 2048 (header, data block, two end blocks)
 */
export function tarArchive(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^[\x21-\x7e][\x20-\x7e]{0,99}$/.test(name)) throw new RangeError(`tarArchive requires names of 1 to 100 printable ASCII characters; got ${JSON.stringify(name)}`);
    blocks.push(header(name, bytes.byteLength), bytes, new Uint8Array((BLOCK - (bytes.byteLength % BLOCK)) % BLOCK));
  }
  blocks.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of blocks) out.set(b, at), (at += b.byteLength);
  return out;
}

/**
 * The regular files of a ustar archive as name → bytes (what tarArchive wrote; tests and
 * anyone checking a loader's archive read it back with this).
 *
 * @example
 * Object.keys(tarMembers(tarArchive({"a.txt": new Uint8Array(3)}))) // => ["a.txt"]
 */
export function tarMembers(archive: Uint8Array): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (let at = 0; at + BLOCK <= archive.byteLength; ) {
    const h = archive.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    const name = text(h, 0, 100);
    const size = parseInt(text(h, 124, 12).trim() || "0", 8);
    if (!Number.isInteger(size) || at + BLOCK + size > archive.byteLength) throw new RangeError(`tarMembers requires a whole ustar archive; member ${JSON.stringify(name)} is cut short`);
    if (h[156] === 0x30 || h[156] === 0) files[name] = archive.slice(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}

const BLOCK = 512;

function header(name: string, size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const put = (value: string, offset: number) => h.set(new TextEncoder().encode(value), offset);
  put(name, 0);
  put("0000644\0", 100); // mode
  put("0000000\0", 108); // uid
  put("0000000\0", 116); // gid
  put(`${size.toString(8).padStart(11, "0")}\0`, 124);
  put("00000000000\0", 136); // mtime: 0, for reproducible bytes
  put("        ", 148); // the checksum counts its own field as spaces
  put("0", 156); // a regular file
  put("ustar\0" + "00", 257);
  put(`${h.reduce((sum, b) => sum + b, 0).toString(8).padStart(6, "0")}\0 `, 148);
  return h;
}

function text(bytes: Uint8Array, offset: number, length: number): string {
  const field = bytes.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
}

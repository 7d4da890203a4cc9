// What is wrong with a file the reader picked, in one line they can act on. No DOM here:
// fileChecker.js asks these before and after DuckDB or hyparquet reads the bytes, so a
// reader sees "line 3 has 4 fields where the header has 3", not a parser's stack of hints.

/** Why `bytes` cannot be a UTF-8 CSV (empty, blank, UTF-16, binary, another encoding), or null. */
export function textProblem(bytes, name) {
  if (bytes.length === 0) return `${name} is empty (0 bytes): there is nothing to check.`;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return `${name} is UTF-16 text; DuckDB reads CSV as UTF-8. Save it as "CSV UTF-8" and pick it again.`;
  }
  const head = bytes.subarray(0, 1 << 16);
  const nul = head.indexOf(0);
  if (nul >= 0) return `${name} is not a text file (byte ${nul + 1} is a NUL byte): a CSV is text, one row per line.`;
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    return `${name} is not UTF-8 text: line ${lineOf(bytes, invalid)} has the byte 0x${bytes[invalid].toString(16).toUpperCase()}, as Latin-1 and Windows-1252 files have. Save it as "CSV UTF-8" and pick it again.`;
  }
  if (!/\S/.test(new TextDecoder().decode(bytes.subarray(0, 1 << 16))) && bytes.length <= 1 << 16) {
    return `${name} has only blank lines: there is nothing to check.`;
  }
  return null;
}

/** The offset of the first byte that breaks UTF-8, or -1; decoded in chunks, scanned byte by byte only when one fails. */
function firstInvalidUtf8(bytes) {
  const chunk = 1 << 20;
  const decoder = new TextDecoder("utf-8", {fatal: true});
  for (let start = 0; start < bytes.length; start += chunk) {
    try {
      decoder.decode(bytes.subarray(start, start + chunk), {stream: start + chunk < bytes.length});
    } catch {
      return scanUtf8(bytes, Math.max(0, start - 4));
    }
  }
  return -1;
}

function scanUtf8(bytes, from) {
  let i = from;
  while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) ++i; // start on a lead byte
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; ++k) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

function lineOf(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; ++i) if (bytes[i] === 10) ++line;
  return line;
}

/**
 * A CSV problem from lib/sql's csvSelect or csvFailure (the reader the CLI uses too) as one
 * line about `name`: a ragged row with its field counts and what to do, anything else in
 * csvSelect's words with the page's internal file name (`virtual`) made the reader's.
 */
export function csvMessage(name, problem, virtual) {
  if (problem.kind === "ragged") {
    const fields = problem.found === undefined ? `does not fit the header (${problem.message})` : `has ${problem.found} fields where the header has ${problem.expected}`;
    return `${name} has a ragged row: line ${problem.line} ${fields}: “${problem.text}”. Every line needs one field per column; quote values that contain the delimiter.`;
  }
  const words = virtual ? problem.message.replaceAll(virtual, name) : problem.message;
  return `${name} could not be read as CSV: ${words}.`;
}

/** hyparquet's or parquetTable's error as one line about `name`. */
export function parquetMessage(error, name, size) {
  const text = String(error?.message ?? error).split("\n")[0];
  const codec = /compressed with .* got ([A-Z0-9_]+) \(column (.*)\)$/.exec(text);
  if (codec) {
    return `${name} is compressed with ${codec[1]}, which this page cannot decode (it reads uncompressed, Snappy, GZIP, ZSTD, Brotli and LZ4 Parquet). Write it again with one of those, e.g. compression="zstd".`;
  }
  if (/too short/.test(text)) return `${name} is not a Parquet file: it has ${size} bytes, fewer than the smallest Parquet file.`;
  if (/footer != PAR1|parquet file invalid/.test(text)) return `${name} is not a Parquet file: it does not end with the "PAR1" marker every Parquet file ends with.`;
  return `${name} looks like Parquet but is damaged or uses a feature hyparquet cannot read: ${text.replace(/^parquetTable requires [^,]*, got /, "")}`;
}

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
 * DuckDB's read_csv error as one line about `name`: the sniffer's long list of tried
 * dialects becomes a sentence, and the page's internal file name (`virtual`) the reader's.
 */
export function csvMessage(error, name, virtual) {
  const text = String(error?.message ?? error).replaceAll(virtual, name);
  if (/not possible to automatically detect the CSV parsing dialect/i.test(text)) {
    return `${name} could not be read as CSV: DuckDB found no delimiter and quoting that split every line into the same number of fields. Is it a CSV?`;
  }
  const line = /CSV Error on Line: (\d+)/.exec(text)?.[1];
  const what = /Expected Number of Columns: \d+ Found: \d+|Invalid unicode[^.]*|Value with unterminated quote[^.]*|[^\n]*Error: [^\n]*/i.exec(text)?.[0];
  return `${name} could not be read as CSV${line ? ` (line ${line})` : ""}: ${(what ?? text.split("\n")[0]).replace(/^[A-Za-z ]*Error: /, "").trim()}`;
}

/** A ragged row found by a strict re-read (reject_errors): "line 3 has 4 fields where the header has 3 (…)". */
export function raggedMessage(name, {line, error_message: message, csv_line: text}) {
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(String(message));
  const shown = String(text ?? "").length > 80 ? `${String(text).slice(0, 80)}…` : String(text ?? "");
  const fields = counts ? `has ${counts[2]} fields where the header has ${counts[1]}` : `does not fit the header (${message})`;
  return `${name} has a ragged row: line ${line} ${fields}: “${shown}”. Every line needs one field per column; quote values that contain the delimiter.`;
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

/**
 * A JDK DateTimeFormatter pattern (ODCS `logicalTypeOptions.format` of a date, timestamp or
 * time) as a DuckDB strptime format, or undefined when it uses a letter fslab does not
 * translate (then the format is read, not checked). Quoted text and unquoted `T` are literal.
 *
 * @example [strptimeFormat("yyyy-MM-dd"), strptimeFormat("dd/MM/yyyy HH:mm:ss"), strptimeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), strptimeFormat("EEE, d MMM")] // => ["%Y-%m-%d", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%g%z", undefined]
 */
export function strptimeFormat(pattern: string): string | undefined {
  const tokens: Record<string, string> = {
    yyyy: "%Y", uuuu: "%Y", yy: "%y", MM: "%m", dd: "%d", HH: "%H", hh: "%I", mm: "%M", ss: "%S",
    SSSSSS: "%f", SSS: "%g", a: "%p", XXX: "%z", XX: "%z", X: "%z", xxx: "%z", xx: "%z", Z: "%z", ZZZ: "%z",
  };
  let out = "";
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) return undefined;
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end).replaceAll("%", "%%");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c) && c !== "T") {
      let j = i;
      while (pattern[j] === c) ++j;
      const token = tokens[pattern.slice(i, j)];
      if (token === undefined) return undefined;
      out += token;
      i = j;
      continue;
    }
    out += c === "%" ? "%%" : c;
    ++i;
  }
  return out;
}

/**
 * A regular expression for the string `format`s of ODCS (and JSON Schema) that fslab checks:
 * email, uuid, ipv4, ipv6, uri, hostname, date, date-time; undefined for the others
 * (password, byte, binary, ...: read, not checked).
 *
 * @example [stringFormatPattern("uuid") !== undefined, stringFormatPattern("password")] // => [true, undefined]
 */
export function stringFormatPattern(format: string): string | undefined {
  const octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  const patterns: Record<string, string> = {
    email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
    uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    ipv4: `^${octet}(\\.${octet}){3}$`,
    ipv6: "^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(([0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})?::(([0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})?)$",
    uri: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$",
    hostname: "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
    date: "^\\d{4}-\\d{2}-\\d{2}$",
    "date-time": "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})?$",
  };
  return patterns[format.trim().toLowerCase()];
}

/**
 * The range of an ODCS integer `format` (Rust's integer types), as exact doubles: i8…i32
 * and u8…u32 both bounds, the wider ones only the bound a double holds exactly (u64's 0).
 *
 * @example [integerFormatRange("i8"), integerFormatRange("u64"), integerFormatRange("i64"), integerFormatRange("f32")] // => [{min: -128, max: 127}, {min: 0}, {}, undefined]
 */
export function integerFormatRange(format: string): {min?: number; max?: number} | undefined {
  const m = /^([iu])(8|16|32|64|128)$/.exec(format.trim().toLowerCase());
  if (!m) return undefined;
  const bits = Number(m[2]);
  const signed = m[1] === "i";
  if (bits > 32) return signed ? {} : {min: 0};
  return signed ? {min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1} : {min: 0, max: 2 ** bits - 1};
}

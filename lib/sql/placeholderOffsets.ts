/**
 * Offsets of the `?` parameter placeholders in a SQL text, skipping those inside string
 * literals ('…', E'…', $tag$…$tag$), quoted identifiers ("…") and comments (-- and /* *\/).
 *
 * @example placeholderOffsets("select ?, '?', \"?\" -- ?\n, ?") // => [7, 26]
 */
export function placeholderOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "?") {
      offsets.push(i++);
    } else if (c === "'") {
      i = skipQuoted(text, i, "'", isEscapeString(text, i));
    } else if (c === '"') {
      i = skipQuoted(text, i, '"', false);
    } else if (c === "-" && text[i + 1] === "-") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      i = skipBlockComment(text, i);
    } else if (c === "$") {
      i = skipDollarQuoted(text, i);
    } else {
      i++;
    }
  }
  return offsets;
}

function isEscapeString(text: string, quote: number): boolean {
  const prefix = text[quote - 1];
  return (prefix === "e" || prefix === "E") && !/[\p{L}\p{N}_$]/u.test(text[quote - 2] ?? " ");
}

// Returns the offset just past the closing quote; a doubled quote is an escaped quote.
function skipQuoted(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (backslashEscapes && c === "\\") i += 2;
    else if (c === quote && text[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return text.length;
}

function skipBlockComment(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith("/*", i)) (depth++, (i += 2));
    else if (text.startsWith("*/", i)) {
      i += 2;
      if (--depth === 0) return i;
    } else i++;
  }
  return text.length;
}

// `$tag$ … $tag$` (tag empty or an identifier); `$1` and a lone `$` are not quotes.
function skipDollarQuoted(text: string, start: number): number {
  const match = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(start, start + 66));
  if (!match) return start + 1;
  const end = text.indexOf(match[0], start + match[0].length);
  return end < 0 ? text.length : end + match[0].length;
}

/**
 * An error raised by a SQL engine, translated once at the engine boundary: the engine's
 * own message (trimmed) followed by the first line of the SQL that failed. Carries no
 * engine stack, so a CLI or a page can show `error.message` as it is.
 *
 * @example new SqlError("Parser Error: syntax error at end of input", "select 1 +\nfrom t").message
 * // => "Parser Error: syntax error at end of input\nSQL: select 1 +"
 */
export class SqlError extends Error {
  override readonly name = "SqlError";
  /** The engine's message, trimmed, without the SQL line. */
  readonly engineMessage: string;
  /** The full SQL text that failed. */
  readonly sql: string;

  constructor(engineMessage: string, sql: string) {
    const trimmed = dropRepeatedContext(engineMessage.trim());
    super(`${trimmed}\nSQL: ${firstLine(sql)}`);
    this.engineMessage = trimmed;
    this.sql = sql;
  }

  /** Translates whatever an engine threw into a SqlError; an existing SqlError passes through. */
  static from(error: unknown, sql: string): SqlError {
    if (error instanceof SqlError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new SqlError(unwrapJsonMessage(message), sql);
  }
}

// DuckDB's parser errors repeat their "LINE n: …" and caret lines; keep one copy.
function dropRepeatedContext(message: string): string {
  const lines = message.split("\n");
  for (let i = 0; i + 3 < lines.length; i++) {
    if (lines[i]!.startsWith("LINE ") && lines[i] === lines[i + 2] && lines[i + 1] === lines[i + 3]) lines.splice(i + 2, 2);
  }
  return lines.join("\n");
}

function firstLine(sql: string): string {
  const line = sql.split("\n").find((l) => l.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed;
}

// duckdb-wasm reports some errors (e.g. catalog conflicts on Arrow inserts) as a JSON
// object; render them the way DuckDB renders the others: "<Type> Error: <message>".
function unwrapJsonMessage(message: string): string {
  if (!message.trimStart().startsWith("{")) return message;
  try {
    const parsed: unknown = JSON.parse(message);
    if (parsed && typeof parsed === "object" && "exception_message" in parsed) {
      const {exception_type: type, exception_message: text} = parsed as Record<string, unknown>;
      return type ? `${String(type)} Error: ${String(text)}` : String(text);
    }
  } catch {
    // not JSON after all: keep the message as it is
  }
  return message;
}

import {describe, expect, it} from "vitest";
import {SqlError} from "../../../lib/sql/index.js";

describe("SqlError", () => {
  it("has the engine's trimmed message followed by the first line of the SQL", () => {
    const error = new SqlError("  Parser Error: syntax error at end of input \n", "\n  select 1 +\nfrom t");
    expect(error.message).toBe("Parser Error: syntax error at end of input\nSQL: select 1 +");
    expect(error.engineMessage).toBe("Parser Error: syntax error at end of input");
    expect(error.sql).toBe("\n  select 1 +\nfrom t");
    expect(error.name).toBe("SqlError");
  });
  it("from(error, sql) keeps an engine Error's message, not its stack", () => {
    const error = SqlError.from(new Error("Catalog Error: Table with name t does not exist!"), "select * from t");
    expect(error.message).toBe("Catalog Error: Table with name t does not exist!\nSQL: select * from t");
  });
  it("from(error, sql) renders duckdb-wasm's JSON-shaped errors like the others", () => {
    const json = JSON.stringify({exception_type: "Catalog", exception_message: 'Table with name "t" already exists!'});
    expect(SqlError.from(new Error(json), "x").engineMessage).toBe('Catalog Error: Table with name "t" already exists!');
  });
  it("from(error, sql) passes a SqlError through and stringifies non-errors", () => {
    const error = new SqlError("a", "b");
    expect(SqlError.from(error, "c")).toBe(error);
    expect(SqlError.from("boom", "select 1").engineMessage).toBe("boom");
  });
  it("keeps one copy of DuckDB's repeated LINE/caret context", () => {
    const context = 'LINE 1: select 1 as from\n                    ^';
    expect(new SqlError(`Parser Error: syntax error at or near "from"\n${context}\n${context}`, "select 1 as from").engineMessage).toBe(
      `Parser Error: syntax error at or near "from"\n${context}`,
    );
  });
  it("shortens a very long first line", () => {
    expect(new SqlError("e", "x".repeat(500)).message.length).toBeLessThan(220);
  });
});

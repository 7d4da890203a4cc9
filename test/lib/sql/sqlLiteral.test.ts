import {describe, expect, it} from "vitest";
import {sqlLiteral} from "../../../lib/sql/index.js";

describe("sqlLiteral(value)", () => {
  it("sqlLiteral quotes strings with quotes doubled and writes NULL, numbers, bigints and booleans as SQL", () => {
    expect([sqlLiteral("it's"), sqlLiteral(null), sqlLiteral(2.5), sqlLiteral(5n), sqlLiteral(true)]).toEqual(["'it''s'", "NULL", "2.5", "5", "true"]);
  });
  it("sqlLiteral writes a Date as a UTC TIMESTAMP literal", () => {
    expect(sqlLiteral(new Date(Date.UTC(2026, 0, 1)))).toBe("TIMESTAMP '2026-01-01 00:00:00.000'");
  });
});

import * as arrow from "apache-arrow";
import {describe, expect, it} from "vitest";
import {duckdbType} from "../../../lib/sql/index.js";

describe("duckdbType(arrowType)", () => {
  it("maps Arrow types to the DuckDB types an Arrow scan creates", () => {
    expect(duckdbType(new arrow.Int32())).toBe("INTEGER");
    expect(duckdbType(new arrow.Uint8())).toBe("UTINYINT");
    expect(duckdbType(new arrow.Int64())).toBe("BIGINT");
    expect(duckdbType(new arrow.Float32())).toBe("FLOAT");
    expect(duckdbType(new arrow.Float64())).toBe("DOUBLE");
    expect(duckdbType(new arrow.Utf8())).toBe("VARCHAR");
    expect(duckdbType(new arrow.Bool())).toBe("BOOLEAN");
    expect(duckdbType(new arrow.DateDay())).toBe("DATE");
    expect(duckdbType(new arrow.DateMillisecond())).toBe("DATE");
    expect(duckdbType(new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()))).toBe("VARCHAR");
    expect(duckdbType(new arrow.List(new arrow.Field("l", new arrow.Int32())))).toBe("INTEGER[]");
  });
  it("keeps the timestamp unit and maps a zone to TIMESTAMPTZ", () => {
    expect(duckdbType(new arrow.TimestampMillisecond())).toBe("TIMESTAMP_MS");
    expect(duckdbType(new arrow.TimestampMicrosecond())).toBe("TIMESTAMP");
    expect(duckdbType(new arrow.TimestampSecond())).toBe("TIMESTAMP_S");
    expect(duckdbType(new arrow.TimestampNanosecond())).toBe("TIMESTAMP_NS");
    expect(duckdbType(new arrow.TimestampMillisecond("UTC"))).toBe("TIMESTAMPTZ");
  });
  it("throws naming the function for types the engines do not load alike", () => {
    expect(() => duckdbType(new arrow.Float16())).toThrow(/duckdbType requires .* got Float16/);
    expect(() => duckdbType(new arrow.Decimal(2, 10, 128))).toThrow(/duckdbType requires/);
  });
});

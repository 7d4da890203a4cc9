import {tableToIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {generateWorld, worldTables} from "../../../lib/synth/index.js";
import {tinySize} from "./worldFixture.js";

const bytes = (world: ReturnType<typeof generateWorld>) => Object.fromEntries(Object.entries(world).map(([name, t]) => [name, tableToIPC(t, "file")]));

describe("generateWorld", () => {
  it("generateWorld({seed}) gives byte-identical Arrow IPC for the same seed", () => {
    const a = bytes(generateWorld({seed: 7, size: tinySize}));
    const b = bytes(generateWorld({seed: 7, size: tinySize}));
    expect(Object.keys(a)).toEqual([...worldTables]);
    for (const name of worldTables) expect(Buffer.compare(a[name]!, b[name]!), name).toBe(0);
  });
  it("generateWorld gives different tables for a different seed", () => {
    const a = bytes(generateWorld({seed: 7, size: tinySize}));
    const b = bytes(generateWorld({seed: 8, size: tinySize}));
    for (const name of worldTables) expect(Buffer.compare(a[name]!, b[name]!), name).not.toBe(0);
  });
  it("generateWorld({tables}) builds only those, equal to the full world's", () => {
    const some = generateWorld({seed: 7, size: tinySize, tables: ["labels"]});
    expect(Object.keys(some)).toEqual(["labels"]);
    expect(Buffer.compare(tableToIPC(some.labels, "file"), tableToIPC(generateWorld({seed: 7, size: tinySize}).labels, "file"))).toBe(0);
  });
  it("generateWorld uses the brief's column names and Arrow types", () => {
    const world = generateWorld({seed: 1, size: {...tinySize, transactions: 2_000}});
    const schema = (name: keyof typeof world) => world[name].schema.fields.map((f) => `${f.name}:${f.type}`).join(" ");
    const ts = "Timestamp<MILLISECOND>";
    expect(schema("transactions")).toBe(`txn_id:Int32 customer_id:Int32 merchant_id:Int32 merchant_category:Utf8 channel:Utf8 amount:Float64 event_timestamp:${ts} created_timestamp:${ts} is_correction:Bool`);
    expect(schema("txn_stats")).toBe(`customer_id:Int32 event_timestamp:${ts} created_timestamp:${ts} amount_sum_7d:Float64 txn_count_7d:Int32 amount_mean_30d:Float64 txn_count_30d:Int32`);
    expect(schema("customer_profile")).toBe(`customer_id:Int32 segment:Utf8 region:Utf8 credit_limit:Float64 event_timestamp:${ts} created_timestamp:${ts}`);
    expect(schema("labels")).toBe(`txn_id:Int32 customer_id:Int32 event_timestamp:${ts} label_timestamp:${ts} is_fraud:Bool`);
    expect(schema("customer_risk")).toBe(`customer_id:Int32 event_timestamp:${ts} created_timestamp:${ts} chargeback_count:Int32`);
    expect(schema("serving_latency")).toBe(`request_id:Int32 request_timestamp:${ts} feature_view:Utf8 latency_ms:Float64`);
    expect(schema("drift_current")).toBe("amount:Float64 merchant_category:Utf8 channel:Utf8 txn_count_7d:Int32 customer_tenure_days:Int32");
    expect(schema("model_daily")).toBe(`day:${ts} model:Utf8 requests:Int32 auc:Float64 precision:Float64 p95_latency_ms:Float64 error_rate:Float64`);
  });
  it("generateWorld rejects an unknown scale, table or a fractional day count", () => {
    expect(() => generateWorld({scale: "huge" as never})).toThrow(/worldSize requires a scale of small\|medium\|large; got "huge"/);
    expect(() => generateWorld({tables: ["nope" as never]})).toThrow(/tables among .*; got "nope"/);
    expect(() => generateWorld({days: 1.5})).toThrow(/days to be a whole number ≥ 1; got 1.5/);
  });
});

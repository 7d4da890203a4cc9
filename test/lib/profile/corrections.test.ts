import {describe, expect, it} from "vitest";
import {corrections, correctionsSql} from "../../../lib/profile/index.js";
import {camel, engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events} from "./fixture.js";

describe("corrections", () => {
  it("corrections(keys) counts keys stated more than once and the extra rows", () => {
    expect(corrections([1, 2, 2, 3, 3, 3])).toEqual({rows: 6, keys: 3, correctedKeys: 2, extraRows: 3, correctedShare: 2 / 3});
  });
  it("corrections leaves null keys out of keys but counts their rows", () => {
    expect(corrections([null, null, 1])).toEqual({rows: 3, keys: 1, correctedKeys: 0, extraRows: 2, correctedShare: 0});
    expect(corrections([])).toEqual({rows: 0, keys: 0, correctedKeys: 0, extraRows: 0, correctedShare: 0});
  });
});

describe.each(engineFactories)("correctionsSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events), keys: arrowTable({k: ["text", ["a", null, "a", "b", null, "a"]]}), empty: arrowTable({k: ["int", []]})});

  it("matches corrections on the events' txn_id", async () => {
    const [row] = camel(await rowsOf(engine(), correctionsSql("events", "txn_id")));
    expect(row).toEqual(corrections(events.txn_id[1]));
    expect(row).toMatchObject({correctedKeys: 1, extraRows: 1});
  });
  it("matches corrections with null keys and on an empty table", async () => {
    expect(camel(await rowsOf(engine(), correctionsSql("keys", "k")))).toEqual([corrections(["a", null, "a", "b", null, "a"])]);
    expect(camel(await rowsOf(engine(), correctionsSql("empty", "k")))).toEqual([corrections([])]);
  });
});

import {describe, expect, it} from "vitest";
import {viewFreshness, viewFreshnessSql} from "../../../lib/catalog/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {worldFeatureRepository} from "../../../lib/synth/index.js";
import {repositoryYaml} from "../../../src/cli/commands/generate.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {tinyWorld} from "../synth/worldFixture.js";

const views = parseFeatureRepository(repositoryYaml(worldFeatureRepository((t) => t), "")).featureViews;
const world = tinyWorld();
const tables = {customer_profile: world.customer_profile, txn_stats: world.txn_stats, customer_risk: world.customer_risk};

describe("viewFreshness", () => {
  it("viewFreshness(columns, view) counts rows and finds the newest event and arrival, skipping nulls", () => {
    const view = {...views[0]!, timestampField: "t", createdTimestampField: "c"};
    expect(viewFreshness({t: [3, null, 7, NaN], c: [new Date(10), null, new Date(4), null]}, view)).toEqual({view: "customer_profile", rows: 4, latestEventMs: 7, latestCreatedMs: 10});
    expect(viewFreshness({t: []}, {...view, createdTimestampField: undefined})).toEqual({view: "customer_profile", rows: 0, latestEventMs: null, latestCreatedMs: null});
  });
  it("viewFreshness without the timestamp column throws, naming it", () => {
    expect(() => viewFreshness({x: []}, views[0]!)).toThrow('viewFreshness requires the timestamp column "event_timestamp" of view "customer_profile", got columns x');
  });
});

describe.each(engineFactories)("viewFreshnessSql on %s", (_, create) => {
  const engine = useEngine(create, tables);
  it("viewFreshnessSql(views) agrees with viewFreshness on every view of the tiny world", async () => {
    const rows = await rowsOf(engine(), viewFreshnessSql(views));
    const expected = views.map((view) => viewFreshness(tableColumns(tables[view.name as keyof typeof tables]), view));
    expect(rows).toEqual(expected.map((e) => ({view: e.view, rows: e.rows, latest_event_ms: e.latestEventMs, latest_created_ms: e.latestCreatedMs})));
  });
});

describe.each(engineFactories)("viewFreshnessSql({asOfMs}) on %s", (_, create) => {
  const engine = useEngine(create, tables);
  it("viewFreshnessSql(views, {asOfMs}) counts only rows stamped and arrived by then, like viewFreshness", async () => {
    const asOfMs = Date.UTC(2026, 1, 10, 13, 7);
    const rows = await rowsOf(engine(), viewFreshnessSql(views, {asOfMs}));
    const expected = views.map((view) => viewFreshness(tableColumns(tables[view.name as keyof typeof tables]), view, {asOfMs}));
    expect(rows).toEqual(expected.map((e) => ({view: e.view, rows: e.rows, latest_event_ms: e.latestEventMs, latest_created_ms: e.latestCreatedMs})));
    expect(expected.every((e, i) => e.rows < tables[views[i]!.name as keyof typeof tables].numRows && e.latestEventMs! <= asOfMs)).toBe(true);
  });
});

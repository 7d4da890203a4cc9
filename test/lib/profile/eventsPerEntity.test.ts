import {describe, expect, it} from "vitest";
import {eventsPerEntity, eventsPerEntitySql, topEntities, topEntitiesSql} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";

const ids = [3, 1, 2, 2, 3, 3, null, 4, 4, 5];

describe("eventsPerEntity", () => {
  it("eventsPerEntity(entities) counts entities per number of events, ascending", () => {
    expect(eventsPerEntity(ids)).toEqual([{events: 1, entities: 2}, {events: 2, entities: 2}, {events: 3, entities: 1}]);
  });
  it("topEntities(entities, limit) orders by events, then entity ascending", () => {
    expect(topEntities(ids, 3)).toEqual([{entity: 3, events: 3}, {entity: 2, events: 2}, {entity: 4, events: 2}]);
  });
  it("topEntitiesSql requires a positive integer limit", () => {
    expect(() => topEntitiesSql("t", "id", 0)).toThrow(/topEntitiesSql requires a positive integer limit, got 0/);
  });
});

describe.each(engineFactories)("eventsPerEntity SQL on %s", (_, create) => {
  const engine = useEngine(create, {t: arrowTable({id: ["int", ids]})});

  it("eventsPerEntitySql matches eventsPerEntity", async () => {
    expect(await rowsOf(engine(), eventsPerEntitySql("t", "id"))).toEqual(eventsPerEntity(ids));
  });
  it("topEntitiesSql matches topEntities, ties broken the same way", async () => {
    expect(await rowsOf(engine(), topEntitiesSql("t", "id", 3))).toEqual(topEntities(ids, 3));
  });
});

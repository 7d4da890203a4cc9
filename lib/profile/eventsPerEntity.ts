import {ident, sql, type SqlFragment} from "../sql/index.js";

/** How many entities have exactly `events` events. */
export interface EventsPerEntityBin {
  events: number;
  entities: number;
}

/** One entity and its number of events. */
export interface EntityEvents {
  entity: number | string;
  events: number;
}

/**
 * The distribution of events per entity: one row per distinct count, ascending,
 * `events` (INTEGER: rows of one entity), `entities` (INTEGER: how many entities have
 * that many rows). Rows with a null entity are left out.
 *
 * @example eventsPerEntitySql("transactions", "customer_id").params // => []
 */
export function eventsPerEntitySql(table: string, entity: string): SqlFragment {
  return sql`select events, count(*)::INTEGER as entities
from (select count(*)::INTEGER as events from ${ident(table)} where ${ident(entity)} is not null group by ${ident(entity)})
group by events
order by events`;
}

/**
 * The `limit` entities with the most rows: `entity`, `events` (INTEGER), most first,
 * ties by entity ascending.
 *
 * @example topEntitiesSql("transactions", "customer_id", 10).params // => [10]
 */
export function topEntitiesSql(table: string, entity: string, limit: number): SqlFragment {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`topEntitiesSql requires a positive integer limit, got ${limit}`);
  return sql`select ${ident(entity)} as entity, count(*)::INTEGER as events
from ${ident(table)}
where ${ident(entity)} is not null
group by ${ident(entity)}
order by count(*) desc, entity asc
limit ${limit}`;
}

/**
 * The reference for `eventsPerEntitySql` over a plain entity column.
 *
 * @example eventsPerEntity([1, 1, 2, 3, 3, null]) // => [{events: 1, entities: 1}, {events: 2, entities: 2}]
 */
export function eventsPerEntity(entities: ArrayLike<number | string | null>): EventsPerEntityBin[] {
  const bins = new Map<number, number>();
  for (const {events} of countByEntity(entities)) bins.set(events, (bins.get(events) ?? 0) + 1);
  return [...bins].sort((a, b) => a[0] - b[0]).map(([events, n]) => ({events, entities: n}));
}

/**
 * The reference for `topEntitiesSql` over a plain entity column.
 *
 * @example topEntities([2, 1, 1, 2, 3], 2) // => [{entity: 1, events: 2}, {entity: 2, events: 2}]
 */
export function topEntities(entities: ArrayLike<number | string | null>, limit: number): EntityEvents[] {
  return countByEntity(entities)
    .sort((a, b) => b.events - a.events || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0))
    .slice(0, limit);
}

function countByEntity(entities: ArrayLike<number | string | null>): EntityEvents[] {
  const counts = new Map<number | string, number>();
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i];
    if (entity != null) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  }
  return [...counts].map(([entity, events]) => ({entity, events}));
}

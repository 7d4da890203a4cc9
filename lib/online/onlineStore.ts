import type {PointInTimeView} from "../pit/index.js";

/** What the online store needs of a feature view (a FeatureView fits). */
export type OnlineView = PointInTimeView;

/** The latest row of one entity in one view. */
export interface OnlineRecord {
  /** Join key values, in the view's join key order. */
  readonly key: readonly unknown[];
  /** Feature (event) timestamp, epoch ms. */
  readonly eventMs: number;
  /** Created timestamp, epoch ms; -Infinity when the view has none or it is null. */
  readonly createdMs: number;
  /** The row's position in its source: the last tie-break, as in the point-in-time join. */
  readonly order: number;
  /** Feature values, aligned with the view's features. */
  readonly values: readonly unknown[];
}

/** One view's table in the online store: encoded join key → latest record. */
export interface OnlineViewTable {
  readonly view: OnlineView;
  readonly rows: Map<string, OnlineRecord>;
}

/** A key-value online store: one table per feature view. Mutable, like the real thing. */
export interface OnlineStore {
  readonly views: Map<string, OnlineViewTable>;
}

/**
 * An empty online store with a table per view.
 *
 * @example createOnlineStore([{name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}]).views.get("v").rows.size // => 0
 */
export function createOnlineStore(views: readonly OnlineView[]): OnlineStore {
  const store: OnlineStore = {views: new Map()};
  for (const view of views) {
    if (store.views.has(view.name)) throw new Error(`createOnlineStore requires unique view names, got "${view.name}" twice`);
    store.views.set(view.name, {view, rows: new Map()});
  }
  return store;
}

/**
 * The table of a view; throws naming `caller` when the store has no such view.
 *
 * @example onlineViewTable("readOnline", createOnlineStore([]), "w") // throws 'readOnline requires a view of the store (), got "w"'
 */
export function onlineViewTable(caller: string, store: OnlineStore, viewName: string): OnlineViewTable {
  const table = store.views.get(viewName);
  if (!table) throw new Error(`${caller} requires a view of the store (${[...store.views.keys()].join(", ")}), got "${viewName}"`);
  return table;
}

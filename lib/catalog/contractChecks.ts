import type {CheckStatus} from "../contracts/runContract.js";
import type {FeatureDtype} from "../pit/index.js";
import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {FeatureCatalog} from "./featureCatalog.js";

/** One promise of a feature's contract, kept or broken: `{id, status, value, threshold, message}`. */
export interface ContractCheck {
  /** `dtype.<view>.<feature>` or `freshness.<view>`. */
  id: string;
  status: CheckStatus;
  /** The observed type (DuckDB's name) or staleness (ms); null when not observed. */
  value: string | number | null;
  /** The declared dtype, or the update interval (ms). */
  threshold: string | number;
  message: string;
}

const duckdbNames: Record<string, FeatureDtype> = {
  BOOLEAN: "bool", TINYINT: "int8", SMALLINT: "int16", INTEGER: "int32", BIGINT: "int64", FLOAT: "float32", DOUBLE: "float64",
  VARCHAR: "string", TIMESTAMP: "timestamp", "TIMESTAMP_MS": "timestamp", "TIMESTAMP WITH TIME ZONE": "timestamp", DATE: "date",
};

/**
 * The dtype a DuckDB column type stands for, or null for a type no dtype names (DECIMAL, lists…).
 *
 * @example dtypeOfDuckdb("DOUBLE") // => "float64"
 */
export function dtypeOfDuckdb(dataType: string): FeatureDtype | null {
  return duckdbNames[dataType.toUpperCase()] ?? null;
}

/**
 * The DuckDB type of every feature column of the catalog from `information_schema.columns`:
 * `view`, `feature`, `data_type` (one row per feature found, ordered by view then feature;
 * a missing column has no row). `tableOf` names the table holding a view (default its name).
 *
 * @example featureTypesSql({views: [{name: "v", features: [{name: "x"}]}]}).params // => ["v", "x", "v", "v"]
 */
export function featureTypesSql(catalog: {views: readonly {name: string; features: readonly {name: string}[]}[]}, tableOf: (view: string) => string = (v) => v): SqlFragment {
  const pairs = catalog.views.flatMap((v) => v.features.map((f) => sql`(${tableOf(v.name)}, ${f.name})`));
  if (pairs.length === 0) throw new RangeError("featureTypesSql requires a catalog with at least one feature, got none");
  const names = catalog.views.map((v) => sql`(${tableOf(v.name)}, ${v.name})`);
  return sql`with wanted(table_name, column_name) as (values ${join(pairs)}),
views(table_name, view) as (values ${join(names)})
select views.view as "view", c.column_name as "feature", c.data_type as "data_type"
from information_schema.columns c
join wanted using (table_name, column_name)
join views using (table_name)
order by c.table_name, c.column_name`;
}

/**
 * The contract checks of a catalog: each documented dtype against the type observed in the
 * data (`types`, rows of featureTypesSql: pass when equal, fail when not, error when the
 * column is missing), and each view with an update interval whose staleness is known
 * against it (pass when within, else fail). Features without a dtype are not checked.
 *
 * @example
 * const catalog = featureCatalog(parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [{name: x, description: d, calculation: c, dtype: int32}]}]"));
 * contractChecks(catalog, [{view: "v", feature: "x", data_type: "INTEGER"}])[0].status // => "pass"
 */
export function contractChecks(catalog: FeatureCatalog, types: readonly {view: string; feature: string; data_type: string}[]): ContractCheck[] {
  const observed = new Map(types.map((t) => [`${t.view}.${t.feature}`, t.data_type]));
  const checks: ContractCheck[] = [];
  for (const f of catalog.features) {
    if (f.dtype === null) continue;
    const id = `dtype.${f.view}.${f.name}`, type = observed.get(`${f.view}.${f.name}`);
    if (type === undefined) checks.push({id, status: "error", value: null, threshold: f.dtype, message: `${f.servedAs}: no column ${f.name} in ${f.view}'s data`});
    else {
      const ok = dtypeOfDuckdb(type) === f.dtype;
      checks.push({id, status: ok ? "pass" : "fail", value: type, threshold: f.dtype, message: `${f.servedAs}: declared ${f.dtype}, the data has ${type}${ok ? "" : ` (${dtypeOfDuckdb(type) ?? "no dtype"})`}`});
    }
  }
  for (const view of catalog.views) {
    const f = view.features.find((x) => x.freshness.updateEveryMs !== null && x.freshness.stalenessMs !== null);
    if (!f) continue;
    const {stalenessMs, updateEveryMs, updateFrequency} = f.freshness as {stalenessMs: number; updateEveryMs: number; updateFrequency: string};
    const ok = stalenessMs <= updateEveryMs;
    checks.push({id: `freshness.${view.name}`, status: ok ? "pass" : "fail", value: stalenessMs, threshold: updateEveryMs, message: `${view.name}: newest event ${(stalenessMs / 3_600_000).toFixed(1)} h old, ${ok ? "within" : "beyond"} its update interval of ${updateFrequency}`});
  }
  return checks;
}

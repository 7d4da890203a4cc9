// The headline of "Features as production APIs": four number cards (features, owners,
// consumers, contract checks passing at now). `catalogHeadline` takes the figures from
// lib/catalog's featureCatalog and contractChecks; the page calls it on its live catalog and
// its first-answer loader (data/first/features-as-apis.json.ts) at build time, so both show
// the same numbers. `catalogHeadlineCards` draws them.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";

/** The cards' figures from a catalog and its checks; `params` are the page's controls; `key` identifies them. */
export function catalogHeadline({params, catalog, checks}) {
  const owners = [...new Set(catalog.features.map((f) => f.owner))];
  const consumers = [...new Set(catalog.features.flatMap((f) => f.downstream))];
  const summary = {
    params,
    features: catalog.features.length,
    views: catalog.views.length,
    entities: catalog.entities.map((e) => e.name),
    owners,
    consumers: consumers.length,
    checks: checks.length,
    checksPassed: checks.filter((c) => c.status === "pass").length,
  };
  summary.key = {features: summary.features, owners: owners.length, consumers: summary.consumers, checksPassed: summary.checksPassed, checks: summary.checks};
  return summary;
}

/** The four cards side by side (wrapping on narrow screens), from catalogHeadline's figures. */
export function catalogHeadlineCards(h) {
  const n = (x) => x.toLocaleString("en-US");
  return cardGrid([
    bigNumber("features", n(h.features), `in ${h.views} views of entity ${h.entities.join(", ")}`),
    bigNumber("owners", n(h.owners.length), h.owners.join(", ")),
    bigNumber("consumers", n(h.consumers), "training set, model and endpoint"),
    bigNumber("contract checks", `${n(h.checksPassed)} / ${n(h.checks)}`, "pass at now (types and batch freshness)"),
  ]);
}

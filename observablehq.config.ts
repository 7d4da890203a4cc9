// The lab's site: pages in reading order, by section. Add a page here when its .md exists
// (test/browser/pages.test.ts opens every page listed, so a new page is tested at once).
// Nothing here may name another origin: no web fonts, no CDN, no external head content.

import {pathHeader} from "./notebooks/components/course/pathHeader.js";
import {visitScript} from "./notebooks/components/course/visitScript.js";
import {prefetchScript} from "./notebooks/components/shell/prefetchScript.js";
import {builtAnswerHead} from "./src/site/builtAnswers.js";

/** A small square in the lab's accent colour, inline so the favicon costs no request. */
const favicon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E" +
  "%3Crect width='32' height='32' rx='7' fill='%23275fa8'/%3E" +
  "%3Cpath d='M8 22h16M8 16h11M8 10h16' stroke='white' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E";

const config: {pages: {name: string; pages: {name: string; path: string}[]}[]; [option: string]: unknown} = {
  title: "Feature Store Lab",
  root: "notebooks",
  style: "style.css",
  globalStylesheets: [],
  // The service worker (notebooks/sw.js, issue 11), registered first thing so that it
  // already controls DuckDB's worker on the first page; it is told every file the page
  // fetched (those before it took control too). dynamicPaths builds it at the root.
  // Then the page's first answer (issue 11), computed at build time and inlined so that the
  // page need not fetch it behind its module preloads (src/site/builtAnswers.ts).
  head: ({path}: {path: string}) =>
    `<link rel="icon" type="image/svg+xml" href="${favicon}"><script>navigator.serviceWorker?.register("./sw.js", {type: "module"}).then(() => navigator.serviceWorker.ready).then((r) => new PerformanceObserver((list) => r.active?.postMessage({keep: list.getEntries().map((e) => e.name)})).observe({type: "resource", buffered: true})).catch(() => {});</script>${visitScript}${prefetchScript}` +
    builtAnswerHead("notebooks", path),
  dynamicPaths: ["/sw.js"],
  footer: "Feature Store Lab — every number on these pages is computed in your browser; nothing leaves your machine.",
  search: false,
  pages: [
    {
      name: "Foundations",
      pages: [
        {name: "Map of the lab", path: "/"},
        {name: "Entities, event time and feature views", path: "/entities-event-time"},
        {name: "Features as production APIs", path: "/features-as-apis"},
      ],
    },
    {
      name: "Point-in-time",
      pages: [
        {name: "Point-in-time joins", path: "/point-in-time-joins"},
        {name: "Time-travel leakage", path: "/time-travel-leakage"},
        {name: "Delayed labels", path: "/delayed-labels"},
        {name: "Materialization and backfill", path: "/materialization-backfill"},
        {name: "Offline vs online stores", path: "/online-offline-stores"},
        {name: "Feature freshness", path: "/feature-freshness"},
      ],
    },
    {
      name: "Skew",
      pages: [
        {name: "Fingerprints", path: "/fingerprints"},
        {name: "Training-serving skew", path: "/training-serving-skew"},
        {name: "Inconsistent transforms", path: "/inconsistent-transforms"},
        {name: "Preprocessing", path: "/preprocessing"},
        {name: "Skew dashboard", path: "/skew-dashboard"},
      ],
    },
    {
      name: "Contracts",
      pages: [
        {name: "Data contracts", path: "/data-contracts"},
        {name: "Schema contracts", path: "/schema-contracts"},
        {name: "Semantic constraints", path: "/semantic-constraints"},
        {name: "Null, range and cardinality checks", path: "/null-range-cardinality"},
        {name: "Compatibility rules", path: "/compatibility-rules"},
        {name: "Contract tests in CI", path: "/contract-tests-ci"},
        {name: "Check your own data", path: "/check-your-own-data"},
      ],
    },
    {
      name: "Monitoring",
      pages: [
        {name: "Drift: PSI and JS divergence", path: "/drift"},
        {name: "Latency and tail risk", path: "/latency-tail-risk"},
        {name: "Release comparison", path: "/release-comparison"},
        {name: "Guardrails", path: "/guardrails"},
        {name: "Feature selection", path: "/feature-selection"},
        {name: "Data quality over time", path: "/data-quality-over-time"},
      ],
    },
    {name: "Workbench", pages: [{name: "Data-loader lab", path: "/data-loader-lab"}, {name: "A page from your Parquet", path: "/your-parquet"}]},
    {name: "Appendix", pages: [{name: "The seed notebook, redone", path: "/seed-notebook"}]},
  ],
};
// Where each page sits on the path (issue 12): a line above its title, from the sidebar itself.
config.header = pathHeader(config.pages);

export default config;

// Where a page sits on the lab's path (issue 12): Framework's `header` option, rendered at
// build time from the config's own sidebar, so the path and the sidebar cannot disagree.
// A line above each page's title: its section, its step in the section (a bar of steps,
// visited ones shaded from this browser's progress), what it assumes, a link to the map.
import {progressKey} from "./progress.js";

/** What each page assumes the learner has read (paths); pages not listed assume nothing but SQL. */
export const assumes = {
  "/features-as-apis": ["/entities-event-time"],
  "/point-in-time-joins": ["/entities-event-time"],
  "/time-travel-leakage": ["/point-in-time-joins"],
  "/delayed-labels": ["/point-in-time-joins"],
  "/materialization-backfill": ["/point-in-time-joins"],
  "/online-offline-stores": ["/materialization-backfill"],
  "/feature-freshness": ["/online-offline-stores"],
  "/fingerprints": ["/entities-event-time"],
  "/training-serving-skew": ["/fingerprints", "/online-offline-stores"],
  "/inconsistent-transforms": ["/training-serving-skew"],
  "/preprocessing": ["/inconsistent-transforms"],
  "/skew-dashboard": ["/training-serving-skew", "/feature-freshness"],
  "/data-contracts": ["/entities-event-time"],
  "/schema-contracts": ["/data-contracts"],
  "/semantic-constraints": ["/schema-contracts"],
  "/null-range-cardinality": ["/schema-contracts"],
  "/compatibility-rules": ["/schema-contracts"],
  "/contract-tests-ci": ["/null-range-cardinality", "/compatibility-rules"],
  "/check-your-own-data": ["/data-contracts"],
  "/drift": ["/entities-event-time"],
  "/release-comparison": ["/latency-tail-risk"],
  "/guardrails": ["/release-comparison"],
  "/feature-selection": ["/drift"],
  "/data-quality-over-time": ["/drift", "/null-range-cardinality"],
  "/data-loader-lab": ["/entities-event-time"],
  "/your-parquet": ["/data-loader-lab"],
};

/** The lab's path in reading order: [{section, pages: [{name, path}]}], from the config's sidebar. */
export function coursePath(pages) {
  return pages.map((section) => ({section: section.name, pages: section.pages.map(({name, path}) => ({name, path}))}));
}

/**
 * Framework's `header` for `pages` (the config's sidebar): a function of the page's path
 * returning the position line's HTML, or "" for a page not on the path.
 */
export function pathHeader(pages) {
  const path = coursePath(pages);
  const names = new Map(path.flatMap((s) => s.pages.map((p) => [p.path, p.name])));
  return ({path: here}) => {
    const at = here === "/index" ? "/" : here;
    const section = path.find((s) => s.pages.some((p) => p.path === at));
    if (section === undefined) return "";
    const step = section.pages.findIndex((p) => p.path === at) + 1;
    const link = (p) => `<a href=".${p === "/" ? "/" : p}">${escape(names.get(p) ?? p)}</a>`;
    const needs = (assumes[at] ?? []).filter((p) => names.has(p));
    const steps = section.pages.map((p) => `<span class="fslab-path__step" data-path="${p.path}"${p.path === at ? " data-here" : ""} title="${escape(p.name)}"></span>`).join("");
    return (
      `<nav class="fslab-path" data-fslab="path-position" aria-label="Where this page sits on the lab's path">` +
      `<span>${escape(section.section)} · step ${step} of ${section.pages.length}<span class="fslab-path__steps">${steps}</span></span>` +
      `<span>${needs.length > 0 ? `Assumes ${needs.map(link).join(", ")}` : "Assumes only some SQL"}</span>` +
      (at === "/" ? "" : `<span><a href="./">The map and your progress</a></span>`) +
      `</nav>` +
      `<script>try{const v=JSON.parse(localStorage.getItem(${JSON.stringify(progressKey)})||"{}").visited||{};` +
      `for(const s of document.currentScript.previousElementSibling.querySelectorAll(".fslab-path__step"))if(v[s.dataset.path]&&!s.hasAttribute("data-here"))s.setAttribute("data-visited","")}catch(e){}</script>`
    );
  };
}

function escape(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]);
}

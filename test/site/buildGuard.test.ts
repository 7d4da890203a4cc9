import {existsSync, readFileSync} from "node:fs";
import {dirname, join, normalize} from "node:path";
import {describe, expect, it} from "vitest";
import {configPages, pageFile} from "./configPages.js";
import {cssFetches, htmlFetches, localReferences, moduleSpecifiers, siteFiles} from "./siteFiles.js";
import {siteDist} from "./siteDist.js";
import {firstAnswerFile} from "../../src/site/builtAnswers.js";

// The built site (dist/, built once by test/site/buildSite.ts) must be self-contained.
//
// What counts as a reference to a foreign origin, and why:
// - HTML pages: anything the browser would fetch (src/href of script, link, img, iframe,
//   source…; CSS url() and @import; module specifiers of inline scripts) with an absolute
//   or protocol-relative URL. A plain <a href> to a reference is navigation, not a request,
//   and is allowed. XML namespace names (http://www.w3.org/2000/svg) are identifiers.
// - CSS (all of dist): url() and @import.
// - JavaScript (all of dist, ours and vendored): import/export specifiers, static and
//   dynamic, which is where Framework leaves an import it could not make local. String
//   constants in vendored bundles are not references: duckdb-wasm carries a jsdelivr
//   bundle helper and its extension repository URL, Plot and d3 carry documentation links;
//   none is requested (our client disables extension loading), and the browser test
//   (test/browser/pages.test.ts) fails on any request that leaves the server's origin.
// - dist/_npm/ (Framework's CDN downloads) and dist/_duckdb/ (its DuckDBClient's
//   extensions) must not exist at all.
const dist = siteDist;
const files = existsSync(dist) ? siteFiles(dist) : [];
const read = (file: string) => readFileSync(join(dist, file), "utf8");

describe("the built site", () => {
  it("has a page for every page listed in observablehq.config.ts", () => {
    const missing = configPages().filter((path) => !existsSync(join(dist, pageFile(path))));
    expect(missing).toEqual([]);
  });

  it("carries each page's build-time first answer in the page itself (issue 11: no fetch behind the module preloads)", () => {
    const withLoader = configPages().filter((path) => existsSync(join("notebooks", `${firstAnswerFile(path)}.ts`)));
    expect(withLoader.length).toBeGreaterThan(20);
    const missing = withLoader.filter((path) => !read(pageFile(path)).includes(`<script type="application/json" id="fslab-built:${firstAnswerFile(path)}">`));
    expect(missing).toEqual([]);
  });

  it("has no error cell in any page", () => {
    const broken = files.filter((f) => f.endsWith(".html") && read(f).includes("observablehq--error"));
    expect(broken).toEqual([]);
  });

  it("fetches nothing from another origin in its pages", () => {
    const found = files.filter((f) => f.endsWith(".html")).flatMap((f) => htmlFetches(read(f)).map((url) => `${f}: ${url}`));
    expect(found).toEqual([]);
  });

  it("fetches nothing from another origin in its stylesheets", () => {
    const found = files.filter((f) => f.endsWith(".css")).flatMap((f) => cssFetches(read(f)).map((url) => `${f}: ${url}`));
    expect(found).toEqual([]);
  });

  it("imports no module from another origin", () => {
    const found = files.filter((f) => /\.m?js$/.test(f)).flatMap((f) => moduleSpecifiers(read(f)).map((url) => `${f}: ${url}`));
    expect(found).toEqual([]);
  });

  // `observable build` exits 0 when a module it links to was not written (seen with a
  // module added while the build ran): every local link of a page or of our modules must exist.
  it("has every module and asset that its pages and our modules link to", () => {
    const linking = files.filter((f) => f.endsWith(".html") || (f.startsWith("_import/") && f.endsWith(".js")));
    const missing = linking.flatMap((f) =>
      localReferences(read(f))
        .map((url) => (url.startsWith("/") ? normalize(url.slice(1)) : normalize(join(dirname(f), url))))
        .filter((target) => !existsSync(join(dist, target)) && !existsSync(join(dist, `${target}.html`)))
        .map((target) => `${f} → ${target}`)
    );
    expect(missing).toEqual([]);
  });

  it("has no dist/_npm/ (CDN imports) and no dist/_duckdb/ (built-in DuckDBClient)", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(existsSync(join(dist, "_npm"))).toBe(false);
    expect(existsSync(join(dist, "_duckdb"))).toBe(false);
  });
});

// The sources say the same earlier and more clearly than the build does.
const sources = siteFiles("notebooks")
  .filter((f) => !f.startsWith("lib/") && /\.(md|js|ts|jsx|tsx|css)$/.test(f))
  .map((f) => ({file: f, text: readFileSync(join("notebooks", f), "utf8")}));

const rules: [string, RegExp][] = [
  ["npm: or jsr: imports (fetched from a CDN; import from node_modules by bare specifier)", /\b(?:from|import)\s*\(?\s*["'](?:npm|jsr):/],
  ["Framework's DuckDBClient (CDN-backed; use components/shell/duckdbClient.js)", /\bDuckDBClient\s*[.(]/],
  ["```sql blocks (runs on Framework's DuckDBClient; use runSql + sqlCell)", /^```\s*sql\b/m],
  ["sql: front matter (Framework's DuckDBClient)", /^---\n(?:.*\n)*?sql:(?:.*\n)*?---/],
  ["FileAttachment().csv/tsv/arrow/parquet/sqlite/xlsx/zip() (pulls a parser from npm; use .arrayBuffer()/.text() or engine.loadFile)", /FileAttachment\([^)]*\)\s*\.(?:csv|tsv|arrow|parquet|sqlite|xlsx|zip)\s*\(/],
];

describe("the notebook sources", () => {
  it("are found", () => {
    expect(sources.map((s) => s.file)).toContain("style.css");
  });
  for (const [what, pattern] of rules) {
    it(`contain no ${what}`, () => {
      expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.file)).toEqual([]);
    });
  }
});

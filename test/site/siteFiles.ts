import {readdirSync, statSync} from "node:fs";
import {join, relative} from "node:path";

/** Files under `root` (relative paths, sorted), not entering `.observablehq` or symlinked folders. */
export function siteFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".observablehq" && entry.name !== "node_modules") visit(path);
      } else if (entry.isFile()) {
        files.push(relative(root, path));
      } else if (entry.isSymbolicLink() && statSync(path).isFile()) {
        files.push(relative(root, path));
      }
    }
  };
  visit(root);
  return files.sort();
}

// XML namespace names are identifiers that happen to look like URLs; nothing fetches them.
const namespaces = /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|2000\/xmlns\/|XML\/1998\/namespace)/;

function isForeign(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim()) && !namespaces.test(url.trim());
}

/** URLs that HTML makes the browser fetch: src/href/srcset/poster/data of fetching elements. */
export function htmlFetches(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio|embed|object|track|image|use|input)\b[^>]*>/gi)) {
    for (const [, , value = ""] of tag.matchAll(/\s(src|href|srcset|poster|data|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)) urls.push(value);
  }
  return [...urls, ...cssFetches(html), ...moduleSpecifiers(html)].filter(isForeign);
}

/** url(...) and @import targets in CSS (or in HTML's style attributes and elements). */
export function cssFetches(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*["']?([^"')\s]+)/gi), ...css.matchAll(/@import\s+["']([^"']+)/gi)].map((m) => m[1] ?? "");
  return urls.filter(isForeign);
}

/** Module specifiers (static and dynamic imports, re-exports) that are absolute URLs. */
export function moduleSpecifiers(js: string): string[] {
  const specifiers = [...js.matchAll(/\b(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? "");
  return specifiers.filter(isForeign);
}

/** Relative module specifiers and fetched local URLs (./, ../, /) in HTML or JavaScript, without query or hash. */
export function localReferences(text: string): string[] {
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? "");
  const attributes = [...text.matchAll(/<(?:script|link|img|source)\b[^>]*\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] ?? "");
  return [...specifiers, ...attributes].filter((url) => /^\.{0,2}\//.test(url) && !url.startsWith("//")).map((url) => url.replace(/[?#].*$/, ""));
}

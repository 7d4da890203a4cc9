import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {configPages} from "./configPages.js";

// The home page is the map of the lab: every page in the sidebar must be reachable from
// it, so a page added to the config without a line on the map fails here.
describe("notebooks/index.md", () => {
  const index = readFileSync("notebooks/index.md", "utf8");
  const linked = new Set([...index.matchAll(/\]\(\.\/([a-z0-9-]+)\)/g)].map((m) => `/${m[1]}`));
  it("links every page listed in observablehq.config.ts", () => {
    const missing = configPages().filter((path) => path !== "/" && !linked.has(path));
    expect(missing).toEqual([]);
  });
  it("marks no listed page as coming", () => {
    const coming = [...index.matchAll(/^- ([^[\n].*?) — \*coming\*/gm)].map((m) => m[1]);
    const listed = configPages();
    const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    expect(coming.filter((name) => listed.includes(`/${slug(name!)}`))).toEqual([]);
  });
});

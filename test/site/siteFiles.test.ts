import {describe, expect, it} from "vitest";
import {cssFetches, htmlFetches, localReferences, moduleSpecifiers} from "./siteFiles.js";

// The guard's own rules, on small inputs, so that each can be seen to fail.
describe("siteFiles", () => {
  it("htmlFetches(html) finds scripts, stylesheets and images from another origin", () => {
    const html = `<script src="https://cdn.example/x.js"></script><link rel=stylesheet href="//fonts.example/a.css"><img src="./local.png">`;
    expect(htmlFetches(html)).toEqual(["https://cdn.example/x.js", "//fonts.example/a.css"]);
  });
  it("htmlFetches(html) ignores navigation links, data: URLs and XML namespaces", () => {
    const html = `<a href="https://feast.dev">Feast</a><link rel="icon" href="data:image/svg+xml,x"><svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/></svg>`;
    expect(htmlFetches(html)).toEqual([]);
  });
  it("cssFetches(css) finds url() and @import from another origin", () => {
    expect(cssFetches(`@import "https://x.example/a.css"; a{background:url(https://x.example/b.png)} b{background:url(./c.png)}`)).toEqual([
      "https://x.example/b.png",
      "https://x.example/a.css",
    ]);
  });
  it("moduleSpecifiers(js) finds static and dynamic imports of URLs, not string constants", () => {
    const js = `import a from"https://cdn.example/a.js";const b=import("https://cdn.example/b.js");const c="https://cdn.example/c.js";import d from "./d.js";`;
    expect(moduleSpecifiers(js)).toEqual(["https://cdn.example/a.js", "https://cdn.example/b.js"]);
  });
  it("localReferences(text) lists relative imports and local src/href, not other origins", () => {
    const text = `import a from "./a.js";import("../b.js?x=1");<script src="/_observablehq/c.js"></script><link href="https://x.example/d.css"><a href="./e">`;
    expect(localReferences(text)).toEqual(["./a.js", "../b.js", "/_observablehq/c.js"]);
  });
});

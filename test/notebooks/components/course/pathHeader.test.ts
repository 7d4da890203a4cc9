import {describe, expect, it} from "vitest";
import config from "../../../../observablehq.config.js";
import {assumes, coursePath, pathHeader} from "../../../../notebooks/components/course/pathHeader.js";
import {configPages} from "../../../site/configPages.js";

const sidebar = config.pages;

describe("pathHeader", () => {
  it("pathHeader places a page in its section, with its step and what it assumes as links", () => {
    const header = pathHeader(sidebar)({path: "/time-travel-leakage"});
    expect(header).toContain("Point-in-time · step 2 of ");
    expect(header).toContain('Assumes <a href="./point-in-time-joins">Point-in-time joins</a>');
    expect(header).toContain('<a href="./">The map and your progress</a>');
    expect(header.match(/class="fslab-path__step"/g)?.length).toBe(sidebar.find((s) => s.name === "Point-in-time")!.pages.length);
  });

  it("pathHeader of the map says it assumes only SQL and does not link to itself", () => {
    const header = pathHeader(sidebar)({path: "/index"});
    expect(header).toContain("Foundations · step 1 of ");
    expect(header).toContain("Assumes only some SQL");
    expect(header).not.toContain("The map and your progress");
  });

  it("pathHeader of a page off the path is empty", () => {
    expect(pathHeader(sidebar)({path: "/not-a-page"})).toBe("");
  });

  it("pathHeader escapes names", () => {
    const header = pathHeader([{name: "A <b>", pages: [{name: 'x "y" & z', path: "/x"}]}])({path: "/x"});
    expect(header).toContain("A &lt;b&gt; · step 1 of 1");
    expect(header).toContain('title="x &quot;y&quot; &amp; z"');
  });
});

describe("assumes", () => {
  it("every page assumes only pages before it on the path", () => {
    const order = configPages();
    for (const [page, needs] of Object.entries(assumes)) {
      if (!order.includes(page)) continue; // a page not (yet) in the sidebar shows no header
      for (const need of needs) {
        expect(order.includes(need), `${page} assumes ${need}, a page of the sidebar`).toBe(true);
        expect(order.indexOf(need), `${page} assumes ${need}, which comes later`).toBeLessThan(order.indexOf(page));
      }
    }
  });

  it("coursePath lists the sidebar's sections and pages in order", () => {
    const path = coursePath(sidebar);
    expect(path.map((s) => s.section)).toEqual(sidebar.map((s) => s.name));
    expect(["/", ...path.flatMap((s) => s.pages.map((p) => p.path)).filter((p) => p !== "/")]).toEqual(configPages());
  });
});

import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {builtAnswerHead, builtAnswerScript, firstAnswerFile} from "../../../src/site/builtAnswers.js";

describe("firstAnswerFile", () => {
  it("firstAnswerFile(\"/drift\") is data/first/drift.json", () => {
    expect(firstAnswerFile("/drift")).toBe("data/first/drift.json");
    expect(firstAnswerFile("/")).toBe("data/first/index.json");
  });
  it("firstAnswerFile refuses a path that is not a top-level page", () => {
    expect(() => firstAnswerFile("/a/../b")).toThrow(/firstAnswerFile requires a top-level page path/);
  });
});

describe("builtAnswerScript", () => {
  it("builtAnswerScript gives back the same JSON when the page reads the element, whatever the strings hold", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : undefined);
        const html = builtAnswerScript("data/first/a.json", json);
        // An HTML parser ends a script element's text at the first "</script" (any case): only the last one may be there.
        expect(html.toLowerCase().indexOf("</script")).toBe(html.length - "</script>".length);
        const text = html.slice(html.indexOf(">") + 1, -"</script>".length);
        expect(JSON.parse(text)).toEqual(JSON.parse(json));
      })
    );
  });
  it("builtAnswerScript closes the element only at its end, even with </script> in a string", () => {
    expect(builtAnswerScript("data/first/a.json", '{"tag":"</script><b>"}')).toBe('<script type="application/json" id="fslab-built:data/first/a.json">{"tag":"\\u003c/script>\\u003cb>"}</script>');
  });
  it("builtAnswerScript refuses output that is not JSON, naming the file", () => {
    expect(() => builtAnswerScript("data/first/a.json", "{oops")).toThrow(/builtAnswerScript requires the loader output of data\/first\/a\.json to be JSON/);
  });
});

describe("builtAnswerHead", () => {
  const root = mkdtempSync(join(tmpdir(), "fslab-built-"));
  mkdirSync(join(root, "data", "first"), {recursive: true});
  mkdirSync(join(root, ".observablehq", "cache", "data", "first"), {recursive: true});
  writeFileSync(join(root, "data", "first", "drift.json.ts"), "// loader");
  writeFileSync(join(root, ".observablehq", "cache", "data", "first", "drift.json"), '{"key":{"psi":"0.282"}}\n');
  writeFileSync(join(root, "data", "first", "guardrails.json.ts"), "// loader, not run yet");

  it("builtAnswerHead inlines the loader's cached output for its page", () => {
    expect(builtAnswerHead(root, "/drift")).toBe('<script type="application/json" id="fslab-built:data/first/drift.json">{"key":{"psi":"0.282"}}</script>');
  });
  it("builtAnswerHead is empty for a page without a loader, or whose loader has not run", () => {
    expect(builtAnswerHead(root, "/")).toBe("");
    expect(builtAnswerHead(root, "/guardrails")).toBe("");
    expect(builtAnswerHead(root, "/sub/page")).toBe("");
  });
});

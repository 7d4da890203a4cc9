import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const script = join(process.cwd(), "src", "site", "prebuildFirstAnswers.ts");
const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");

function site(loaders: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "fslab-prebuild-"));
  mkdirSync(join(root, "data", "first"), {recursive: true});
  for (const [name, code] of Object.entries(loaders)) writeFileSync(join(root, "data", "first", name), code);
  return root;
}

describe("prebuildFirstAnswers", () => {
  it("prebuildFirstAnswers writes each loader's output into Framework's loader cache", () => {
    const root = site({"a.json.ts": 'process.stdout.write(JSON.stringify({key: {n: 1 + 1}}));', "b.json.ts": 'console.log("[1,2]");'});
    const run = spawnSync(tsx, [script, root], {encoding: "utf8"});
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, ".observablehq", "cache", "data", "first", "a.json"), "utf8")).toBe('{"key":{"n":2}}');
    expect(readFileSync(join(root, ".observablehq", "cache", "data", "first", "b.json"), "utf8")).toBe("[1,2]\n");
  }, 60_000);

  it("prebuildFirstAnswers stops the build with one line per failed loader and leaves no output", () => {
    const root = site({
      "good.json.ts": 'console.log("{}");',
      "throws.json.ts": 'throw new Error("no world for seed 99");',
      "notjson.json.ts": 'console.log("<html>");',
    });
    const run = spawnSync(tsx, [script, root], {encoding: "utf8"});
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes("throws.json.ts"))).toMatch(/no world for seed 99/);
    expect(lines.find((l) => l.includes("notjson.json.ts"))).toMatch(/to be JSON/);
    for (const name of ["good.json", "throws.json", "notjson.json"]) expect(existsSync(join(root, ".observablehq", "cache", "data", "first", name))).toBe(false);
  }, 60_000);
});

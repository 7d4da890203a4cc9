import {spawnSync} from "node:child_process";
import {readdirSync} from "node:fs";
import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {worldTables} from "../../../lib/synth/index.js";
import {tarMembers} from "../../../src/loaders/index.js";

const root = new URL("../../../", import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;
const loader = "notebooks/data/worlds/[scale]/[seed]/[drift].tar.ts";

/** Runs the worlds loader as Framework 1.13 does: tsx, the loader's path from the root, then --name=value per [param] of the route. */
function run(...args: string[]) {
  const result = spawnSync(tsx, [loader, ...args], {cwd: root, maxBuffer: 1 << 28});
  return {status: result.status, stdout: new Uint8Array(result.stdout), stderr: result.stderr.toString()};
}
function world(scale: string, seed: number, drift: number) {
  const {status, stdout, stderr} = run(`--drift=${drift}`, `--seed=${seed}`, `--scale=${scale}`);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  return {bytes: stdout, tables: Object.fromEntries(Object.entries(tarMembers(stdout)).map(([name, b]) => [name.replace(/\.arrow$/, ""), tableFromIPC(b)]))};
}
const print = (table: Parameters<typeof fingerprintTable>[0]) => fingerprintTable(table, {ordered: true}).fingerprint;

describe("notebooks/data/worlds/[scale]/[seed]/[drift].tar.ts", () => {
  const seven = world("tiny", 7, 0.6);
  const eleven = world("tiny", 11, 0.6);

  it("writes one archive holding every world table as Arrow, tiny-sized", () => {
    expect(Object.keys(seven.tables)).toEqual(worldTables.map((t) => t));
    expect(seven.tables.drift_current!.numRows).toBe(250);
    expect(seven.bytes.byteLength).toBeLessThan(1_500_000);
  });
  it("gives byte-identical archives for the same seed", () => {
    expect(world("tiny", 7, 0.6).bytes).toEqual(seven.bytes);
  });
  it("builds another world for another seed: every table with rows differs, the schemas do not", () => {
    for (const name of worldTables) {
      expect(String(eleven.tables[name]!.schema), name).toBe(String(seven.tables[name]!.schema));
      expect(print(eleven.tables[name]!), name).not.toBe(print(seven.tables[name]!));
    }
    expect(eleven.tables.labels!.numRows).not.toBe(seven.tables.labels!.numRows);
  });
  it("changes only drift_current with the drift strength", () => {
    const calm = world("tiny", 7, 0);
    for (const name of worldTables) {
      if (name === "drift_current") expect(print(calm.tables[name]!)).not.toBe(print(seven.tables[name]!));
      else expect(print(calm.tables[name]!), name).toBe(print(seven.tables[name]!));
    }
  });
  it("at mini scale holds four times the tiny world's drift rows", () => {
    expect(world("mini", 7, 0.6).tables.drift_reference!.numRows).toBe(4 * seven.tables.drift_reference!.numRows);
  });
  it("small/7/0.3 is the lab's own world: byte for byte what the lab's own loaders write", () => {
    const small = tarMembers(run("--drift=0.3", "--seed=7", "--scale=small").stdout);
    for (const name of ["model_daily", "drift_current", "customer_profile"]) {
      const own = spawnSync(tsx, [`notebooks/data/${name}.arrow.ts`], {cwd: root, maxBuffer: 1 << 28}).stdout;
      expect(small[`${name}.arrow`], name).toEqual(new Uint8Array(own));
    }
  }, 120_000);
  it("refuses a bad parameter in one line on stderr, exit code 2 and no output", () => {
    for (const args of [["--drift=2", "--seed=7", "--scale=tiny"], ["--drift=0.3", "--seed=x", "--scale=tiny"], ["--seed=7", "--scale=tiny"]]) {
      const {status, stdout, stderr} = run(...args);
      expect(status, args.join(" ")).toBe(2);
      expect(stdout.byteLength).toBe(0);
      expect(stderr).toMatch(/^data\/worlds\/\[scale\]\/\[seed\]\/\[drift\]\.tar\.ts: worldParams requires [^\n]+\n$/);
    }
  });
  it("is the only file under data/worlds: one loader file serves every world", () => {
    expect(readdirSync(`${root}notebooks/data/worlds`, {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).map((e) => e.name)).toEqual(["[drift].tar.ts"]);
  });
});

import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fslabInProcess as fslab} from "./fslab.js";

const v1 = join("data", "contracts", "transactions.v1.yaml");
const v2 = join("data", "contracts", "transactions.v2.yaml");

describe("fslab compat", () => {
  let dir: string;
  let v3: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-compat-"));
    // v3 drops "app" from channel (breaks backward) on top of v2
    v3 = join(dir, "transactions.v3.yaml");
    await writeFile(v3, (await readFile(v2, "utf8")).replace("version: 2.0.0", "version: 3.0.0").replace("enum: [web, pos, app, atm]", "enum: [web, pos, atm]"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  // [olds, new (v3 is written in beforeAll), mode, exit code]
  const table: [string[], "v1" | "v2" | "v3", string, number][] = [
    [[v1], "v2", "backward", 0],
    [[v1], "v2", "forward", 1],
    [[v1], "v2", "full", 1],
    [[v1], "v2", "none", 0],
    [[v2], "v3", "backward", 1],
    [[v2], "v3", "forward", 0],
    [[v1, v2], "v3", "forward", 0],
    [[v1, v2], "v3", "forward_transitive", 1],
    [[v1, v2], "v3", "backward_transitive", 1],
    [[v1, v2], "v3", "full_transitive", 1],
    [[v1], "v1", "full", 0],
  ];
  it.each(table)("fslab compat --old %j --new %s --mode %s → exit %i", async (olds, next, mode, exit) => {
    const {code, stderr} = await fslab("compat", ...olds.flatMap((o) => ["--old", o]), "--new", {v1, v2, v3}[next], "--mode", mode);
    expect([code, stderr]).toEqual([exit, ""]);
  });

  it("lists each change with its level and the directions it breaks, then the verdict and who upgrades first", async () => {
    const {code, stdout} = await fslab("compat", "--old", v1, "--new", v2);
    expect(code).toBe(0);
    expect(stdout).toBe([
      "synthetic-world-transactions: 1.0.0 → 2.0.0 (2 changes)",
      "  INFO    transactions.txn_id: type widened integer / INTEGER → integer / BIGINT [breaks forward]",
      '  INFO    transactions.channel: allowed value "atm" added; old readers do not expect it [breaks forward]',
      "COMPATIBLE (backward): 2.0.0 is backward compatible with 1.0.0: upgrade consumers first, then producers",
      "",
    ].join("\n"));
  });

  it("--format json gives the verdict as data", async () => {
    const {stdout} = await fslab("compat", "--old", v2, "--new", v3, "--format", "json", "--mode", "full");
    const verdict = JSON.parse(stdout);
    expect([verdict.compatible, verdict.upgradeFirst, verdict.breaking.map((b: {direction: string; change: {kind: string}}) => [b.direction, b.change.kind])])
      .toEqual([false, null, [["backward", "enum-value-removed"]]]);
  });

  it("exits 2 with one line on a contract that does not parse, a missing --old or an unknown mode", async () => {
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, "apiVersion: v3.0.2\nkind: DataContract\nid: x\nversion: 1\nstatus: active\nschema: {oops\n");
    for (const argv of [["--old", v1, "--new", bad], ["--new", v2], ["--old", v1, "--new", v2, "--mode", "sideways"], ["--old", join(dir, "none.yaml"), "--new", v2]]) {
      const {code, stdout, stderr} = await fslab("compat", ...argv);
      expect([code, stdout, stderr.split("\n").length]).toEqual([2, "", 2]);
    }
  });
});

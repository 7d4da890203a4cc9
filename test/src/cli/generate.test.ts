import {mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {afterAll, describe, expect, it} from "vitest";
import {fslabProcess as fslab, root} from "./fslab.js";

const dir = mkdtempSync(join(tmpdir(), "fslab-cli-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("fslab generate", () => {
  it("fslab generate --seed 7 twice writes byte-identical files and a features.yaml", () => {
    const [a, b] = ["a", "b"].map((name) => {
      const out = join(dir, name);
      const run = fslab("generate", "--out", out, "--seed", "7");
      expect(run.code, run.stderr).toBe(0);
      return out;
    });
    const files = readdirSync(a!).sort();
    expect(files).toEqual(["customer_profile.parquet", "customer_risk.parquet", "drift_current.parquet", "drift_reference.parquet", "features.yaml", "labels.parquet", "model_daily.parquet", "serving_latency.parquet", "transactions.parquet", "txn_stats.parquet"]);
    for (const file of files) expect(Buffer.compare(readFileSync(join(a!, file)), readFileSync(join(b!, file))), file).toBe(0);
    expect(readFileSync(join(a!, "features.yaml"), "utf8")).toContain("source: txn_stats.parquet");
  });
  it("fslab generate --format arrow writes Arrow IPC files the features.yaml points at", () => {
    const out = join(dir, "arrow");
    expect(fslab("generate", "--out", out, "--seed", "1", "--format", "arrow").code).toBe(0);
    expect(readFileSync(join(out, "features.yaml"), "utf8")).toContain("source: customer_risk.arrow");
    expect(tableFromIPC(readFileSync(join(out, "model_daily.arrow"))).numRows).toBe(180);
  });
  for (const args of [["generate", "--out", join(dir, "x"), "--bogus"], ["generate"], ["generate", "--out", join(dir, "x"), "--seed", "1.5"], ["generate", "--out", join(dir, "x"), "--scale", "huge"], ["nope"], []]) {
    it(`fslab ${args.join(" ")} exits 2 with exactly one line on stderr`, () => {
      const run = fslab(...args);
      expect(run.code).toBe(2);
      expect(run.stderrLines).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe("");
    });
  }
  it("fslab --help lists generate and exits 0; fslab generate --help shows its usage", () => {
    const help = fslab("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^\s+generate\s+write the synthetic world/m);
    const usage = fslab("generate", "--help");
    expect(usage.code).toBe(0);
    expect(usage.stdout).toMatch(/^Usage: fslab generate --out DIR/);
  });
  it("fslab --version prints package.json's version", () => {
    const run = fslab("--version");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
});

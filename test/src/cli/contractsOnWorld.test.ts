// The lab's own CI runs `fslab check` as a user's CI would: generate the synthetic world,
// then check each table against its contract in data/contracts/ with the real executable.
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fslabProcess as fslab, root} from "./fslab.js";

const dir = mkdtempSync(join(tmpdir(), "fslab-contracts-"));
const worldEnd = "2026-04-01T00:00:00Z"; // seed 7's world: 90 days from 2026-01-01

beforeAll(() => {
  const run = fslab("generate", "--out", dir, "--seed", "7");
  expect(run.code, run.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("fslab check on the generated world", () => {
  const cases = [
    ["transactions.v1.yaml", "transactions.parquet"],
    ["transactions.v2.yaml", "transactions.parquet"],
    ["txn_stats.yaml", "txn_stats.parquet"],
    ["labels.yaml", "labels.parquet"],
  ] as const;
  for (const [contract, data] of cases) {
    it(`fslab check --contract data/contracts/${contract} --data ${data} passes with exit 0`, () => {
      const run = fslab("check", "--contract", join(root, "data/contracts", contract), "--data", join(dir, data), "--as-of", worldEnd, "--format", "json");
      expect(run.stderr).toBe("");
      const report = JSON.parse(run.stdout) as {status: string; checks: {status: string}[]};
      expect(report.checks.length).toBeGreaterThan(5);
      expect(report.checks.filter((c) => c.status === "fail" || c.status === "error")).toEqual([]);
      expect(run.code).toBe(0);
    }, 120_000);
  }

  it("fslab check --format junit on the world is a JUnit report with no failures", () => {
    const run = fslab("check", "--contract", join(root, "data/contracts/transactions.v1.yaml"), "--data", join(dir, "transactions.parquet"), "--as-of", worldEnd, "--format", "junit");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/<testsuite[^>]*failures="0"/);
  }, 120_000);

  it("fslab check judged a year later fails freshness with exit 1", () => {
    const run = fslab("check", "--contract", join(root, "data/contracts/transactions.v1.yaml"), "--data", join(dir, "transactions.parquet"), "--as-of", "2027-04-01T00:00:00Z", "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {checks: {rule: string; status: string}[]};
    expect(report.checks.some((c) => /fresh|latency/i.test(c.rule) && c.status === "fail")).toBe(true);
  }, 120_000);
});

// An unexpected exception inside any command is a bug: exit 3 (DESIGN's CLI contract), one
// line on stderr, so that CI can tell it from a failed check (1) or bad input (2). The bug
// is planted by mocking a lib function a command calls, so no command needs a test hook.
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {fslabInProcess as fslab} from "./fslab.js";

vi.mock("../../../lib/latency/index.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../../lib/latency/index.js")>()),
  percentiles: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')\n    at percentiles (lib/latency/percentiles.ts:1:1)");
  },
}));

describe("fslab: an unexpected exception", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-internal-"));
    await writeFile(join(dir, "t.csv"), "x\n1\n2\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("exits 3 with one line naming the command and the error, nothing on stdout", async () => {
    const {code, stdout, stderr} = await fslab("percentiles", join(dir, "t.csv"), "--column", "x");
    expect([code, stdout, stderr]).toEqual([3, "", "fslab percentiles: internal error: Cannot read properties of undefined (reading 'length')\n"]);
  });
  it("bad input to the same command still exits 2, not 3", async () => {
    const {code} = await fslab("percentiles", join(dir, "t.csv"), "--column", "nope");
    expect(code).toBe(2);
  });
  it("fslab --help lists exit code 3", async () => {
    const {stdout} = await fslab("--help");
    expect(stdout).toMatch(/^Exit codes: 0 ok, 1 a check failed, 2 bad usage or unreadable input, 3 internal error \(a bug\)\.$/m);
  });
});

import {spawnSync} from "node:child_process";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {readTable} from "../../../src/io/index.js";

const root = new URL("../../../", import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;
const loader = "notebooks/data/yours/card_payments.arrow.ts";
const fixture = `${root}data/yours/card_payments.parquet`;

/** Runs the template loader as Framework does (tsx, from the root), with extra arguments for a hand run. */
function run(...args: string[]) {
  const result = spawnSync(tsx, [loader, ...args], {cwd: root, maxBuffer: 1 << 28});
  return {status: result.status, stdout: new Uint8Array(result.stdout), stderr: result.stderr.toString()};
}

let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-yours-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("notebooks/data/yours/card_payments.arrow.ts (the template loader)", () => {
  it("turns the committed Parquet into Arrow with the file's rows, columns and values", async () => {
    const {status, stdout, stderr} = run();
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const arrow = tableFromIPC(stdout);
    const parquet = await readTable(fixture);
    expect(arrow.numRows).toBe(5021);
    expect(arrow.schema.fields.map((f) => f.name)).toEqual(parquet.schema.fields.map((f) => f.name));
    expect(fingerprintTable(arrow, {ordered: true}).fingerprint).toBe(fingerprintTable(parquet, {ordered: true}).fingerprint);
  });
  it("reads another file given with --file, a CSV too", async () => {
    const path = join(dir, "orders.csv");
    await writeFile(path, "order_id,total\n1,10.5\n2,3\n");
    const {status, stdout} = run(`--file=${path}`);
    expect(status).toBe(0);
    expect(tableFromIPC(stdout).numRows).toBe(2);
  });
  it("fails on a missing, malformed, empty or row-less file: exit code 2, one line on stderr, nothing on stdout", async () => {
    await writeFile(join(dir, "zero.parquet"), "");
    await writeFile(join(dir, "broken.parquet"), "PAR1 but not really");
    await writeFile(join(dir, "ragged.csv"), "a,b\n1,2\n3,4,5\n");
    await writeFile(join(dir, "header.csv"), "a,b\n");
    const cases: [string, string][] = [
      ["missing.parquet", "no such file"],
      ["zero.parquet", "the file is empty (0 bytes)"],
      ["broken.parquet", "not a Parquet file"],
      ["ragged.csv", "line 3 has 3 fields"],
      ["header.csv", "it has no rows (columns: a, b)"],
    ];
    for (const [name, why] of cases) {
      const {status, stdout, stderr} = run(`--file=${join(dir, name)}`);
      expect(status, name).toBe(2);
      expect(stdout.byteLength, name).toBe(0);
      expect(stderr.split("\n"), name).toEqual([expect.stringContaining(`data/yours/card_payments.arrow.ts: cannot `), ""]);
      expect(stderr, name).toContain(`${join(dir, name)}: ${why}`);
    }
  });
});

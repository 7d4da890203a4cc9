import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {checkInputFile, InputError} from "../../../src/io/index.js";

let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-input-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("checkInputFile", () => {
  it("checkInputFile accepts a non-empty file", async () => {
    await writeFile(join(dir, "a.csv"), "a\n1\n");
    await expect(checkInputFile(join(dir, "a.csv"))).resolves.toBeUndefined();
  });
  it("checkInputFile names a missing file, a folder and a 0-byte file in words", async () => {
    await mkdir(join(dir, "folder.csv"));
    await writeFile(join(dir, "empty.csv"), "");
    const problems = await Promise.all(["nope.csv", "folder.csv", "empty.csv", "*.csv"].map((name) => checkInputFile(join(dir, name)).catch((e: Error) => e)));
    expect(problems.every((e) => e instanceof InputError)).toBe(true);
    expect(problems.map((e) => (e as Error).message.slice(dir.length + "cannot read /".length))).toEqual([
      "nope.csv: no such file", "folder.csv: it is a folder, not a file", "empty.csv: the file is empty (0 bytes)", "*.csv: no such file",
    ]);
  });
  it("checkInputFile(path, {readByDuckDb: true}) refuses a name DuckDB would read as a pattern, even when the file exists", async () => {
    await writeFile(join(dir, "b*.csv"), "a\n1\n");
    await expect(checkInputFile(join(dir, "b*.csv"))).resolves.toBeUndefined();
    await expect(checkInputFile(join(dir, "b*.csv"), {readByDuckDb: true})).rejects.toThrow(`cannot read ${join(dir, "b*.csv")}: fslab cannot read a file whose path holds * or ? (DuckDB reads it as a pattern); rename it`);
  });
});

import {link, mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {checkOutputFile} from "../../../src/io/index.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fslab-output-"));
  await writeFile(join(dir, "spine.csv"), "a\n1\n");
  await link(join(dir, "spine.csv"), join(dir, "alias.csv"));
  await mkdir(join(dir, "folder.parquet"));
});
afterAll(() => rm(dir, {recursive: true, force: true}));

const problem = (path: string, inputs = {}) => checkOutputFile(join(dir, path), inputs).then(() => "ok", (e: Error) => e.message.slice(`cannot write ${join(dir, path)}: `.length));

describe("checkOutputFile", () => {
  it("checkOutputFile accepts a new file in an existing folder, or a file to replace that is no input", async () => {
    expect([await problem("out.parquet"), await problem("spine.csv", {"--spine": join(dir, "other.csv")})]).toEqual(["ok", "ok"]);
  });
  it("checkOutputFile refuses the input file itself, by any name", async () => {
    expect(await problem("alias.csv", {"--spine": join(dir, "spine.csv")})).toBe(`it is the --spine file ${join(dir, "spine.csv")}, which the output would replace; choose another path`);
  });
  it("checkOutputFile names a missing folder, a file used as a folder and a folder used as a file", async () => {
    expect(await problem("nope/out.csv")).toBe(`folder ${join(dir, "nope")} does not exist`);
    expect(await problem("spine.csv/out.csv")).toBe(`${join(dir, "spine.csv")} is a file, not a folder`);
    expect(await problem("folder.parquet")).toBe("it is a folder");
  });
  it("checkOutputFile refuses an unknown extension before anything is computed", async () => {
    await expect(checkOutputFile(join(dir, "out.txt"))).rejects.toThrow(/unknown file type ".txt"/);
  });
});

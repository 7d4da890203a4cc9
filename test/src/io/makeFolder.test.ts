import {existsSync} from "node:fs";
import {mkdtemp, rm, stat, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {InputError, makeFolder} from "../../../src/io/index.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fslab-folder-"));
  await writeFile(join(dir, "file"), "x");
  await symlink(join(dir, "missing-target"), join(dir, "dangling"));
});
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("makeFolder", () => {
  it("makeFolder creates missing parents and accepts an existing folder", async () => {
    await makeFolder(join(dir, "a/b/c"));
    await makeFolder(join(dir, "a/b/c"));
    expect((await stat(join(dir, "a/b/c"))).isDirectory()).toBe(true);
  });
  it("makeFolder under a dangling symbolic link fails in words (Node's recursive mkdir never returns there)", async () => {
    const error = await makeFolder(join(dir, "dangling/w")).catch((e: Error) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`cannot create folder ${join(dir, "dangling/w")}: ${join(dir, "dangling")} exists and is not a folder (a file or a broken link)`);
  });
  it("makeFolder over a file names the file", async () => {
    await expect(makeFolder(join(dir, "file"))).rejects.toThrow(`${join(dir, "file")} is a file, not a folder`);
  });
  it.runIf(existsSync("/proc/self"))("makeFolder under /proc fails instead of spinning", async () => {
    await expect(makeFolder("/proc/fslab-test/x")).rejects.toThrow("cannot create folder /proc/fslab-test/x: /proc does not accept new folders");
  });
});

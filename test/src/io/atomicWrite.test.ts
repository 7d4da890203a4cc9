import {spawn} from "node:child_process";
import {mkdir, mkdtemp, readdir, rm, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {atomicWrite} from "../../../src/io/index.js";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const atomicWriteModule = new URL("../../../src/io/atomicWrite.ts", import.meta.url).pathname;

let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-atomic-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("atomicWrite", () => {
  it("atomicWrite leaves nothing behind when write fails", async () => {
    await expect(atomicWrite(join(dir, "fail.csv"), async (_, handle) => {
      await handle.write("partial");
      throw new Error("disk on fire");
    })).rejects.toThrow("disk on fire");
    expect(await readdir(dir)).toEqual([]);
  });
  it("atomicWrite interrupted by SIGINT removes its temporary file and exits 130", async () => {
    const script = join(dir, "interrupted.mts");
    await writeFile(script, `import {atomicWrite} from ${JSON.stringify(atomicWriteModule)};
await atomicWrite(${JSON.stringify(join(dir, "out", "big.csv"))}, async (_, handle) => {
  await handle.write("partial");
  process.stdout.write("writing\\n");
  await new Promise(() => setInterval(() => {}, 1000));
});\n`);
    await rm(join(dir, "out"), {recursive: true, force: true});
    await mkdir(join(dir, "out"));
    const child = spawn(process.execPath, [tsx, script], {stdio: ["ignore", "pipe", "pipe"]});
    await new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => String(chunk).includes("writing") && resolve()));
    expect((await readdir(join(dir, "out"))).some((name) => name.endsWith(".tmp"))).toBe(true);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
    expect([code, await readdir(join(dir, "out"))]).toEqual([130, []]);
  });
});

// `npm test` typechecks the whole project once: lib, src, test, bench and the site config
// (tsconfig.json's include). The compiler's output is the failure message.
import {spawnSync} from "node:child_process";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";

const root = new URL("../", import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("tsc --noEmit -p .", () => {
  it("tsc --noEmit -p . reports no errors", () => {
    const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", "."], {cwd: root, encoding: "utf8"});
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }, 300_000);
});

// `npm run fslab -- …` runs `tsx src/cli/main.ts …`: main.ts must run the CLI when it is the entry point.
import {spawnSync} from "node:child_process";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {root} from "./fslab.js";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const run = (...args: string[]) => spawnSync(process.execPath, [tsx, "src/cli/main.ts", ...args], {cwd: root, encoding: "utf8"});

describe("tsx src/cli/main.ts (npm run fslab)", () => {
  it("tsx src/cli/main.ts --help prints the command list once and exits 0", () => {
    const help = run("--help");
    expect([help.status, help.stderr]).toEqual([0, ""]);
    expect(help.stdout.match(/^Commands:$/gm)).toHaveLength(1);
    expect(help.stdout).toMatch(/^\s+generate\s+write the synthetic world/m);
  });
  it("tsx src/cli/main.ts with an unknown command exits 2 with one line", () => {
    const bad = run("nope");
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, "", 'fslab: unknown command "nope" (try fslab --help)\n']);
  });
});

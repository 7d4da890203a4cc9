import {execFileSync} from "node:child_process";
import {readFileSync, readdirSync} from "node:fs";
import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {worldTables} from "../../../lib/synth/index.js";

const dataDir = new URL("../../../notebooks/data/", import.meta.url);
const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
/** Runs a loader the way Framework does: tsx with the Framework root as working directory. */
const load = (file: string) => execFileSync(tsx, [`data/${file}`], {cwd: new URL("..", dataDir), maxBuffer: 1 << 28});

describe("notebooks/data loaders", () => {
  it("there is one Arrow loader per world table", () => {
    const loaders = readdirSync(dataDir).filter((f) => f.endsWith(".arrow.ts")).map((f) => f.replace(".arrow.ts", ""));
    expect(loaders.sort()).toEqual([...worldTables].sort());
  });
  it("model_daily.arrow.ts writes the small world's model_daily as Arrow IPC", () => {
    expect(tableFromIPC(load("model_daily.arrow.ts")).numRows).toBe(180);
  });
  it("features.yaml.ts writes data/features.yaml verbatim", () => {
    expect(load("features.yaml.ts").toString()).toBe(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
  });
});

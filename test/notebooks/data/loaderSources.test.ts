import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

const root = new URL("../../../", import.meta.url).pathname;

describe("notebooks/data/loader-sources.json.ts", () => {
  const sources = JSON.parse(execFileSync(`${root}node_modules/.bin/tsx`, ["notebooks/data/loader-sources.json.ts"], {cwd: root, encoding: "utf8"})) as {loader: string; output: string | null; text: string}[];
  it("lists each loader under notebooks/data with the file it makes and its text as it is", () => {
    const worlds = sources.find((s) => s.loader === "data/worlds/[scale]/[seed]/[drift].tar.ts")!;
    expect(worlds.output).toBe("data/worlds/[scale]/[seed]/[drift].tar");
    expect(worlds.text).toBe(readFileSync(`${root}notebooks/data/worlds/[scale]/[seed]/[drift].tar.ts`, "utf8"));
    expect(sources.map((s) => s.loader)).toEqual(expect.arrayContaining(["data/model_daily.arrow.ts", "data/yours/card_payments.arrow.ts", "data/loader-sources.json.ts"]));
  });
  it("adds the src/loaders helpers the pages show, with no output", () => {
    const helper = sources.find((s) => s.loader === "src/loaders/runLoader.ts")!;
    expect(helper.output).toBeNull();
    expect(helper.text).toBe(readFileSync(`${root}src/loaders/runLoader.ts`, "utf8"));
  });
});

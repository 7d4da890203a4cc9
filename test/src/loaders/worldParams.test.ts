import {describe, expect, it} from "vitest";
import {scales} from "../../../lib/synth/index.js";
import {LoaderError, loaderScales, worldParams} from "../../../src/loaders/index.js";

describe("worldParams", () => {
  it("worldParams reads Framework's options, in the order it passes them (--drift=… --seed=… --scale=…)", () => {
    const p = worldParams(["--drift=0.6", "--seed=11", "--scale=tiny"]);
    expect([p.seed, p.scale, p.drift]).toEqual([11, "tiny", 0.6]);
    expect(p.options.seed).toBe(11);
    expect(p.options.drift).toEqual({strength: 0.6});
  });
  it("worldParams sizes tiny and mini as 1/20 and 1/5 of every count of the small world", () => {
    expect(worldParams(["--seed=7", "--scale=tiny", "--drift=0"]).options.size).toEqual({customers: 50, transactions: 5000, merchants: 20, requests: 1000, driftRows: 250});
    expect(worldParams(["--seed=7", "--scale=mini", "--drift=0"]).options.size).toEqual({customers: 200, transactions: 20000, merchants: 80, requests: 4000, driftRows: 1000});
    expect(loaderScales).toEqual({tiny: 0.05, mini: 0.2});
  });
  it("worldParams of small, medium and large is lib/synth's scale itself", () => {
    for (const scale of ["small", "medium", "large"] as const) expect(worldParams(["--seed=7", `--scale=${scale}`, "--drift=0.3"]).options.size).toEqual(scales[scale]);
  });
  it("worldParams takes a seed up to 2³²−1 and drift strengths 0 and 1", () => {
    expect(worldParams(["--seed=4294967295", "--scale=tiny", "--drift=1"]).seed).toBe(4294967295);
    expect(worldParams(["--seed=0", "--scale=tiny", "--drift=0"]).drift).toBe(0);
  });
  it("worldParams refuses a missing, malformed or unknown option with a one-line LoaderError", () => {
    const cases: [string[], RegExp][] = [
      [["--seed=7", "--scale=tiny"], /^worldParams requires --drift \(the \[drift\] part of the path/],
      [["--seed=seven", "--scale=tiny", "--drift=0"], /^worldParams requires --seed to be a whole number from 0 to 4294967295; got "seven"$/],
      [["--seed=-1", "--scale=tiny", "--drift=0"], /--seed to be a whole number/],
      [["--seed=4294967296", "--scale=tiny", "--drift=0"], /--seed to be a whole number/],
      [["--seed=7", "--scale=huge", "--drift=0"], /^worldParams requires --scale to be one of tiny, mini, small, medium, large; got "huge"$/],
      [["--seed=7", "--scale=tiny", "--drift=2"], /^worldParams requires --drift to be a number from 0 to 1; got "2"$/],
      [["--seed=7", "--scale=tiny", "--drift=NaN"], /--drift to be a number/],
      [["--seed=7", "--scale=tiny", "--drift=0", "--rows=5"], /^worldParams takes --seed, --scale and --drift only: /],
    ];
    for (const [args, message] of cases) {
      const error = (() => {
        try {
          worldParams(args);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error, args.join(" ")).toBeInstanceOf(LoaderError);
      expect(error!.message).toMatch(message);
      expect(error!.message).not.toContain("\n");
    }
  });
});

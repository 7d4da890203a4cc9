import {parseArgs} from "node:util";
import {scales, worldSize, type ScaleName, type WorldOptions, type WorldSize} from "../../lib/synth/index.js";
import {LoaderError} from "./loaderError.js";

/** The scales a worlds loader builds: the lab's named scales and two smaller ones for pages. */
export type LoaderScale = "tiny" | "mini" | ScaleName;

/**
 * The two scales below `small`, as a share of every count of the `small` world: `tiny`
 * (1/20: 50 customers, ~5k transactions, 250 rows per drift window) and `mini` (1/5) keep
 * a page's extra worlds to a few hundred kB. `small`, `medium` and `large` are lib/synth's.
 *
 * @example
 * loaderScales.tiny // => 0.05
 */
export const loaderScales: Readonly<Record<Exclude<LoaderScale, ScaleName>, number>> = {tiny: 1 / 20, mini: 1 / 5};

/** Every scale name a worlds loader takes, smallest first. */
export const loaderScaleNames: readonly LoaderScale[] = ["tiny", "mini", "small", "medium", "large"];

/** A world chosen by a loader's parameters, and the generateWorld options that build it. */
export interface WorldParams {
  seed: number;
  scale: LoaderScale;
  /** drift_current's drift strength, in [0, 1]. */
  drift: number;
  options: WorldOptions;
}

/**
 * The world a parameterised loader builds, from the arguments Framework passes it: a route
 * `data/worlds/[scale]/[seed]/[drift].tar.ts` asked for `data/worlds/tiny/11/0.3/…` runs
 * the loader with `--drift=0.3 --seed=11 --scale=tiny`. Each is required; the seed is a
 * whole number from 0 to 2³²−1, the drift strength a number in [0, 1]. Anything else is a
 * LoaderError in one line (the build then fails, naming the loader).
 *
 * @example
 * worldParams(["--drift=0.3", "--seed=11", "--scale=tiny"]).options.size.transactions // => 5000
 */
export function worldParams(args: readonly string[]): WorldParams & {options: {size: WorldSize}} {
  let values: Record<string, string | undefined>;
  try {
    ({values} = parseArgs({args: [...args], options: {seed: {type: "string"}, scale: {type: "string"}, drift: {type: "string"}}, strict: true, allowPositionals: false}));
  } catch (error) {
    throw new LoaderError(`worldParams takes --seed, --scale and --drift only: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
  const {seed: seedText, scale, drift: driftText} = values;
  for (const [name, value] of Object.entries({seed: seedText, scale, drift: driftText})) {
    if (value === undefined) throw new LoaderError(`worldParams requires --${name} (the [${name}] part of the path, as in data/worlds/tiny/7/0.3/labels.arrow)`);
  }
  if (!/^\d+$/.test(seedText!) || Number(seedText) > 2 ** 32 - 1) throw new LoaderError(`worldParams requires --seed to be a whole number from 0 to 4294967295; got ${JSON.stringify(seedText)}`);
  if (!loaderScaleNames.includes(scale as LoaderScale)) throw new LoaderError(`worldParams requires --scale to be one of ${loaderScaleNames.join(", ")}; got ${JSON.stringify(scale)}`);
  const drift = Number(driftText);
  if (!/^\d*\.?\d+$/.test(driftText!) || !(drift >= 0 && drift <= 1)) throw new LoaderError(`worldParams requires --drift to be a number from 0 to 1; got ${JSON.stringify(driftText)}`);
  const seed = Number(seedText);
  const size = scale === "tiny" || scale === "mini" ? shareOfSmall(loaderScales[scale]) : worldSize(scale as ScaleName);
  return {seed, scale: scale as LoaderScale, drift, options: {seed, size, drift: {strength: drift}}};
}

function shareOfSmall(share: number): WorldSize {
  return Object.fromEntries(Object.entries(scales.small).map(([key, n]) => [key, Math.max(1, Math.round(n * share))])) as unknown as WorldSize;
}

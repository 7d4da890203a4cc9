import {randomLcg, randomNormal, randomPoisson} from "d3";

/**
 * A seeded stream of random numbers. Every draw comes from d3-random's 32-bit LCG
 * (`randomLcg`), so a stream is reproducible in Node and in the browser.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** exp(mu + sigma·z): a lognormal draw whose median is exp(mu). */
  logNormal(mu: number, sigma: number): number;
  /** A Poisson count with mean `lambda`. */
  poisson(lambda: number): number;
  /** Pareto with scale 1 and shape `alpha`: values ≥ 1, P(X > x) = x^−alpha. */
  pareto(alpha: number): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** true with probability p. */
  bernoulli(p: number): boolean;
}

/**
 * Mixes a seed and a stream name into a 32-bit LCG state, so each part of the world
 * draws from its own stream: adding draws to one table never shifts another.
 *
 * @example
 * streamSeed(7, "transactions") // => 3394233945
 */
export function streamSeed(seed: number, stream: string): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`streamSeed requires an integer seed; got ${seed}`);
  let h = fmix32((seed >>> 0) ^ fmix32(Math.floor(seed / 2 ** 32) >>> 0));
  for (let i = 0; i < stream.length; ++i) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  return fmix32(h) >>> 0;
}

/**
 * Creates the random stream named `stream` of world `seed`.
 *
 * @example
 * createRng(7, "a").uniform() // => 0.24139333120547235
 */
export function createRng(seed: number, stream: string): Rng {
  const source = randomLcg(streamSeed(seed, stream));
  const normal = randomNormal.source(source)(0, 1);
  const poisson = randomPoisson.source(source);
  return {
    uniform: source,
    normal,
    logNormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    poisson: (lambda) => (lambda > 0 ? poisson(lambda)() : 0),
    pareto: (alpha) => Math.pow(1 - source(), -1 / alpha),
    int: (n) => Math.floor(source() * n),
    bernoulli: (p) => source() < p,
  };
}

/** MurmurHash3's 32-bit finalizer: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

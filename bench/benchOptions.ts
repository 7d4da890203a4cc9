/** The sizes a benchmark runs at: `large` is the issues' world, the others are for quick runs. */
export type BenchScale = "small" | "medium" | "large";

/** The benchmark suites; `all` on the command line runs them in this order. */
export const benchSuites = ["pit", "contracts", "latency", "drift", "skew", "pages"] as const;
export type BenchSuite = (typeof benchSuites)[number];

/** What `npm run bench -- <suite> [--json] [--scale S] [--repeats N] [--cases a,b]` asks for. */
export interface BenchOptions {
  /** The suites to run: one, or all of them for `all`. */
  suites: BenchSuite[];
  json: boolean;
  scale: BenchScale;
  /** Timed runs per case; the median is reported. Default: 5 at small, 3 otherwise (pages alone: 1). */
  repeats: number;
  /** Only these cases (for a second look at a few); default all. */
  cases?: string[];
}

const scales: readonly BenchScale[] = ["small", "medium", "large"];

/**
 * Parses the bench command line. Throws on anything it does not know, with the message
 * the CLI prints before it exits with code 2.
 *
 * @example benchOptions(["pit", "--scale", "small"]) // => {suites: ["pit"], json: false, scale: "small", repeats: 5}
 */
export function benchOptions(argv: readonly string[]): BenchOptions {
  let suite: string | undefined;
  let json = false;
  let scale: BenchScale = "large";
  let repeats: number | undefined;
  let cases: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--scale") {
      const value = argv[++i];
      if (!scales.includes(value as BenchScale)) throw new Error(`bench requires --scale ${scales.join("|")}, got ${given(value)}`);
      scale = value as BenchScale;
    } else if (arg === "--repeats") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`bench requires --repeats to be a whole number ≥ 1, got ${given(argv[i])}`);
      repeats = value;
    } else if (arg === "--cases") {
      const value = argv[++i];
      if (!value) throw new Error("bench requires --cases to name cases, separated by commas, got nothing");
      cases = value.split(",");
    } else if (arg.startsWith("--")) throw new Error(`bench does not know the option ${arg}`);
    else if (suite === undefined) suite = arg;
    else throw new Error(`bench takes one suite, got ${JSON.stringify(suite)} and ${JSON.stringify(arg)}`);
  }
  if (suite === undefined) throw new Error(`bench requires a suite: ${benchSuites.join(", ")} or all`);
  const suites = suite === "all" ? [...benchSuites] : benchSuites.filter((s) => s === suite);
  if (suites.length === 0) throw new Error(`bench requires a suite of ${benchSuites.join(", ")} or all, got ${JSON.stringify(suite)}`);
  return {suites, json, scale, repeats: repeats ?? (suite === "pages" ? 1 : scale === "small" ? 5 : 3), ...(cases ? {cases} : {})};
}

/** An option's value as an error message quotes it. */
function given(value: string | undefined): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/**
 * The cases of a suite that a run asks for (`--cases`, kept in the suite's order; all
 * without it), plus the `always` ones. Throws on a case the suite does not have.
 *
 * @example selectCases("contracts", ["prepare", "native-parquet", "duckdb-wasm-arrow"], ["duckdb-wasm-arrow"], ["prepare"]) // => ["prepare", "duckdb-wasm-arrow"]
 */
export function selectCases(suite: string, all: readonly string[], wanted?: readonly string[], always: readonly string[] = []): string[] {
  for (const name of wanted ?? []) if (!all.includes(name)) throw new Error(`bench ${suite} has no case ${JSON.stringify(name)} (it has ${all.join(", ")})`);
  return all.filter((name) => !wanted || wanted.includes(name) || always.includes(name));
}

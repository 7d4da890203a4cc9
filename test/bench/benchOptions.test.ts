import {spawnSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {benchOptions, benchSuites, selectCases} from "../../bench/benchOptions.js";

describe("benchOptions", () => {
  it("benchOptions([suite]) runs at large scale, 3 repeats, text output, every case", () => {
    expect(benchOptions(["pit"])).toEqual({suites: ["pit"], json: false, scale: "large", repeats: 3});
  });
  it("benchOptions defaults to 5 repeats at small scale and keeps an explicit count", () => {
    expect(benchOptions(["contracts", "--scale", "small"]).repeats).toBe(5);
    expect(benchOptions(["contracts", "--scale", "small", "--repeats", "2"]).repeats).toBe(2);
    expect(benchOptions(["contracts", "--scale", "medium"]).repeats).toBe(3);
  });
  it("benchOptions reads --json and --cases in any order around the suite", () => {
    expect(benchOptions(["--json", "--cases", "kernel,native-1t-asof", "pit"])).toEqual({suites: ["pit"], json: true, scale: "large", repeats: 3, cases: ["kernel", "native-1t-asof"]});
  });
  it("benchOptions(['pages']) runs each page once cold and warm unless --repeats says more, and takes pages as --cases", () => {
    expect(benchOptions(["pages"])).toEqual({suites: ["pages"], json: false, scale: "large", repeats: 1});
    expect(benchOptions(["pages", "--repeats", "3", "--cases", "/,/drift"])).toEqual({suites: ["pages"], json: false, scale: "large", repeats: 3, cases: ["/", "/drift"]});
  });
  it("benchOptions(['all']) runs every suite in order", () => {
    expect(benchOptions(["all"]).suites).toEqual([...benchSuites]);
    expect(benchSuites).toEqual(["pit", "contracts", "latency", "drift", "skew", "pages"]);
  });

  it.each([
    [[], "bench requires a suite: pit, contracts, latency, drift, skew, pages or all"],
    [["nope"], 'bench requires a suite of pit, contracts, latency, drift, skew, pages or all, got "nope"'],
    [["pit", "contracts"], 'bench takes one suite, got "pit" and "contracts"'],
    [["pit", "--scale", "huge"], 'bench requires --scale small|medium|large, got "huge"'],
    [["pit", "--scale"], "bench requires --scale small|medium|large, got nothing"],
    [["pit", "--repeats", "0"], 'bench requires --repeats to be a whole number ≥ 1, got "0"'],
    [["pit", "--repeats", "2.5"], 'bench requires --repeats to be a whole number ≥ 1, got "2.5"'],
    [["pit", "--repeats"], "bench requires --repeats to be a whole number ≥ 1, got nothing"],
    [["pit", "--cases"], "bench requires --cases to name cases, separated by commas, got nothing"],
    [["pit", "--frob"], "bench does not know the option --frob"],
  ])("benchOptions(%j) throws %s", (argv, message) => {
    expect(() => benchOptions(argv)).toThrow(new Error(message));
  });
});

describe("selectCases", () => {
  const all = ["prepare", "native-parquet", "duckdb-wasm-arrow"];
  it("selectCases(suite, all) is every case", () => {
    expect(selectCases("contracts", all)).toEqual(all);
  });
  it("selectCases keeps the suite's order and the always-run cases", () => {
    expect(selectCases("contracts", all, ["duckdb-wasm-arrow", "native-parquet"], ["prepare"])).toEqual(all);
    expect(selectCases("contracts", all, ["duckdb-wasm-arrow"], ["prepare"])).toEqual(["prepare", "duckdb-wasm-arrow"]);
    expect(selectCases("contracts", all, ["duckdb-wasm-arrow"])).toEqual(["duckdb-wasm-arrow"]);
  });
  it("selectCases throws on a case the suite does not have, naming the ones it has", () => {
    expect(() => selectCases("pit", ["kernel", "native-1t-asof"], ["kernel", "bogus"])).toThrow(new Error('bench pit has no case "bogus" (it has kernel, native-1t-asof)'));
  });
});

describe("npm run bench with bad usage", () => {
  it("prints benchOptions' message alone and exits with code 2, running nothing", () => {
    const run = fileURLToPath(new URL("../../bench/run.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const result = spawnSync(tsx, [run, "pit", "--scale", "huge"], {encoding: "utf8"});
    expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 2, stdout: "", stderr: 'bench requires --scale small|medium|large, got "huge"\n'});
  });
});

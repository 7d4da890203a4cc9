import {Table, tableFromArrays, tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {InputError} from "../../../src/io/index.js";
import {LoaderError, loaderFailure, loaderOutput, runLoader, type LoaderIo} from "../../../src/loaders/index.js";

/** A LoaderIo that records what a loader wrote and how it failed. */
function capture() {
  const out = {written: [] as Uint8Array[], failures: [] as {line: string; exitCode: number}[]};
  const io: LoaderIo = {write: (bytes) => void out.written.push(bytes), fail: (line, exitCode) => void out.failures.push({line, exitCode})};
  return {out, io};
}

describe("loaderOutput", () => {
  it("loaderOutput(table) is an Arrow IPC file of the same rows", () => {
    const table = tableFromArrays({id: Int32Array.from([1, 2, 3]), amount: Float64Array.from([1.5, 2.5, NaN])});
    const back = tableFromIPC(loaderOutput(table));
    expect(back.numRows).toBe(3);
    expect(back.schema.fields.map((f) => f.name)).toEqual(["id", "amount"]);
    expect([...back.getChild("id")!]).toEqual([1, 2, 3]);
  });
  it("loaderOutput(text) is its UTF-8 bytes, and bytes pass as they are", () => {
    expect(new TextDecoder().decode(loaderOutput("é\n"))).toBe("é\n");
    const bytes = Uint8Array.from([1, 2]);
    expect(loaderOutput(bytes)).toBe(bytes);
  });
  it("loaderOutput refuses a table without rows, naming its columns", () => {
    const empty = tableFromArrays({id: new Int32Array(0), note: new Float64Array(0)});
    expect(() => loaderOutput(empty)).toThrow(new LoaderError("the table has no rows (columns: id, note)"));
  });
  it("loaderOutput refuses a table without columns, an empty string and no bytes", () => {
    expect(() => loaderOutput(new Table())).toThrow(LoaderError);
    expect(() => loaderOutput("")).toThrow(new LoaderError("the output is empty (0 bytes)"));
    expect(() => loaderOutput(new Uint8Array(0))).toThrow(LoaderError);
  });
  it("loaderOutput of something else is a TypeError naming the function", () => {
    expect(() => loaderOutput(42 as never)).toThrow(/^loaderOutput requires an Arrow Table, a Uint8Array or a string; got \[object Number\]$/);
  });
});

describe("loaderFailure", () => {
  it("loaderFailure tells a LoaderError or InputError as it is, on one line", () => {
    expect(loaderFailure("data/x.arrow.ts", new LoaderError("cannot read a.csv: no such file\nmore"))).toBe("data/x.arrow.ts: cannot read a.csv: no such file");
    expect(loaderFailure("data/x.arrow.ts", new InputError("a.txt: unknown file type"))).toBe("data/x.arrow.ts: a.txt: unknown file type");
  });
  it("loaderFailure calls any other error an internal error", () => {
    expect(loaderFailure("data/x.arrow.ts", new TypeError("x is undefined"))).toBe("data/x.arrow.ts: internal error: x is undefined");
    expect(loaderFailure("data/x.arrow.ts", "a string")).toBe("data/x.arrow.ts: internal error: a string");
  });
});

describe("runLoader", () => {
  it("runLoader writes the output once, whole, and does not fail", async () => {
    const {out, io} = capture();
    await runLoader("data/x.csv.ts", async () => "a\n1\n", io);
    expect(out.written.map((b) => new TextDecoder().decode(b))).toEqual(["a\n1\n"]);
    expect(out.failures).toEqual([]);
  });
  it("runLoader of a body that throws a LoaderError writes nothing and fails with one line and exit code 2", async () => {
    const {out, io} = capture();
    await runLoader("data/x.arrow.ts", () => {
      throw new LoaderError("cannot read a.parquet: no such file");
    }, io);
    expect(out.written).toEqual([]);
    expect(out.failures).toEqual([{line: "data/x.arrow.ts: cannot read a.parquet: no such file", exitCode: 2}]);
  });
  it("runLoader of an empty result writes nothing and fails with exit code 2", async () => {
    const {out, io} = capture();
    await runLoader("data/x.arrow.ts", () => tableFromArrays({id: new Int32Array(0)}), io);
    expect(out.written).toEqual([]);
    expect(out.failures).toEqual([{line: "data/x.arrow.ts: the table has no rows (columns: id)", exitCode: 2}]);
  });
  it("runLoader of a bug fails with exit code 3 and says internal error", async () => {
    const {out, io} = capture();
    await runLoader("data/x.arrow.ts", () => (undefined as unknown as {x: string}).x, io);
    expect(out.written).toEqual([]);
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]!.exitCode).toBe(3);
    expect(out.failures[0]!.line).toMatch(/^data\/x\.arrow\.ts: internal error: [^\n]+$/);
  });
});

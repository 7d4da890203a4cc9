import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {SaxesParser} from "saxes";
import {Table, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {sqlStringLiteral} from "../../../lib/sql/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {writeTable} from "../../../src/io/index.js";
import {fslabInProcess as fslab} from "./fslab.js";

const start = Date.UTC(2026, 0, 1);
const asOf = "2026-03-02T00:00:00Z"; // the world's end: 60 days
const world = generateWorld({start, days: 60, size: {customers: 30, transactions: 600, merchants: 20}, tables: ["transactions", "txn_stats", "labels"]});

type Columns = Record<string, unknown[]>;
/** The transactions with `edit` applied to plain copies of their columns. */
function transactionsWith(edit: (c: Columns) => void): Table {
  const t = world.transactions;
  const columns: Columns = Object.fromEntries(t.schema.fields.map((f) => [f.name, [...t.getChild(f.name)!]]));
  edit(columns);
  return new Table(Object.fromEntries(t.schema.fields.filter((f) => f.name in columns).map((f) => [f.name, vectorFromArray(columns[f.name]!, f.type)])));
}

describe("fslab check", () => {
  let dir: string;
  const contract = (name: string) => join("data", "contracts", `${name}.yaml`);
  const failing = (stdout: string) => (JSON.parse(stdout) as {checks: {id: string; status: string}[]}).checks.filter((c) => c.status !== "pass").map((c) => c.id);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-check-"));
    for (const name of ["transactions", "txn_stats", "labels"] as const) {
      await writeTable(world[name], join(dir, `${name}.parquet`));
      await writeTable(world[name], join(dir, `${name}.csv`));
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it.each([["transactions.v1", "transactions"], ["transactions.v2", "transactions"], ["txn_stats", "txn_stats"], ["labels", "labels"]])(
    "passes the clean synthetic world: %s on %s.parquet and .csv (exit 0)",
    async (name, table) => {
      for (const ext of ["parquet", "csv"]) {
        const {code, stdout, stderr} = await fslab("check", "--contract", contract(name), "--data", join(dir, `${table}.${ext}`), "--as-of", asOf, "--format", "json");
        expect([ext, failing(stdout), stderr, code]).toEqual([ext, [], "", 0]);
      }
    },
  );

  const faults: [string, (c: Columns) => void, string][] = [
    ["a null txn_id", (c) => void (c.txn_id![3] = null), "transactions.txn_id.required"],
    ["a customer_id of 0", (c) => void (c.customer_id![5] = 0), "transactions.customer_id.minimum"],
    ["an unknown merchant_category", (c) => void (c.merchant_category![7] = "casino"), "transactions.merchant_category.enum"],
    ["an unknown channel", (c) => void (c.channel![1] = "fax"), "transactions.channel.enum"],
    ["a negative amount", (c) => void (c.amount![2] = -1), "transactions.amount.exclusiveMinimum"],
    ["an amount over the maximum", (c) => void (c.amount![2] = 1e6), "transactions.amount.maximum"],
    ["2% missing amounts", (c) => c.amount!.forEach((_, i) => void (i % 50 === 0 && (c.amount![i] = null))), "amount_rarely_missing"],
    ["a row delivered twice", (c) => Object.values(c).forEach((v) => v.push(v[0])), "one_row_per_version"],
    ["a row ingested before its event", (c) => void (c.created_timestamp![4] = (c.event_timestamp![4] as number) - 1000), "created_not_before_event"],
    ["a missing is_correction column", (c) => void delete c.is_correction, "transactions.is_correction.present"],
  ];
  it.each(faults)("flags exactly the broken rule for %s (exit 1)", async (_, edit, broken) => {
    const file = join(dir, `fault-${broken}.parquet`);
    await writeTable(transactionsWith(edit), file);
    const {code, stdout} = await fslab("check", "--contract", contract("transactions.v1"), "--data", file, "--as-of", asOf, "--format", "json");
    expect([failing(stdout), code]).toEqual([[broken], 1]);
  });

  it("flags text in an integer CSV column as a type failure, not a crash", async () => {
    const csv = (await readFile(join(dir, "transactions.csv"), "utf8")).split("\n");
    csv[3] = csv[3]!.replace(/^\d+/, "oops");
    await writeFile(join(dir, "typo.csv"), csv.join("\n"));
    const {code, stdout} = await fslab("check", "--contract", contract("transactions.v1"), "--data", join(dir, "typo.csv"), "--as-of", asOf);
    expect(code).toBe(1);
    expect(stdout).toContain("FAIL  transactions.txn_id.type");
    expect(stdout).toMatch(/1 of \d+ rows \([\d.]+%\) have txn_id not a valid integer \(the column is VARCHAR\)/);
    expect(stdout).toContain('e.g. {"txn_id":"oops"');
  });

  it("shows the failing rows of a Parquet file with STRUCT, LIST and INTERVAL columns (they used to vanish)", async () => {
    const file = join(dir, "nested.parquet");
    const engine = await createNativeEngine();
    try {
      await engine.query(`COPY (SELECT i AS id, {'a': i, 'b': 'x'} AS meta, [i, i + 1] AS tags, INTERVAL 1 DAY AS gap, CASE WHEN i % 3 = 0 THEN NULL ELSE i END AS v FROM range(10) t(i)) TO ${sqlStringLiteral(file)} (FORMAT parquet)`);
    } finally {
      await engine.close();
    }
    await writeFile(join(dir, "nested.yaml"), "apiVersion: v3.0.2\nkind: DataContract\nid: nested\nversion: 1.0.0\nstatus: active\nschema:\n  - name: nested\n    properties:\n      - {name: v, logicalType: integer, required: true}\n");
    const {code, stdout} = await fslab("check", "--contract", join(dir, "nested.yaml"), "--data", file, "--format", "json");
    const required = (JSON.parse(stdout) as {checks: {id: string; samples: unknown[]}[]}).checks.find((c) => c.id === "nested.v.required")!;
    expect(code).toBe(1);
    expect(required.samples).toHaveLength(4);
    expect(required.samples[1]).toEqual({id: 3, meta: "{'a': 3, 'b': x}", tags: "[3, 4]", gap: "1 day", v: null});
  });

  it("fails freshness when the data is older than the SLA at --as-of", async () => {
    const {code, stdout} = await fslab("check", "--contract", contract("transactions.v1"), "--data", join(dir, "transactions.parquet"), "--as-of", "2026-03-05T00:00:00Z", "--format", "json");
    expect([failing(stdout), code]).toEqual([["transactions.event_timestamp.freshness"], 1]);
  });

  it("exits 2 with one line and no output on an unreadable data file", async () => {
    for (const data of [join(dir, "nope.parquet"), join(dir, "notes.txt")]) {
      const {code, stdout, stderr} = await fslab("check", "--contract", contract("labels"), "--data", data);
      expect([code, stdout, stderr.split("\n").length]).toEqual([2, "", 2]);
      expect(stderr).toMatch(/^fslab check: .*nope\.parquet|notes\.txt/);
    }
  });

  it("exits 2 with the contract's line and field when it does not parse", async () => {
    const text = (await readFile(contract("labels"), "utf8")).replace("logicalType: boolean", "logicalType: bool");
    await writeFile(join(dir, "bad.yaml"), text);
    const {code, stdout, stderr} = await fslab("check", "--contract", join(dir, "bad.yaml"), "--data", join(dir, "labels.parquet"));
    const line = text.split("\n").findIndex((l) => l.includes("logicalType: bool")) + 1;
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`fslab check: ${join(dir, "bad.yaml")}:${line}: schema[0].properties[4].logicalType: "bool" is not one of string, integer, number, boolean, date, timestamp, time, object, array, map\n`);
  });

  it("exits 2 naming a missing top-level field of the contract", async () => {
    const text = (await readFile(contract("labels"), "utf8")).replace(/^id: .*\n/m, "");
    await writeFile(join(dir, "no-id.yaml"), text);
    const {code, stdout, stderr} = await fslab("check", "--contract", join(dir, "no-id.yaml"), "--data", join(dir, "labels.parquet"));
    const line = text.split("\n").findIndex((l) => l.startsWith("apiVersion:")) + 1; // the mapping's first line, after the comment
    expect([code, stdout, stderr]).toEqual([2, "", `fslab check: ${join(dir, "no-id.yaml")}:${line}: "id" is required (the contract has no "id" field)\n`]);
  });

  it("exits 2 on bad usage: a missing option, an unknown format, a bad --as-of", async () => {
    for (const argv of [["--data", "x.csv"], ["--contract", "c.yaml", "--data", "x.csv", "--format", "xml"], ["--contract", "c.yaml", "--data", "x.csv", "--as-of", "soon"]]) {
      const {code, stdout, stderr} = await fslab("check", ...argv);
      expect([code, stdout, stderr.split("\n").length]).toEqual([2, "", 2]);
    }
  });

  it("--format junit prints well-formed XML with one testcase per check and escaped text", async () => {
    const file = join(dir, "junit.parquet");
    await writeTable(transactionsWith((c) => void (c.channel![1] = `<b>"fax" & 'co'</b>\u0001`)), file);
    const {code, stdout} = await fslab("check", "--contract", contract("transactions.v1"), "--data", file, "--as-of", asOf, "--format", "junit");
    expect(code).toBe(1);
    const parser = new SaxesParser();
    const cases: string[] = [];
    let failures = 0;
    parser.on("opentag", (tag) => {
      if (tag.name === "testcase") cases.push(String(tag.attributes.name));
      if (tag.name === "failure") ++failures;
    });
    parser.write(stdout).close();
    expect(cases).toHaveLength(42); // 38 checks and the 4 physicalType checks (INTEGER, DOUBLE declared; same family in the data)
    expect(failures).toBe(1);
    expect(stdout).toContain(String.raw`sample: {&quot;txn_id&quot;:`);
    expect(stdout).toContain(String.raw`&quot;channel&quot;:&quot;&lt;b&gt;\&quot;fax\&quot; &amp; &apos;co&apos;&lt;/b&gt;\u0001&quot;`);
  });
});

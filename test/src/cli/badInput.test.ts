// Hostile and careless input for every command: exit 2, one line on stderr naming the
// problem, nothing on stdout, no output file (and no input replaced).
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Field, Int32, List, Table, tableToIPC, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fslabInProcess as fslab} from "./fslab.js";

const repo = `entities:
  customer: {join_keys: [customer_id]}
feature_views:
  - name: stats
    entities: [customer]
    source: stats.csv
    timestamp_field: event_timestamp
    features: [amount]
`;
const contract = `apiVersion: v3.0.2
kind: DataContract
id: t
version: 1.0.0
status: active
schema:
  - name: t
    properties:
      - name: customer_id
        logicalType: integer
        required: true
`;
const spine = "customer_id,event_timestamp\n1,2026-01-01T03:00:00Z\n";

let dir = "";
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fslab-bad-input-"));
  await writeFile(at("features.yaml"), repo);
  await writeFile(at("contract.yaml"), contract);
  await writeFile(at("broken.yaml"), "entities: [unclosed\n  : :\n");
  await writeFile(at("nofeature.yaml"), repo.replace("[amount]", "[nope]"));
  await writeFile(at("stats.csv"), "customer_id,event_timestamp,amount\n1,2026-01-01T00:00:00Z,2.5\n");
  await writeFile(at("spine.csv"), spine);
  await writeFile(at("empty.csv"), "");
  await writeFile(at("ragged.csv"), "customer_id,event_timestamp,x\n1,2026-01-01T00:00:00Z\n2,2026-01-01T00:00:00Z,3,4,5\n");
  await writeFile(at("dup.csv"), "customer_id,event_timestamp,customer_id\n1,2026-01-01T00:00:00Z,2\n");
  await writeFile(at("empty.arrow"), "");
  await writeFile(at("textkey.csv"), "customer_id,event_timestamp\n0001,2026-01-01T03:00:00Z\n");
  const listy = new Table({customer_id: vectorFromArray([1], new Int32()), event_timestamp: vectorFromArray([new Date("2026-01-01T03:00:00Z")]), tags: vectorFromArray([[1, 2]], new List(new Field("item", new Int32())))});
  await writeFile(at("listy.arrow"), tableToIPC(listy, "file"));
  await mkdir(at("folder.csv"));
});
afterAll(() => rm(dir, {recursive: true, force: true}));

const cases: [string, () => string[], RegExp][] = [
  ["a missing spine", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("nope.csv"), "--out", at("o1.csv")], /cannot read .*nope\.csv: no such file$/],
  ["a folder as spine", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("folder.csv"), "--out", at("o2.csv")], /folder\.csv: it is a folder, not a file$/],
  ["a 0-byte spine", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("empty.csv"), "--out", at("o3.csv")], /empty\.csv: the file is empty \(0 bytes\)$/],
  ["a ragged spine", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("ragged.csv"), "--out", at("o4.csv")], /ragged\.csv: line 2 has 2 fields where the header has 3: "1,2026-01-01T00:00:00Z"$/],
  ["a spine key read as text where the view's is a number", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("textkey.csv"), "--out", at("o7.csv")], /spine column "customer_id" is text \(Utf8\) but view "stats" has it as numbers \(Int64\), so no row would match; write the spine's customer_id as numbers/],
  ["a feature its view's source lacks", () => ["pit-join", "--repo", at("nofeature.yaml"), "--spine", at("spine.csv"), "--out", at("o8.csv")], /the join needs column "nope" in view "stats", got customer_id, event_timestamp, amount \(source .*stats\.csv\)$/],
  ["a repository that is not YAML", () => ["pit-join", "--repo", at("broken.yaml"), "--spine", at("spine.csv"), "--out", at("o9.csv")], /broken\.yaml:2: not valid YAML: Unexpected : in flow sequence$/],
  ["a List column written to Parquet", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("listy.arrow"), "--out", at("o10.parquet")], /cannot write .*o10\.parquet: column "tags" has type List<Int32>, which fslab writes to \.csv or \.arrow but not to Parquet$/],
  ["a List column to check", () => ["check", "--contract", at("contract.yaml"), "--data", at("listy.arrow")], /listy\.arrow: column "tags" has type List<Int32>, which fslab cannot read/],
  ["a folder as repository", () => ["pit-join", "--repo", at("folder.csv"), "--spine", at("spine.csv"), "--out", at("o5.csv")], /folder\.csv: it is a folder, not a file$/],
  ["an output folder that does not exist", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("spine.csv"), "--out", at("nope/o6.csv")], /cannot write .*nope\/o6\.csv: folder .*nope does not exist$/],
  ["--out equal to --spine", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("spine.csv"), "--out", at("./spine.csv")], /cannot write .*spine\.csv: it is the --spine file .*, which the output would replace; choose another path$/],
  ["--out equal to a view's source", () => ["pit-join", "--repo", at("features.yaml"), "--spine", at("spine.csv"), "--out", at("stats.csv")], /it is the stats source file .*stats\.csv/],
  ["a 0-byte data file", () => ["check", "--contract", at("contract.yaml"), "--data", at("empty.csv")], /empty\.csv: the file is empty \(0 bytes\)$/],
  ["a ragged data file", () => ["check", "--contract", at("contract.yaml"), "--data", at("ragged.csv")], /ragged\.csv: line 2 has 2 fields/],
  ["a duplicate column name", () => ["check", "--contract", at("contract.yaml"), "--data", at("dup.csv")], /dup\.csv: the header names column "customer_id" twice \(columns 1 and 3\); rename one$/],
  ["a 0-byte Arrow file", () => ["check", "--contract", at("contract.yaml"), "--data", at("empty.arrow")], /empty\.arrow: the file is empty \(0 bytes\)$/],
  ["a folder as contract", () => ["compat", "--old", at("folder.csv"), "--new", at("contract.yaml")], /cannot read .*folder\.csv: it is a folder, not a file$/],
  ["a 0-byte file to fingerprint", () => ["fingerprint", at("empty.arrow")], /empty\.arrow: the file is empty \(0 bytes\)$/],
  ["a value that starts with a dash", () => ["check", "--contract", at("contract.yaml"), "--data", at("spine.csv"), "--samples", "-1"], /option --samples needs a value; for a value that starts with "-", write --samples=VALUE/],
];

describe("fslab with bad input", () => {
  it.each(cases)("fslab with %s exits 2 with one line naming the problem and writes nothing", async (_, argv, message) => {
    const args = argv();
    const {code, stdout, stderr} = await fslab(...args);
    expect([code, stdout, stderr.split("\n").length]).toEqual([2, "", 2]);
    expect(stderr.trim()).toMatch(new RegExp(`^fslab ${args[0]}: `));
    expect(stderr.trim()).toMatch(message);
    const out = args[args.indexOf("--out") + 1];
    if (args.includes("--out") && !out!.endsWith("spine.csv") && !out!.endsWith("stats.csv")) expect(existsSync(out!)).toBe(false);
  });
  it.runIf(existsSync("/proc/self"))("fslab generate --out under /proc exits 2 instead of spinning in Node's recursive mkdir", async () => {
    const {code, stdout, stderr} = await fslab("generate", "--out", "/proc/fslab-x/world");
    expect([code, stdout, stderr]).toEqual([2, "", "fslab generate: cannot create folder /proc/fslab-x/world: /proc does not accept new folders\n"]);
  });
  it("fslab pit-join --out equal to --spine leaves the spine as it was", async () => {
    await fslab("pit-join", "--repo", at("features.yaml"), "--spine", at("spine.csv"), "--out", at("spine.csv"));
    expect(await readFile(at("spine.csv"), "utf8")).toBe(spine);
  });
});

import {readFileSync} from "node:fs";
import {compileChecks, contractChecks, countQuery, jsonRows, parseContract, runContract, type Column, type CompiledCheck} from "../lib/contracts/index.js";
import {ident, join, sql, type SqlEngine, type SqlFragment} from "../lib/sql/index.js";
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {prepareTransactions, transactionsFiles} from "./contractsInput.js";
import {openTableInput} from "./engineInput.js";
import {median, peakRssMb, rssMb, timeRoundRobin} from "./measure.js";

/** The engines of issue 4's benchmark, each on the input it reads offline. */
export const contractsEngines = ["native-parquet", "duckdb-wasm-arrow"] as const;

const table = "transactions";
const asOf = Date.UTC(2026, 3, 1);
const contractPath = new URL("./transactions.contract.yaml", import.meta.url);

/**
 * The cases of one engine, timed round-robin (one run of each, `repeats` times) so that a
 * change in the machine's load hits them alike: a plain aggregate scan of the contract's
 * columns (the baseline), the contract's 15 row rules in one scan, the same scan without the
 * pattern rule (to show what the pattern costs), the same scan written with `count(*) FILTER
 * (WHERE …)` clauses instead of `count_if` (the form the compiler used before), the same rules
 * one query each, uniqueness, freshness, and runContract end to end, after one untimed
 * round. `prepare` writes the input files.
 */
export async function runContractsEngine(name: string, scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  if (name === "prepare") {
    await prepareTransactions(scale);
    return [];
  }
  const started = performance.now();
  const engine = await openInput(name, scale);
  const loadMs = Math.round(performance.now() - started);
  try {
    const parsed = parseContract(readFileSync(contractPath, "utf8"), "bench/transactions.contract.yaml");
    if (!parsed.ok) throw new Error(`bench contract does not parse: ${parsed.issues.map((i) => i.message).join("; ")}`);
    const contract = parsed.contract;
    const columns = jsonRows(await engine.query(sql`DESCRIBE ${ident(table)}`)).map((r): Column => ({name: String(r.column_name), type: String(r.column_type)}));
    const compiled = compileChecks(contractChecks(contract), table, columns);
    const rules = compiled.checks.filter((c): c is CompiledCheck & {predicate: SqlFragment} => c.predicate !== undefined);
    const own = (kind: string) => compiled.checks.find((c) => c.spec.measure.kind === kind)!.query!;
    const used = columns.filter((c) => compiled.checks.some((k) => k.spec.property === c.name || (k.spec.measure.kind === "rows" && k.spec.measure.test.kind === "expression" && k.spec.measure.test.sql.includes(c.name))));
    const scan = sql`SELECT count(*) AS "rows", ${join(used.flatMap((c) => [sql`min(${ident(c.name)})`, sql`max(${ident(c.name)})`]))} FROM ${ident(table)}`;

    const cases: {name: string; group: string; run: () => Promise<string>}[] = [
      {name: "scan", group: "scan", run: async () => JSON.stringify(jsonRows(await engine.query(scan))[0])},
      {name: `contract ${rules.length} rules, one scan`, group: "counts", run: async () => counts(jsonRows(await engine.query(compiled.aggregate))[0]!, rules.map((r) => r.alias!))},
      {name: `${rules.length - 1} rules without the pattern, one scan`, group: "without pattern", run: async () => {
        const kept = rules.filter((r) => !r.spec.id.endsWith(".pattern"));
        const query = sql`SELECT count(*) AS "rows", ${join(kept.map((r) => sql`count_if(${r.predicate}) AS ${ident(r.alias!)}`))} FROM ${ident(table)}`;
        return counts(jsonRows(await engine.query(query))[0]!, kept.map((r) => r.alias!));
      }},
      {name: `${rules.length} rules as FILTER clauses, one scan`, group: "counts", run: async () => {
        const query = sql`SELECT count(*) AS "rows", ${join(rules.map((r) => sql`count(*) FILTER (WHERE ${r.predicate}) AS ${ident(r.alias!)}`))} FROM ${ident(table)}`;
        return counts(jsonRows(await engine.query(query))[0]!, rules.map((r) => r.alias!));
      }},
      {name: `${rules.length} rules, one query each`, group: "counts", run: async () => {
        const row: Record<string, unknown> = {};
        for (const rule of rules) row[rule.alias!] = jsonRows(await engine.query(countQuery(rule.predicate, table)))[0]!.unexpected;
        return counts(row, rules.map((r) => r.alias!));
      }},
      {name: "uniqueness (txn_id, created_timestamp)", group: "uniqueness", run: async () => JSON.stringify(jsonRows(await engine.query(own("duplicates")))[0])},
      {name: "freshness (newest event_timestamp)", group: "freshness", run: async () => JSON.stringify(jsonRows(await engine.query(own("freshness")))[0])},
      {name: "runContract, all checks", group: "runContract", run: async () => {
        const result = await runContract(engine, contract, table, {asOf});
        return `${result.status}: ${result.checks.map((c) => `${c.id}=${c.status}`).filter((s) => !s.endsWith("=pass")).join(", ") || `all ${result.checks.length} checks pass`}`;
      }},
    ];
    const rssBeforeMb = rssMb();
    const {runs, results: checks} = await timeRoundRobin(cases.map((c) => c.run), repeats);
    const rows = Number(jsonRows(await engine.query(sql`SELECT count(*) AS n FROM ${ident(table)}`))[0]!.n);
    const threads = Number(jsonRows(await engine.query("SELECT current_setting('threads') AS t"))[0]!.t);
    const peak = peakRssMb();
    return cases.map((c, i) => ({
      suite: "contracts", case: `${name} ${c.name}`, ms: median(runs[i]!), runs: runs[i]!, rows, peakRssMb: peak, rssBeforeMb,
      check: checks[i]!, group: c.group, baseline: `${name} scan`, extra: {engine: name, threads, loadMs},
    }));
  } finally {
    await engine.close();
  }
}

/** The engine with table `transactions` over its input: a view on the Parquet file, or the Arrow IPC file loaded. */
async function openInput(name: string, scale: BenchScale): Promise<SqlEngine> {
  const engine = await openTableInput(name, table, transactionsFiles(scale));
  if (!engine) throw new Error(`runContractsEngine requires prepare or one of ${contractsEngines.join(", ")}, got ${JSON.stringify(name)}`);
  return engine;
}

function counts(row: Record<string, unknown>, aliases: readonly string[]): string {
  return aliases.map((a) => `${a}=${Number(row[a])}`).join(" ");
}

// npm run bench -- <pit|contracts|all> [--json] [--scale small|medium|large] [--repeats N] [--cases a,b]
// Prints each case's median time and its ratio to the suite's baseline, as a text table or,
// with --json, one JSON object per line (also kept in bench-output/<suite>-<scale>.jsonl,
// or <suite>-<scale>-some.jsonl for a run of a few --cases).
// Every case runs in a process of its own.
import {spawn} from "node:child_process";
import {mkdir, writeFile} from "node:fs/promises";
import {cpus, loadavg, totalmem} from "node:os";
import {fileURLToPath} from "node:url";
import {benchOptions, type BenchOptions} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {contractsEngines} from "./contracts.js";
import {pitCases} from "./pit.js";
import {agreement, jsonLine, rate, textTable} from "./report.js";

const caseScript = fileURLToPath(new URL("./runCase.ts", import.meta.url));
const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

/** Runs `runCase.ts` in a child process and returns the results it prints, or why it failed. */
function runChild(suite: string, name: string, options: BenchOptions): Promise<CaseResult[] | {failed: string}> {
  return new Promise((resolve) => {
    const args = [...process.execArgv, "--max-old-space-size=8192", caseScript, suite, name, options.scale, String(options.repeats)];
    const child = spawn(process.execPath, args, {stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-2000);
    });
    child.on("error", (error) => resolve({failed: error.message}));
    child.on("close", (code, signal) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("[")) resolve(JSON.parse(last) as CaseResult[]);
      else resolve({failed: `exit ${code ?? signal}: ${stderr.trim().split("\n").find((l) => /error/i.test(l)) ?? stderr.trim().split("\n").at(-1) ?? ""}`});
    });
  });
}

async function runSuite(suite: string, options: BenchOptions): Promise<boolean> {
  const all: readonly string[] = suite === "pit" ? pitCases : ["prepare", ...contractsEngines];
  for (const name of options.cases ?? []) if (!all.includes(name)) throw new Error(`bench ${suite} has no case ${JSON.stringify(name)} (it has ${all.join(", ")})`);
  const names = all.filter((name) => !options.cases || options.cases.includes(name) || name === "prepare");
  const results: CaseResult[] = [];
  const failures: string[] = [];
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  const loadBefore = load();
  for (const name of names) {
    process.stderr.write(`bench ${suite}: ${name} (${options.scale}, ${options.repeats} runs)…\n`);
    const outcome = await runChild(suite, name, options);
    if (Array.isArray(outcome)) results.push(...outcome);
    else failures.push(`${suite} ${name} FAILED (${outcome.failed})`);
  }
  const context = {scale: options.scale, cores: cpus().length, loadavgBefore: loadBefore, loadavgAfter: load()};
  const rated = rate(results);
  const groups = [...new Set(rated.map((c) => c.group ?? suite))];
  const check = groups.map((group) => {
    const {agree, text} = agreement(rated.filter((c) => (c.group ?? suite) === group));
    return {agree, text: `${group}: ${text}`};
  });
  const agree = failures.length === 0 && check.every((c) => c.agree);
  const lines = [...rated.map((c) => jsonLine(c, context)), JSON.stringify({suite, case: "agreement", agree, detail: [...failures, ...check.map((c) => c.text)], ...context})];
  await mkdir(outDir, {recursive: true});
  await writeFile(`${outDir}${suite}-${options.scale}${options.cases ? "-some" : ""}.jsonl`, `${lines.join("\n")}\n`);
  if (options.json) process.stdout.write(`${lines.join("\n")}\n`);
  else {
    process.stdout.write(`\n${suite} · scale ${options.scale} · ${context.cores} cores, ${Math.round(totalmem() / 2 ** 30)} GB · load average ${context.loadavgBefore} → ${context.loadavgAfter}\n`);
    process.stdout.write(`${textTable(rated)}\n`);
    const extras = new Map<string, string[]>();
    for (const c of rated) {
      const text = Object.entries(c.extra ?? {}).map(([k, v]) => `${k} ${v}`).join(", ");
      if (text) extras.set(text, [...(extras.get(text) ?? []), c.case]);
    }
    for (const [text, names] of extras) process.stdout.write(`  ${names.length > 1 ? names[0]!.split(" ")[0] : names[0]}: ${text}\n`);
    for (const line of [...failures, ...check.map((c) => c.text)]) process.stdout.write(`${line}\n`);
  }
  return agree;
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2));
  const suites = options.suite === "all" ? ["pit", "contracts"] : [options.suite];
  for (const suite of suites) if (!["pit", "contracts"].includes(suite)) throw new Error(`bench requires a suite of pit, contracts or all, got ${JSON.stringify(suite)}`);
  let agree = true;
  for (const suite of suites) agree = (await runSuite(suite, options)) && agree;
  if (!agree) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

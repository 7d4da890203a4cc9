// npm run bench -- <pit|contracts|latency|drift|skew|pages|all> [--json] [--scale small|medium|large] [--repeats N] [--cases a,b]
// Prints each case's median time and its ratio to the suite's baseline, as a text table or,
// with --json, one JSON object per line (also kept in bench-output/<suite>-<scale>.jsonl,
// or <suite>-<scale>-some.jsonl for a run of a few --cases).
// Every case runs in a process of its own.
import {spawn} from "node:child_process";
import {mkdir, writeFile} from "node:fs/promises";
import {cpus, loadavg, totalmem} from "node:os";
import {fileURLToPath} from "node:url";
import {benchOptions, selectCases, type BenchOptions, type BenchSuite} from "./benchOptions.js";
import {caseOutcome, type CaseResult} from "./caseResult.js";
import {contractsEngines} from "./contracts.js";
import {driftAgreement, splitSkipped} from "./driftAgreement.js";
import {driftEngines} from "./drift.js";
import {latencyEngines} from "./latency.js";
import {runPagesBench} from "./pages.js";
import {pitCases} from "./pit.js";
import {skewEngines} from "./skew.js";
import {agreement, jsonLine, rate, textReport} from "./report.js";

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
    child.on("close", (code, signal) => resolve(caseOutcome(code, signal, stdout, stderr)));
  });
}

async function runSuite(suite: BenchSuite, options: BenchOptions): Promise<boolean> {
  const engines = suite === "latency" ? latencyEngines : suite === "drift" ? driftEngines : suite === "skew" ? skewEngines : contractsEngines;
  const names = suite === "pit" ? selectCases(suite, pitCases, options.cases) : selectCases(suite, ["prepare", ...engines], options.cases, ["prepare"]);
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
  const {ran, skipped, notes: skippedNotes} = splitSkipped(results); // drift: numpy's cases when python3 lacks numpy/scipy
  const rated = rate(ran);
  const groups = [...new Set(rated.map((c) => c.group ?? suite))];
  const check = groups.map((group) => {
    const {agree, text} = (suite === "drift" ? driftAgreement : agreement)(rated.filter((c) => (c.group ?? suite) === group));
    return {agree, text: `${group}: ${text}`};
  });
  const agree = failures.length === 0 && check.every((c) => c.agree);
  failures.push(...skippedNotes);
  const lines = [...rated.map((c) => jsonLine(c, context)), ...skipped.map((c) => JSON.stringify({suite, case: c.case, skipped: c.extra!.skipped, ...context})), JSON.stringify({suite, case: "agreement", agree, detail: [...failures, ...check.map((c) => c.text)], ...context})];
  await mkdir(outDir, {recursive: true});
  await writeFile(`${outDir}${suite}-${options.scale}${options.cases ? "-some" : ""}.jsonl`, `${lines.join("\n")}\n`);
  if (options.json) process.stdout.write(`${lines.join("\n")}\n`);
  else process.stdout.write(textReport({...context, suite, memoryGb: Math.round(totalmem() / 2 ** 30)}, rated, [...failures, ...check.map((c) => c.text)]));
  return agree;
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2));
  let agree = true;
  for (const suite of options.suites) agree = (suite === "pages" ? await runPagesBench(options) : await runSuite(suite, options)) && agree; // pages drives Chromium in this process
  if (!agree) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

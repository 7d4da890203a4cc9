// npm run bench -- <pit|contracts|all> [--json] [--scale small|medium|large] [--repeats N]
// Prints each case's median time and its ratio to the suite's baseline, as a text table or,
// with --json, one JSON object per line. Every case runs in a process of its own.
import {spawn} from "node:child_process";
import {cpus, loadavg, totalmem} from "node:os";
import {fileURLToPath} from "node:url";
import {benchOptions, type BenchOptions} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {contractsEngines} from "./contracts.js";
import {pitCases} from "./pit.js";
import {agreement, jsonLine, rate, textTable} from "./report.js";

const caseScript = fileURLToPath(new URL("./runCase.ts", import.meta.url));

/** Runs `runCase.ts` in a child process and returns the results it prints. */
function runChild(suite: string, name: string, options: BenchOptions): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, "--max-old-space-size=8192", caseScript, suite, name, options.scale, String(options.repeats)];
    const child = spawn(process.execPath, args, {stdio: ["ignore", "pipe", "inherit"]});
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("[")) reject(new Error(`bench case ${suite}/${name} exited with ${code}`));
      else resolve(JSON.parse(last) as CaseResult[]);
    });
  });
}

async function runSuite(suite: string, options: BenchOptions): Promise<boolean> {
  const names: readonly string[] = suite === "pit" ? pitCases : ["prepare", ...contractsEngines];
  const results: CaseResult[] = [];
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  const loadBefore = load();
  for (const name of names) {
    process.stderr.write(`bench ${suite}: ${name} (${options.scale}, ${options.repeats} runs)…\n`);
    results.push(...(await runChild(suite, name, options)));
  }
  const context = {scale: options.scale, cores: cpus().length, loadavgBefore: loadBefore, loadavgAfter: load()};
  const rated = rate(results);
  const groups = [...new Set(rated.map((c) => c.group ?? suite))];
  const check = groups.map((group) => agreement(rated.filter((c) => (c.group ?? suite) === group)));
  if (options.json) {
    for (const c of rated) process.stdout.write(`${jsonLine(c, context)}\n`);
    process.stdout.write(`${JSON.stringify({suite, case: "agreement", agree: check.every((c) => c.agree), detail: check.map((c) => c.text), ...context})}\n`);
  } else {
    process.stdout.write(`\n${suite} · scale ${options.scale} · ${context.cores} cores, ${Math.round(totalmem() / 2 ** 30)} GB · load average ${context.loadavgBefore} → ${context.loadavgAfter}\n`);
    process.stdout.write(`${textTable(rated)}\n`);
    for (const c of rated) if (c.extra) process.stdout.write(`  ${c.case}: ${Object.entries(c.extra).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
    for (const c of check) process.stdout.write(`${c.text}\n`);
  }
  return check.every((c) => c.agree);
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

// One benchmark process: `tsx bench/runCase.ts <suite> <case> <scale> <repeats>` prints its
// results as one JSON array on the last line of stdout. run.ts starts one per case (pit)
// or per engine (contracts), so each reports its own peak memory.
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {runContractsEngine} from "./contracts.js";
import {runDriftEngine} from "./drift.js";
import {runLatencyEngine} from "./latency.js";
import {runPitCase} from "./pit.js";
import {runSkewEngine} from "./skew.js";

async function main(): Promise<void> {
  const [suite, name, scale, repeats] = process.argv.slice(2);
  let results: CaseResult[];
  if (suite === "pit") results = [await runPitCase(name!, scale as BenchScale, Number(repeats))];
  else if (suite === "contracts") results = await runContractsEngine(name!, scale as BenchScale, Number(repeats));
  else if (suite === "latency") results = await runLatencyEngine(name!, scale as BenchScale, Number(repeats));
  else if (suite === "drift") results = await runDriftEngine(name!, scale as BenchScale, Number(repeats));
  else if (suite === "skew") results = await runSkewEngine(name!, scale as BenchScale, Number(repeats));
  else throw new Error(`runCase requires suite pit, contracts, latency, drift or skew, got ${JSON.stringify(suite)}`);
  process.stdout.write(`\n${JSON.stringify(results)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});

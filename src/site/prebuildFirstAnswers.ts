// `npm run build` runs this before `observable build`: every first-answer loader
// (notebooks/data/first/*.json.ts) writes its output into Framework's loader cache, so that
// the config's `head` can put it in the page (builtAnswers.ts) and Framework, finding the
// output fresh, does not run the loader again. Two at a time (the machines have two cores).
// A loader that fails stops the build with its one line, as Framework would.
import {spawn} from "node:child_process";
import {mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {builtAnswerScript} from "./builtAnswers.js";

const root = process.argv[2] ?? "notebooks";
const folder = join(root, "data", "first");
const loaders = readdirSync(folder).filter((f) => f.endsWith(".json.ts")).sort();
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

/** Runs one loader as Framework does (tsx, the project as working directory); its stdout, or its one-line failure. */
function run(loader: string): Promise<{loader: string; stdout?: string; failure?: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, join(folder, loader)], {stdio: ["ignore", "pipe", "pipe"]});
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString("utf8").trim();
      if (code === 0) resolve({loader, stdout: Buffer.concat(out).toString("utf8")});
      else resolve({loader, failure: failureLine(stderr) ?? `exited ${code}`});
    });
  });
}

/** The line that says what went wrong: a loader's own one line (runLoader), or an uncaught error's message rather than its source excerpt. */
function failureLine(stderr: string): string | undefined {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.find((l) => /^[A-Za-z]*Error\b.*:/.test(l)) ?? lines[0];
}

const cache = join(root, ".observablehq", "cache", "data", "first");
mkdirSync(cache, {recursive: true});
const queue = [...loaders];
const failures: string[] = [];
const started = performance.now();
await Promise.all(
  [0, 1].map(async () => {
    for (let loader = queue.shift(); loader !== undefined; loader = queue.shift()) {
      const result = await run(loader);
      if (result.failure !== undefined) {
        failures.push(`${join(folder, loader)}: ${result.failure}`);
        continue;
      }
      const name = loader.replace(/\.ts$/, "");
      try {
        builtAnswerScript(`data/first/${name}`, result.stdout!);
      } catch (error) {
        failures.push(`${join(folder, loader)}: ${(error as Error).message}`);
        continue;
      }
      const target = join(cache, name);
      writeFileSync(`${target}.${process.pid}`, result.stdout!);
      renameSync(`${target}.${process.pid}`, target);
    }
  })
);
if (failures.length > 0) {
  for (const name of loaders) rmSync(join(cache, name.replace(/\.ts$/, "")), {force: true});
  for (const line of failures) console.error(line);
  process.exit(2);
}
console.log(`first answers: ${loaders.length} loaders in ${((performance.now() - started) / 1000).toFixed(1)} s → ${cache}`);

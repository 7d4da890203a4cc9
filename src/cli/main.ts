import {readFileSync, readdirSync} from "node:fs";
import {fileURLToPath, pathToFileURL} from "node:url";
import {InputError} from "../io/inputError.js";
import {UsageError, type Command} from "./command.js";

const commandsDir = new URL("./commands/", import.meta.url);
/** The design's commands in its order; commands not listed come after, alphabetically. */
const order = ["generate", "pit-join", "check", "compat", "drift", "fingerprint", "percentiles"];

/**
 * Runs `fslab` with `argv` (without node and the script) and resolves to the exit code:
 * 0 ok, 1 a check failed, 2 bad usage or unreadable input (one line on stderr), 3 an
 * internal error (an unexpected exception: a bug, which CI must tell from a failed check).
 */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") return print(version());
  if (first === "--help" || first === "-h" || first === "help") return print(await globalHelp());
  if (first === undefined) return fail("fslab: missing command (try fslab --help)");
  if (first.startsWith("-")) return fail(`fslab: unknown option ${first} (try fslab --help)`);
  const command = await loadCommand(first).catch((error) => error as Error);
  if (command instanceof UsageError) return fail(`fslab: ${command.message}`);
  if (command instanceof Error) return internalError("fslab", command);
  if (rest.includes("--help") || rest.includes("-h")) return print(command.usage);
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) return fail(`fslab ${command.name}: ${error.message} (try fslab ${command.name} --help)`);
    if (error instanceof InputError) return fail(`fslab ${command.name}: ${error.message}`);
    return internalError(`fslab ${command.name}`, error);
  }
}

/** An unexpected exception: one line (the stack with FSLAB_DEBUG set), exit 3. */
function internalError(prefix: string, error: unknown): number {
  if (process.env.FSLAB_DEBUG) console.error(error);
  return fail(`${prefix}: internal error: ${String((error as Error)?.message ?? error).split("\n")[0]}`, 3);
}

/** Imports src/cli/commands/<camelCase name>.ts and checks its shape. */
async function loadCommand(name: string): Promise<Command> {
  const file = `${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}.ts`;
  if (!/^[a-z][a-z-]*$/.test(name) || !commandFiles().includes(file)) throw new UsageError(`unknown command ${JSON.stringify(name)} (try fslab --help)`);
  const module = (await import(new URL(file, commandsDir).href)) as Partial<Command>;
  if (module.name !== name || typeof module.run !== "function" || typeof module.usage !== "string" || typeof module.summary !== "string") {
    throw new Error(`command ${name} is malformed: ${file} must export name, summary, usage and run`);
  }
  return module as Command;
}

function commandFiles(): string[] {
  return readdirSync(fileURLToPath(commandsDir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
}

async function globalHelp(): Promise<string> {
  const names = commandFiles().map((f) => f.slice(0, -3).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const commands = (await Promise.all(names.map((n) => loadCommand(n).catch(() => null)))).filter((c): c is Command => c !== null);
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `fslab ${version()}: feature store lab — synthetic data, point-in-time joins, contracts, drift`,
    "",
    "Usage: fslab <command> [options]     fslab <command> --help     fslab --version",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Exit codes: 0 ok, 1 a check failed, 2 bad usage or unreadable input, 3 internal error (a bug).",
  ].join("\n");
}

function version(): string {
  return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
}

function print(text: string): number {
  process.stdout.write(text + "\n");
  return 0;
}

function fail(line: string, code = 2): number {
  process.stderr.write(line.replace(/\s*\n\s*/g, " ") + "\n");
  return code;
}

// `tsx src/cli/main.ts …` (npm run fslab -- …) runs the CLI too; fslab.js is the installed entry point.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));

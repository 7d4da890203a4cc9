import {parseArgs, type ParseArgsConfig} from "node:util";

/**
 * A CLI command: each module in src/cli/commands/ exports these four names. The file
 * is the camelCase of the name (`pit-join` → pitJoin.ts), so main.ts finds it without
 * a registry to edit.
 */
export interface Command {
  /** What the user types after `fslab`, kebab-case. */
  name: string;
  /** One line for `fslab --help`. */
  summary: string;
  /** The full text of `fslab <name> --help`. */
  usage: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 a check failed). */
  run(args: string[]): Promise<number>;
}

/** Bad usage: unknown flag, missing or malformed value. The CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs in strict mode, its errors turned into one-line UsageErrors.
 *
 * @example
 * parseOptions(["--seed", "7"], {seed: {type: "string"}}).values.seed // "7"
 */
export function parseOptions<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({args, options, strict: true, allowPositionals});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs calls a value that starts with a dash "ambiguous" and puts its advice on the next lines.
    const dashed = /^Option '(-[\w-]+)[^']*' argument is ambiguous/.exec(message);
    if (dashed) throw new UsageError(`option ${dashed[1]} needs a value; for a value that starts with "-", write ${dashed[1]}=VALUE`);
    throw new UsageError(message.split(/\. (?=To specify)|\n/)[0]!.replace(/\.$/, ""));
  }
}

/** Reads a required string option or throws a UsageError naming the flag. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === "") throw new UsageError(`missing required option --${flag}`);
  return value;
}

/** Checks that `value` is one of `choices`, else a UsageError listing them. */
export function oneOf<T extends string>(value: string, choices: readonly T[], flag: string): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${choices.join("|")}; got ${JSON.stringify(value)}`);
  return value as T;
}

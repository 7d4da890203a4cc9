import {checkCompatibility, compatibilityModes, compatReport, type CompatibilityMode, type Contract} from "../../../lib/contracts/index.js";
import {oneOf, parseOptions, required, UsageError} from "../command.js";
import {readContract} from "./check.js";

export const name = "compat";
export const summary = "is a new contract version compatible with earlier ones? (Schema Registry modes)";
export const usage = `Usage: fslab compat --old OLD.yaml [--old NEWER.yaml ...] --new NEW.yaml [--mode MODE] [--format text|json]

Lists what changed between the latest --old contract and --new, each change ERROR
(breaking), WARNING or INFO, then judges a Schema Registry compatibility mode:
  backward  consumers on the new contract can read data written under the old (upgrade consumers first)
  forward   consumers on the old contract can read data written under the new (upgrade producers first)
  full      both (upgrade in any order)
  backward_transitive, forward_transitive, full_transitive: the same against every --old
  none      nothing is checked
A property that is not required is optional (default null).

Options:
  --old FILE    an earlier version; repeat it, oldest first
  --new FILE    the new version
  --mode M      ${compatibilityModes.join("|")} (default backward)
  --format F    text (default) or json

Exit codes: 0 compatible, 1 incompatible, 2 bad usage or a contract that does not parse.`;

export async function run(args: string[]): Promise<number> {
  const {values} = parseOptions(args, {
    old: {type: "string", multiple: true}, new: {type: "string"}, mode: {type: "string", default: "backward"}, format: {type: "string", default: "text"},
  });
  if (!values.old?.length) throw new UsageError("missing required option --old");
  const newPath = required(values.new, "new");
  const mode: CompatibilityMode = oneOf(values.mode, compatibilityModes, "mode");
  const format = oneOf(values.format, ["text", "json"] as const, "format");
  const earlier: Contract[] = [];
  for (const path of values.old) earlier.push(await readContract(path));
  const next = await readContract(newPath);
  const verdict = checkCompatibility(earlier, next, mode);
  if (format === "json") {
    process.stdout.write(JSON.stringify(verdict, null, 2) + "\n");
  } else {
    process.stdout.write(compatReport(verdict, earlier, next) + "\n");
  }
  return verdict.compatible ? 0 : 1;
}

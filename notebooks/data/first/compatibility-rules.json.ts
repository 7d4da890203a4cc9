// The first answer of /compatibility-rules at its default state (history 1.0.0 → your text,
// the prepared edit "2.0.0 as published", which leaves transactions.v2.yaml as it is): the
// same parseContract and checkCompatibility in every mode the page runs, in Node; its
// headline (compatSummary): who upgrades first, the modes that accept 2.0.0, its changes.
import {readFileSync} from "node:fs";
import {checkCompatibility, compatibilityModes, parseContract} from "../../../lib/contracts/index.js";
import {compatSummary} from "../../components/contracts/compatFirst.js";

const read = (file: string) => {
  const parsed = parseContract(readFileSync(new URL(`../../../data/contracts/${file}`, import.meta.url), "utf8"), file);
  if (!parsed.ok) throw new Error(`compatibility-rules first answer: ${parsed.issues[0]!.text}`);
  return parsed.contract;
};
const v1 = read("transactions.v1.yaml");
const next = read("transactions.v2.yaml");
const verdicts = compatibilityModes.map((mode) => checkCompatibility([v1], next, mode));
const summary = compatSummary(next.version, verdicts);
process.stdout.write(JSON.stringify({summary, key: summary.key}));

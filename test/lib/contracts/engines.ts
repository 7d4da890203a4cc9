import {parseContract, type Contract} from "../../../lib/contracts/index.js";

// The engine and table helpers are shared by all lib tests; re-exported for the contract and fault tests.
export {engineFactories, useEngine} from "../engines.js";
export {arrowTable} from "../arrowTable.js";

const head = "apiVersion: v3.0.2\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: active\n";

/** A contract from the YAML after the required header fields. */
export function contractOf(yaml: string): Contract {
  const parsed = parseContract(head + yaml, "test.yaml");
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {checkCompatibility, compatReport, parseContract, type Contract} from "../../../lib/contracts/index.js";

function contract(path: string, edit: (text: string) => string = (t) => t): Contract {
  const parsed = parseContract(edit(readFileSync(path, "utf8")), path);
  if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
  return parsed.contract;
}

const v1 = contract("data/contracts/transactions.v1.yaml");
const v2 = contract("data/contracts/transactions.v2.yaml");
// v3 drops "app" from channel on top of v2: breaks backward against both earlier versions
const v3 = contract("data/contracts/transactions.v2.yaml", (t) => t.replace("version: 2.0.0", "version: 3.0.0").replace("enum: [web, pos, app, atm]", "enum: [web, pos, atm]"));

describe("compatReport(verdict, earlier, next)", () => {
  it("lists each change with its level and broken directions, then the verdict", () => {
    expect(compatReport(checkCompatibility([v1], v2, "backward"), [v1], v2)).toBe([
      "synthetic-world-transactions: 1.0.0 → 2.0.0 (2 changes)",
      "  INFO    transactions.txn_id: type widened integer / INTEGER → integer / BIGINT [breaks forward]",
      '  INFO    transactions.channel: allowed value "atm" added; old readers do not expect it [breaks forward]',
      "COMPATIBLE (backward): 2.0.0 is backward compatible with 1.0.0: upgrade consumers first, then producers",
    ].join("\n"));
  });

  it("says INCOMPATIBLE when the mode does not hold", () => {
    expect(compatReport(checkCompatibility([v1], v2, "forward"), [v1], v2).split("\n").at(-1)).toMatch(/^INCOMPATIBLE \(forward\): 2\.0\.0 is not forward compatible/);
  });

  it("adds the breaking changes found against older versions in a transitive mode", () => {
    const lines = compatReport(checkCompatibility([v1, v2], v3, "backward_transitive"), [v1, v2], v3).split("\n");
    expect(lines.filter((l) => l.startsWith("  vs 1.0.0: "))).toEqual([expect.stringMatching(/channel.*\[breaks backward\]$/)]);
  });

  it("a version compared with itself has no changes", () => {
    expect(compatReport(checkCompatibility([v1], v1, "full"), [v1], v1).split("\n")[0]).toBe("synthetic-world-transactions: 1.0.0 → 1.0.0 (0 changes)");
  });

  it("throws on an empty history", () => {
    expect(() => compatReport(checkCompatibility([v1], v2), [], v2)).toThrow(/compatReport requires at least one earlier version/);
  });
});

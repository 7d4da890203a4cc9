import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {checkCompatibility, compatibilityModes, parseContract, type Contract} from "../../../../lib/contracts/index.js";
// @ts-expect-error a plain JavaScript module of the site, without types
import {compatSummary} from "../../../../notebooks/components/contracts/compatFirst.js";

const contract = (text: string, name: string): Contract => {
  const parsed = parseContract(text, name);
  if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
  return parsed.contract;
};
const v1Text = readFileSync(new URL("../../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8");
const v2Text = readFileSync(new URL("../../../../data/contracts/transactions.v2.yaml", import.meta.url), "utf8");
const v1 = contract(v1Text, "transactions.v1.yaml");
const v2 = contract(v2Text, "transactions.v2.yaml");
const all = (earlier: Contract[], next: Contract) => compatibilityModes.map((mode) => checkCompatibility(earlier, next, mode));

describe("compatSummary", () => {
  it("compatSummary of 2.0.0 against 1.0.0: consumers upgrade first; backward, backward_transitive and none accept it; two INFO changes break forward", () => {
    const s = compatSummary("2.0.0", all([v1], v2));
    expect(s).toMatchObject({rollout: "consumers", latest: "1.0.0", against: ["1.0.0"], changes: 2, errors: 0, warnings: 0, infos: 2});
    expect(s.modes).toHaveLength(compatibilityModes.length);
    expect(s.key).toEqual({version: "2.0.0", against: "1.0.0", accepted: "backward backward_transitive none", changes: 2, errors: 0, breaksBackward: 0, breaksForward: 2});
  });

  it("compatSummary of a version identical to 2.0.0, after 1.0.0: full against the latest only, so backward_transitive is the only transitive mode that holds", () => {
    const same = contract(v2Text.replace("version: 2.0.0", "version: 3.0.0"), "transactions.v3.yaml");
    const s = compatSummary("3.0.0", all([v1, v2], same));
    expect(s.rollout).toBe("either-latest");
    expect(s.accepted).toEqual(["backward", "forward", "full", "backward_transitive", "none"]);
    expect(s.against).toEqual(["1.0.0", "2.0.0"]);
    expect(s.changes).toBe(0);
  });

  it("compatSummary of a required column added: the producer first, one ERROR that breaks backward", () => {
    const currency = contract(v1Text.replace("version: 1.0.0", "version: 2.0.0").replace("      - name: event_timestamp\n", "      - name: currency\n        logicalType: string\n        required: true\n      - name: event_timestamp\n"), "x.yaml");
    const s = compatSummary("2.0.0", all([v1], currency));
    expect(s).toMatchObject({rollout: "producer", errors: 1, breaksBackward: 1, breaksForward: 0});
  });

  it("compatSummary of changes that break both directions: neither order", () => {
    const both = contract(v2Text.replace("enum: [web, pos, app, atm]", "enum: [web, app]").replace("      - name: event_timestamp\n", "      - name: currency\n        logicalType: string\n        required: true\n      - name: event_timestamp\n"), "x.yaml");
    const s = compatSummary("2.0.0", all([v1], both));
    expect(s.rollout).toBe("neither");
    expect(s.accepted).toEqual(["none"]);
  });

  it("compatSummary throws naming the modes it lacks", () => {
    expect(() => compatSummary("2.0.0", [checkCompatibility([v1], v2, "backward")])).toThrow(/compatSummary requires verdicts.*got none for forward, full, full_transitive/);
  });
});

import {describe, expect, it} from "vitest";
import {checkCompatibility, diffContracts, parseContract, type CompatibilityMode, type Contract} from "../../../lib/contracts/index.js";

/** A contract of object `t` with the given properties (YAML list items, 6-space indented). */
function version(v: string, properties: string): Contract {
  const parsed = parseContract(`apiVersion: v3.0.2\nkind: DataContract\nid: t\nversion: ${v}\nstatus: active\nschema:\n  - name: t\n    properties:\n${properties}`, `t.${v}.yaml`);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}

const id = "      - {name: id, logicalType: integer, physicalType: INT, required: true}\n";
const base = version("1.0.0", id
  + "      - {name: channel, logicalType: string, enum: [web, pos, app]}\n"
  + "      - {name: amount, logicalType: number, logicalTypeOptions: {minimum: 0}}\n"
  + "      - {name: note, logicalType: string}\n");
const edit = (from: string, to: string) => version("2.0.0", [id, "      - {name: channel, logicalType: string, enum: [web, pos, app]}\n", "      - {name: amount, logicalType: number, logicalTypeOptions: {minimum: 0}}\n", "      - {name: note, logicalType: string}\n"].join("").replace(from, () => to));

// change → [backward, forward, full, none], the verdicts a Schema Registry would give
const cases: [string, Contract, string, [boolean, boolean, boolean, boolean]][] = [
  ["add an optional property", edit("      - {name: note", "      - {name: extra, logicalType: string}\n      - {name: note"), "property-added", [true, true, true, true]],
  ["add a required property", edit("      - {name: note", "      - {name: extra, logicalType: string, required: true}\n      - {name: note"), "property-added", [false, true, false, true]],
  ["remove a required property", edit(id, ""), "property-removed", [true, false, false, true]],
  ["remove an optional property", edit("      - {name: note, logicalType: string}\n", ""), "property-removed", [true, true, true, true]],
  ["required false → true", edit("{name: note, logicalType: string}", "{name: note, logicalType: string, required: true}"), "required-added", [false, true, false, true]],
  ["required true → false", edit("physicalType: INT, required: true", "physicalType: INT"), "required-removed", [true, false, false, true]],
  ["widen INT → BIGINT", edit("physicalType: INT,", "physicalType: BIGINT,"), "type-widened", [true, false, false, true]],
  ["widen integer → number", edit("{name: id, logicalType: integer, physicalType: INT,", "{name: id, logicalType: number,"), "type-widened", [true, false, false, true]],
  ["change number → string", edit("{name: amount, logicalType: number, logicalTypeOptions: {minimum: 0}}", "{name: amount, logicalType: string}"), "type-changed", [false, false, false, true]],
  ["remove an enum value", edit("enum: [web, pos, app]", "enum: [web, pos]"), "enum-value-removed", [false, true, false, true]],
  ["add an enum value", edit("enum: [web, pos, app]", "enum: [web, pos, app, atm]"), "enum-value-added", [true, false, false, true]],
  ["raise a minimum", edit("minimum: 0", "minimum: 1"), "range-tightened", [false, true, false, true]],
  ["lower a minimum", edit("minimum: 0", "minimum: -5"), "range-relaxed", [true, false, false, true]],
  ["make a minimum exclusive", edit("{minimum: 0}", "{exclusiveMinimum: 0}"), "range-tightened", [false, true, false, true]],
  ["add a pattern", edit("{name: note, logicalType: string}", "{name: note, logicalType: string, logicalTypeOptions: {pattern: '^[a-z]+$'}}"), "pattern-added", [false, true, false, true]],
  ["add unique", edit("{name: note, logicalType: string}", "{name: note, logicalType: string, unique: true}"), "unique-added", [false, true, false, true]],
  ["add a SQL rule", edit("{name: note, logicalType: string}", "{name: note, logicalType: string, quality: [{id: short, type: sql, query: 'SELECT max(length({property})) FROM {object}', mustBeLessThan: 50}]}"), "sql-rule-added", [false, true, false, true]],
  ["rename a column (physicalName)", edit("{name: note, logicalType: string}", "{name: note, physicalName: note_text, logicalType: string}"), "column-renamed", [false, false, false, true]],
  ["add a foreign key", edit("{name: note, logicalType: string}", "{name: note, logicalType: string, relationships: [{to: t.id}]}"), "foreign-key-added", [false, true, false, true]],
];

describe("checkCompatibility with SQL rules and foreign keys", () => {
  const rule = (q: string) => edit("{name: note, logicalType: string}", `{name: note, logicalType: string, quality: [{id: short, type: sql, query: '${q}', mustBeLessThan: 50}]}`);
  const fk = edit("{name: note, logicalType: string}", "{name: note, logicalType: string, relationships: [{to: t.id}]}");
  it("a changed SQL rule breaks both ways; a removed one only forward; a removed foreign key only forward", () => {
    const v2 = rule("SELECT max(length(note)) FROM t");
    const v3 = {...rule("SELECT max(strlen(note)) FROM t"), version: "3.0.0"};
    expect(diffContracts(v2, v3).map((c) => [c.kind, c.breaksBackward, c.breaksForward])).toEqual([["sql-rule-changed", true, true]]);
    expect(diffContracts(v2, base).map((c) => [c.kind, c.breaksBackward, c.breaksForward])).toEqual([["sql-rule-removed", false, true]]);
    expect(diffContracts(fk, base).filter((c) => c.kind.startsWith("foreign")).map((c) => [c.kind, c.message, c.breaksForward])).toEqual([["foreign-key-removed", "foreign key t (note) → t (id) was removed; old readers may meet keys without a match", true]]);
    expect(checkCompatibility([v2], v3, "none").compatible).toBe(true);
  });
});

describe("checkCompatibility([old], new, mode)", () => {
  const modes: CompatibilityMode[] = ["backward", "forward", "full", "none"];
  for (const [name, next, kind, verdicts] of cases) {
    it(`${name}: ${modes.map((m, i) => `${m} ${verdicts[i] ? "ok" : "breaks"}`).join(", ")}`, () => {
      expect(diffContracts(base, next)[0]!.kind).toBe(kind);
      expect(modes.map((mode) => checkCompatibility([base], next, mode).compatible)).toEqual(verdicts);
    });
  }

  it("classifies breaking changes ERROR, a removed optional field WARNING and relaxations INFO", () => {
    expect(diffContracts(base, cases[9]![1])[0]!.level).toBe("ERROR");
    expect(diffContracts(base, cases[3]![1])[0]!.level).toBe("WARNING");
    expect(diffContracts(base, cases[10]![1])[0]!.level).toBe("INFO");
  });

  it("says who upgrades first when the mode holds, and what breaks when it does not", () => {
    const ok = checkCompatibility([base], cases[0]![1], "backward");
    expect([ok.upgradeFirst, ok.message]).toEqual(["consumers", "2.0.0 is backward compatible with 1.0.0: upgrade consumers first, then producers"]);
    expect(checkCompatibility([base], cases[0]![1], "forward").upgradeFirst).toBe("producers");
    expect(checkCompatibility([base], cases[0]![1], "full").upgradeFirst).toBe("either");
    const broken = checkCompatibility([base], cases[9]![1], "full");
    expect(broken.upgradeFirst).toBeNull();
    expect(broken.breaking.map((b) => [b.version, b.direction, b.change.message])).toEqual([
      ["1.0.0", "backward", 't.channel: allowed value "app" removed; old data may hold it'],
    ]);
    expect(broken.message).toBe("2.0.0 is not full compatible: 1 breaking change (consumers on the new contract cannot read old data)");
  });

  it("checks _transitive modes against every earlier version, plain modes against the latest", () => {
    const v1 = version("1.0.0", id + "      - {name: a, logicalType: integer}\n");
    const v2 = version("2.0.0", id);
    const v3 = version("3.0.0", id + "      - {name: a, logicalType: string}\n");
    expect(checkCompatibility([v1, v2], v3, "backward").compatible).toBe(true);
    const transitive = checkCompatibility([v1, v2], v3, "backward_transitive");
    expect(transitive.compatible).toBe(false);
    expect(transitive.comparedWith).toEqual(["1.0.0", "2.0.0"]);
    expect(transitive.breaking.map((b) => [b.version, b.change.kind])).toEqual([["1.0.0", "type-changed"]]);
    expect(checkCompatibility([v1, v2], v3, "full_transitive").breaking.map((b) => b.direction)).toEqual(["backward", "forward"]);
    expect(checkCompatibility([v1, v2], v3, "forward_transitive").compatible).toBe(false);
  });

  it("throws on misuse: no earlier version, an unknown mode", () => {
    expect(() => checkCompatibility([], base)).toThrow(/checkCompatibility requires at least one earlier version/);
    expect(() => checkCompatibility([base], base, "sideways" as CompatibilityMode)).toThrow(/checkCompatibility requires a mode/);
  });
});

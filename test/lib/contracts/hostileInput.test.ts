import {describe, expect, it} from "vitest";
import {junitReport, parseContract, runContract, textReport} from "../../../lib/contracts/index.js";
import {arrowTable, engineFactories, useEngine} from "./engines.js";

// Names and values that break naive SQL or HTML: quotes, keywords, a comment, unicode, markup.
const table = `select"; DROP TABLE t; --`;
const names = {quote: `it's "q"`, keyword: "from", html: "<img src=x onerror=alert(1)>", unicode: "zürich 🚀 名前"};
const yaml = (s: string) => JSON.stringify(s); // JSON strings are YAML double-quoted scalars

const contractText = `apiVersion: v3.0.2
kind: DataContract
id: hostile
version: 1.0.0
status: active
schema:
  - name: ${yaml(table)}
    properties:
      - name: ${yaml(names.quote)}
        required: true
        enum: [${yaml("a'b")}, ${yaml(`"); DROP TABLE x; --`)}]
      - name: ${yaml(names.keyword)}
        logicalType: integer
        logicalTypeOptions: {minimum: 0}
      - name: ${yaml(names.html)}
        logicalType: string
        logicalTypeOptions: {pattern: ${yaml("^[^']*'$")}}
        quality:
          - metric: missingValues
            arguments: {missingValues: [${yaml("<script>")}, ${yaml("' OR 1=1 --")}]}
            mustBe: 0
      - name: ${yaml(names.unicode)}
        unique: true
`;

describe.each(engineFactories)("hostile names and values on %s", (_, create) => {
  const engine = useEngine(create);

  it("quotes every name, binds every value and counts exactly", async () => {
    const parsed = parseContract(contractText, "hostile.yaml");
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
    await engine().loadArrow(table, arrowTable({
      [names.quote]: ["text", ["a'b", `"); DROP TABLE x; --`, "ab", null]],
      [names.keyword]: ["int", [1, -1, 2, 3]],
      [names.html]: ["text", ["x'", "<script>", "' OR 1=1 --", "no quote"]],
      [names.unicode]: ["text", ["名前", "🚀", "🚀", "zürich"]],
    }));
    const result = await runContract(engine(), parsed.contract, table);
    const counts = Object.fromEntries(result.checks.filter((c) => c.unexpected_count !== null).map((c) => [c.id, c.unexpected_count]));
    expect(counts).toEqual({
      [`${table}.${names.quote}.required`]: 1,
      [`${table}.${names.quote}.enum`]: 1, // "ab"
      [`${table}.${names.keyword}.type`]: 0,
      [`${table}.${names.keyword}.minimum`]: 1,
      [`${table}.${names.html}.type`]: 0,
      [`${table}.${names.html}.pattern`]: 3, // all but "x'", the one run of non-quotes ending in a quote
      [`${table}.${names.html}.missingValues`]: 2,
      [`${table}.${names.unicode}.unique`]: 1,
    });
    expect((await engine().query(`SELECT count(*)::INTEGER AS n FROM "${table.replaceAll('"', '""')}"`)).get(0)!.n).toBe(4); // nothing was dropped
    const enumCheck = result.checks.find((c) => c.id === `${table}.${names.quote}.enum`)!;
    expect(enumCheck.sql).toBe(`SELECT count_if(("it's ""q""" IS NOT NULL AND NOT (list_contains(['a''b', '"); DROP TABLE x; --'], "it's ""q""")))) AS "unexpected" FROM "select""; DROP TABLE t; --"`);
    expect(enumCheck.samples).toEqual([{[names.quote]: "ab", [names.keyword]: 2, [names.html]: "' OR 1=1 --", [names.unicode]: "🚀"}]);
  });

  it("reports hostile text as text: JUnit escapes it, the text report keeps it verbatim", async () => {
    const parsed = parseContract(contractText, "hostile.yaml");
    if (!parsed.ok) throw new Error("unreachable");
    const result = await runContract(engine(), parsed.contract, table);
    const xmlText = junitReport(result, "hostile <suite>");
    expect(xmlText).not.toContain("<img");
    expect(xmlText).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(xmlText).toContain('<testsuite name="hostile &lt;suite&gt;"');
    expect(textReport(result, "hostile.yaml", "t.csv")).toContain(`${table}.${names.html}.missingValues`);
    expect(JSON.parse(JSON.stringify(result)).checks.map((c: {id: string}) => c.id)).toEqual(result.checks.map((c) => c.id));
  });
});

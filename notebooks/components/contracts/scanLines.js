// Pure (no DOM): Node tests import it (test/notebooks/components/scanLines.test.ts).

/**
 * sqlCell options that show a contract's one scan (compileChecks(…).aggregate) one line per
 * count, beside the check it counts, the lines with rows first: the compiler names the
 * counts `c` plus the check's position, which tells a reader nothing, and its one row of
 * ~30 columns would run off the right edge. `object` is dropped from check ids
 * ("transactions.amount.x" → "amount.x"), as the results list shows them.
 *
 * @example
 * scanLines({checks: [{spec: {id: "t.a.required", rule: "required"}, alias: "c1"}]}, "t").legend.c1; // {check: "a.required", rule: "required"}
 */
export function scanLines(compiled, object) {
  const legend = {rows: {check: "", rule: "count(*): every row read, what the shares are of"}};
  const short = (id) => (object && id.startsWith(`${object}.`) ? id.slice(object.length + 1) : id);
  for (const {spec, alias} of compiled.checks) {
    if (alias === "rows") legend.rows.check = short(spec.id); // a rowCount rule reads the same count(*)
    else if (alias) legend[alias] = {check: short(spec.id), rule: spec.rule};
  }
  return {transpose: true, legend, header: {value: "rows it counted"}, sort: "value", reverse: true};
}

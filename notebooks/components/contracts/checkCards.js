// The headline checks of a contract run as plain data, for a page's first answer: the
// page calls it on its live run, the build-time loader (notebooks/data/first/*.json.ts) on
// the same run in Node. No imports, no DOM.

/**
 * The cards of a contract run's headline checks: [{id, what, percent, count, status}] from
 * a runContract result, one per `focus` item ({id, what}); `percent` is unexpected_percent
 * (null for a check that counts no rows). Pure data, so a loader can call it too.
 */
export function checkCards(result, focus) {
  return focus.map(({id, what}) => {
    const check = result.checks.find((c) => c.id === id || c.rule.startsWith(id));
    if (check === undefined) throw new Error(`checkCards requires a check ${JSON.stringify(id)} in the result, got ${result.checks.map((c) => c.id).join(", ")}`);
    return {id, what, percent: check.unexpected_percent ?? null, count: check.unexpected_count ?? null, value: check.value ?? null, status: check.status};
  });
}

/** The numbers that identify the cards, for a first answer's key: each check's status and its count (or its value, rounded to 0.1). */
export function cardsKey(cards) {
  return Object.fromEntries(cards.map((c) => [c.id, `${c.status} ${c.count ?? (c.value === null ? "—" : Math.round(c.value * 10) / 10)}`]));
}

/**
 * A schema check's headline: the run's verdict, how many checks failed and warned, the
 * delivered columns (and those the contract does not name), the properties missing.
 * `columns` are the delivery's [{name, type}] (DESCRIBE), `properties` the contract's.
 */
export function schemaSummary(result, columns, properties) {
  const names = new Set(columns.map((c) => c.name));
  return {
    ...runSummary(result),
    columns: columns.length,
    extra: columns.map((c) => c.name).filter((name) => !properties.some((p) => p.name === name)),
    missing: properties.filter((p) => !names.has(p.name)).length,
    properties: properties.length,
  };
}

/** A contract run's verdict in numbers: status, rows checked, checks run, failed (or errored) and warned. */
export function runSummary(result) {
  return {
    status: result.status,
    rows: result.rows,
    checks: result.checks.length,
    failed: result.checks.filter((c) => c.status === "fail" || c.status === "error").length,
    warned: result.checks.filter((c) => c.status === "warn").length,
  };
}

/** fslab check's exit code: 2 when the contract does not parse, else 0 for a run that passed or only warned, 1 for one that failed. */
export function exitCode(parsedOk, result) {
  if (!parsedOk) return 2;
  return result.status === "pass" || result.status === "warn" ? 0 : 1;
}

// The view of the Fingerprints page's first table (fingerprintSeed.js's seedHeadline): a
// plain <table>, with no imports, so that it draws before any library has loaded.

/** Rows {list, values, weighted, fingerprint} as a table; equal weighted sums and fingerprints of the first row are marked. */
export function fingerprintSeedTable(h, {width = 640} = {}) {
  const table = document.createElement("table");
  table.style.maxWidth = `${Math.min(width, 760)}px`;
  const head = table.createTHead().insertRow();
  for (const label of ["List", "Values", "Weighted sum", "lib/fingerprint"]) {
    const th = document.createElement("th");
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  const [first] = h.rows;
  for (const r of h.rows) {
    const row = body.insertRow();
    const cells = [r.list, r.values, r.weighted.toLocaleString("en-US"), r.fingerprint];
    for (const [i, text] of cells.entries()) {
      const td = row.insertCell();
      td.textContent = text;
      if (i === 2) td.style.textAlign = "right";
      if (i === 3) td.style.fontFamily = "var(--monospace)";
      if (r !== first && ((i === 2 && r.weighted === first.weighted) || (i === 3 && r.fingerprint === first.fingerprint))) td.style.fontWeight = "700";
    }
  }
  return table;
}

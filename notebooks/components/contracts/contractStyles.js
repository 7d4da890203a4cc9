// The look of the contract pages' components (checkResults, contractView, compatTable,
// fileChecker): one <style> element, added to the page once. The lab's stylesheet
// (style.css) belongs to the site; these rules only touch .fslab-c-* classes.
const css = `
.fslab-c-pill{display:inline-block;min-width:3.4em;padding:0 .5em;border-radius:999px;font:600 11px/1.7 var(--sans-serif);letter-spacing:.04em;text-transform:uppercase;text-align:center;color:#fff}
.fslab-c-pill[data-status=pass],.fslab-c-pill[data-status=compatible]{background:#2e7d32}
.fslab-c-pill[data-status=warn],.fslab-c-pill[data-status=WARNING]{background:#b26a00}
.fslab-c-pill[data-status=fail],.fslab-c-pill[data-status=ERROR],.fslab-c-pill[data-status=incompatible]{background:#b3261e}
.fslab-c-pill[data-status=error]{background:#6a1b9a}
.fslab-c-pill[data-status=INFO]{background:#275fa8}
.fslab-c-pill[data-status=skipped]{background:#8a8f98}
.fslab-c-tally{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.4rem 0 .8rem;font:14px/1.5 var(--sans-serif)}
.fslab-c-checks{font:14px/1.45 var(--sans-serif);border-top:1px solid var(--theme-foreground-faintest)}
.fslab-c-check{border-bottom:1px solid var(--theme-foreground-faintest)}
.fslab-c-check>summary{display:grid;grid-template-columns:4.2em minmax(10em,16em) 1fr;gap:.7em;align-items:baseline;padding:.35rem .2rem;cursor:pointer;list-style:none}
.fslab-c-check>summary::-webkit-details-marker{display:none}
.fslab-c-check[data-status=pass]>summary{color:var(--theme-foreground-muted)}
.fslab-c-check[data-status=fail]{background:color-mix(in srgb,#b3261e 4%,var(--theme-background))}
.fslab-c-check[data-status=error]{background:color-mix(in srgb,#6a1b9a 5%,var(--theme-background))}
.fslab-c-check[data-status=warn]{background:color-mix(in srgb,#b26a00 5%,var(--theme-background))}
.fslab-c-id{font:12.5px/1.5 var(--monospace);overflow-wrap:anywhere}
.fslab-c-detail{padding:.2rem .6rem .8rem 5.2em}
.fslab-c-detail pre{margin:.3rem 0;padding:.5rem .7rem;border-radius:6px;background:var(--fslab-code-bg);font:12px/1.5 var(--monospace);white-space:pre-wrap;overflow-wrap:anywhere}
.fslab-c-more{margin:.2rem 0 .4rem;padding:0;border:0;background:none;font:12px/1.5 var(--sans-serif);color:var(--fslab-accent);cursor:pointer;text-decoration:underline dotted}
.fslab-c-label{font:600 11px/1.6 var(--sans-serif);letter-spacing:.06em;text-transform:uppercase;color:var(--theme-foreground-muted)}
.fslab-c-props{width:100%;border-collapse:collapse;font:14px/1.45 var(--sans-serif)}
.fslab-c-props th{text-align:left;font:600 12px/1.4 var(--sans-serif);color:var(--theme-foreground-muted);border-bottom:1px solid var(--theme-foreground-faint);padding:.3rem .5rem}
.fslab-c-props td{vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--theme-foreground-faintest)}
.fslab-c-props code,.fslab-c-code{font:12.5px/1.5 var(--monospace);overflow-wrap:anywhere}
.fslab-c-tag{display:inline-block;margin:0 .25em .15em 0;padding:0 .45em;border-radius:4px;font:12px/1.6 var(--sans-serif);background:var(--fslab-accent-soft);color:var(--fslab-accent)}
.fslab-c-tag[data-kind=key]{background:#275fa8;color:#fff}
.fslab-c-tag[data-kind=rule]{background:color-mix(in srgb,#7b3fa0 10%,var(--theme-background));color:#7b3fa0}
.fslab-c-problem{max-width:none;margin:.6rem 0;padding:.6rem .8rem;border-radius:6px;font:14px/1.5 var(--sans-serif);color:#b3261e;background:color-mix(in srgb,#b3261e 7%,var(--theme-background));overflow-wrap:anywhere}
.fslab-c-note{max-width:none;margin:.6rem 0;padding:.6rem .8rem;border-radius:6px;font:14px/1.5 var(--sans-serif);color:var(--theme-foreground-muted);background:var(--theme-background-alt)}
.fslab-c-problem ul{margin:.3rem 0 0;padding-left:1.2rem}
.fslab-c-ok{max-width:none;margin:.6rem 0;padding:.6rem .8rem;border-radius:6px;font:14px/1.5 var(--sans-serif);background:color-mix(in srgb,#2e7d32 8%,var(--theme-background))}
.fslab-c-progress{font:13px/1.5 var(--sans-serif);color:var(--theme-foreground-muted)}
.fslab-c-progress progress{width:16em;vertical-align:middle;margin-right:.6em}
.fslab-c-big-context{font:13px/1.4 var(--sans-serif);color:var(--theme-foreground-muted)}
.fslab-c-terminal{margin:.5rem 0;padding:.8rem 1rem;border-radius:8px;background:#1d2330;color:#e6e9ef;font:12.5px/1.55 var(--monospace);white-space:pre-wrap;overflow-wrap:anywhere;max-height:420px;overflow:auto}
.fslab-c-terminal .prompt{color:#8fd18f}
`;

/** Adds the contract components' stylesheet to the page, once. */
export function contractStyles() {
  if (typeof document === "undefined" || document.getElementById("fslab-contract-styles")) return;
  const style = document.createElement("style");
  style.id = "fslab-contract-styles";
  style.textContent = css;
  document.head.append(style);
}

/** A status pill: pass, warn, fail, error, ERROR, WARNING, INFO, compatible, incompatible. */
export function pill(status, text = status) {
  contractStyles();
  const node = document.createElement("span");
  node.className = "fslab-c-pill";
  node.dataset.status = status;
  node.textContent = text;
  return node;
}

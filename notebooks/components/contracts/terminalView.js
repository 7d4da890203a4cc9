// A terminal session as a reader sees it: the command after a prompt, what it printed, and
// its exit code (`echo $?`). Lines that report a failure are red, warnings amber, passes
// green, so a failing run reads as one at a glance. Everything is text, never HTML.
import {contractStyles} from "./contractStyles.js";

const css = `
.fslab-t{margin:.5rem 0 1rem;border-radius:8px;overflow:hidden;background:#1d2330;color:#e6e9ef;font:12.5px/1.55 var(--monospace)}
.fslab-t__bar{display:flex;gap:.4rem;align-items:center;padding:.35rem .8rem;background:#2a3142;color:#aab2c5;font:12px/1.4 var(--sans-serif)}
.fslab-t__bar i{width:.7rem;height:.7rem;border-radius:50%;background:#4a5266;display:inline-block}
.fslab-t pre.fslab-t__body{position:relative;margin:0;padding:.7rem 1rem .8rem;background:transparent;color:inherit;font:12px/1.6 var(--monospace);white-space:pre;overflow:auto;border:0;border-radius:0}
.fslab-t pre.fslab-t__wrap{white-space:pre-wrap;overflow-wrap:anywhere}
.fslab-t__wrap .fslab-t__line{display:block;padding-left:6ch;text-indent:-6ch}
.fslab-t__prompt{color:#8fd18f}
.fslab-t__cmd{color:#fff;font-weight:600}
.fslab-t [data-tone=fail]{color:#ff8a80}
.fslab-t [data-tone=warn]{color:#ffcc66}
.fslab-t [data-tone=pass]{color:#9be39b}
.fslab-t [data-tone=dim]{color:#8d96aa}
.fslab-t__code{display:inline-block;margin-left:.3em;padding:0 .5em;border-radius:4px;font-weight:700}
.fslab-t__code[data-code="0"]{background:#2e7d32;color:#fff}
.fslab-t__code[data-code="1"]{background:#b3261e;color:#fff}
.fslab-t__code[data-code="2"]{background:#6a1b9a;color:#fff}
`;

function styles() {
  contractStyles();
  if (document.getElementById("fslab-terminal-styles")) return;
  const style = document.createElement("style");
  style.id = "fslab-terminal-styles";
  style.textContent = css;
  document.head.append(style);
}

/** The tone of one output line: fail, warn, pass, dim or none, from the words CLI output uses. */
export function lineTone(line) {
  if (/^\s*(FAIL|ERROR)\b|\bINCOMPATIBLE\b|: FAIL \(|: ERROR \(|<failure|<error|"status": "(fail|error)"/.test(line)) return "fail";
  if (/^\s*(WARN|WARNING)\b|: WARN \(|WARNING:|"status": "warn"/.test(line)) return "warn";
  if (/^COMPATIBLE\b|: PASS \(|"status": "pass"/.test(line)) return "pass";
  if (/^\s+e\.g\. |^\s*pass\s/.test(line)) return "dim";
  return "";
}

/**
 * A terminal showing `$ command`, its `output` and `$ echo $?` with `code` (0, 1 or 2).
 * `maxHeight` (px) scrolls long output, opened at the first failing line; `title` goes in
 * the window bar.
 */
export function terminalView({command, output, code, title = "terminal", maxHeight = 420, width}) {
  styles();
  const root = document.createElement("div");
  root.className = "fslab-t";
  root.dataset.fslab = "terminal";
  root.dataset.exitCode = String(code);
  if (width) root.style.maxWidth = `${width}px`;
  const bar = document.createElement("div");
  bar.className = "fslab-t__bar";
  bar.append(document.createElement("i"), document.createElement("i"), document.createElement("i"), document.createTextNode(` ${title}`));
  // Long lines wrap, as in a terminal, each under a hanging indent: a message cut off at the
  // right edge (the reason a check failed) is the one thing the reader came for.
  const body = document.createElement("pre");
  body.className = "fslab-t__body fslab-t__wrap";
  body.style.maxHeight = `${maxHeight}px`;
  body.append(asLine(prompt(command)));
  let firstFail = null;
  for (const [i, line] of output.replace(/\n$/, "").split("\n").entries()) {
    const span = document.createElement("span");
    const tone = lineTone(line);
    if (tone) span.dataset.tone = tone;
    if (tone === "fail" && firstFail === null && i > 2) firstFail = span; // past the verdict and headers
    span.textContent = line || " ";
    body.append(asLine(span));
  }
  // Open scrolled to the first failing line (after layout, once the cell is on the page).
  if (firstFail) requestAnimationFrame(() => requestAnimationFrame(() => { body.scrollTop = Math.max(0, firstFail.offsetTop - maxHeight / 3); }));
  body.append(asLine(prompt("echo $?")));
  const exit = document.createElement("span");
  exit.className = "fslab-t__code";
  exit.dataset.code = String(code);
  exit.textContent = String(code);
  body.append(exit);
  root.append(bar, body);
  return root;
}

/** A file shown in the same window frame: `name` in the bar, `text` as is (no tones). */
export function fileView({name, text, width, maxHeight}) {
  styles();
  const root = document.createElement("div");
  root.className = "fslab-t";
  root.dataset.fslab = "file";
  if (width) root.style.maxWidth = `${width}px`;
  const bar = document.createElement("div");
  bar.className = "fslab-t__bar";
  bar.append(document.createElement("i"), document.createElement("i"), document.createElement("i"), document.createTextNode(` ${name}`));
  const body = document.createElement("pre");
  body.className = "fslab-t__body";
  if (maxHeight) body.style.maxHeight = `${maxHeight}px`;
  for (const line of text.replace(/\n$/, "").split("\n")) {
    const span = document.createElement("span");
    if (/^\s*#/.test(line)) span.dataset.tone = "dim";
    span.textContent = line;
    body.append(span, "\n");
  }
  root.append(bar, body);
  return root;
}

/** One output line as a block, so that it wraps under its own hanging indent. */
function asLine(span) {
  span.classList.add("fslab-t__line");
  return span;
}

function prompt(command) {
  const span = document.createElement("span");
  const sign = document.createElement("span");
  sign.className = "fslab-t__prompt";
  sign.textContent = "$ ";
  const cmd = document.createElement("span");
  cmd.className = "fslab-t__cmd";
  cmd.textContent = command;
  span.append(sign, cmd);
  return span;
}

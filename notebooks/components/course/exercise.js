// An exercise checked live (issue 12): the learner writes SQL (or gives a number, or picks
// an option), it runs in the page's DuckDB, and the answer is checked against the lab's own
// lib/ computation: tables by fingerprint (then row by row, to say what is wrong), numbers
// within a tolerance. Hints come one at a time; the solution on request.
//
// Markup anyone can drive (the browser tests do):
//   <section data-fslab="exercise" data-exercise="<id>" data-state="todo|correct|wrong">
//     [data-fslab="exercise-input"]     the answer field (CodeMirror's content, an <input> or a <select>)
//     button[data-fslab="exercise-check"]   checks what the field holds
//     button[data-fslab="exercise-hint"]    shows the next hint
//     button[data-fslab="exercise-reveal"]  puts the solution into the field
//     [data-fslab="exercise-feedback"]  the verdict, DuckDB's message for broken SQL
//   data-mistakes holds the page's known wrong answers and what the check says of each
//   ([{answer, says}]), so a test can try every one.
//
// In a page (the expected result computed by lib/, never typed in):
//
//   exercise({
//     id: "pit-ttl-join", title: "A point-in-time join with a ttl",
//     prompt: html`<p>Write …</p>`,
//     answer: {kind: "sql", starter: "SELECT …", tables: {spine: ["customer_id", …]}},
//     solution: "SELECT …",
//     hints: ["…", "…"],
//     check: sqlTableCheck(() => expectedTable, {key: ["txn_id"]}),
//     mistakes: [{answer: "SELECT … (< instead of <=)", says: "expected rows are missing"}],
//   })
import {EditorView, basicSetup} from "codemirror";
import {keymap} from "@codemirror/view";
import {PostgreSQL, sql as sqlLanguage} from "@codemirror/lang-sql";
import {getEngine, track, translateError} from "../shell/duckdbClient.js";
import {compareTables} from "../../lib/exercises/compareTables.js";
import {compareValue, singleValue} from "../../lib/exercises/compareValue.js";
import {currentPagePath, readProgress, recordExercise} from "./progress.js";
import {element} from "../shell/element.js";

/**
 * An exercise element. `answer.kind` is "sql" (a SQL editor; `tables` maps the page's
 * table names to their columns for completion), "number" (a number field, `unit`) or
 * "choice" (`options`: [{value, label}]). `check(answer)` resolves to {correct, message,
 * table?} (see sqlTableCheck, sqlValueCheck, valueCheck, choiceCheck) and may reject
 * only on a bug of the page. Returns the element.
 */
export function exercise({id, title, prompt, answer, solution, hints = [], check, mistakes = [], number}) {
  if (!id || typeof check !== "function" || solution === undefined) throw new Error(`exercise requires an id, a check function and a solution, got id ${JSON.stringify(id)}`);
  const page = currentPagePath();
  const node = element("section", "fslab-exercise");
  node.dataset.fslab = "exercise";
  node.dataset.exercise = id;
  node.dataset.state = "todo";
  node.dataset.kind = answer.kind;
  node.dataset.mistakes = JSON.stringify(mistakes);

  const head = element("div", "fslab-exercise__head");
  head.append(element("span", "fslab-exercise__label", number ? `Exercise ${number}` : "Exercise"), element("span", "fslab-exercise__title", title));
  const badge = element("span", "fslab-exercise__badge");
  head.append(badge);
  const before = readProgress().exercises[id];
  if (before?.state === "correct") badge.textContent = `solved before, ${new Date(before.at).toLocaleDateString("en-GB", {day: "numeric", month: "short"})}`;
  node.append(head);

  const body = element("div", "fslab-exercise__prompt");
  if (typeof prompt === "string") body.textContent = prompt;
  else body.append(prompt);
  node.append(body);

  const field = answerField(answer, () => run());
  field.node.dataset.fslab = "exercise-answer";
  node.append(field.node);

  const buttons = element("div", "fslab-exercise__buttons");
  const checkButton = button("Check", "exercise-check", "primary");
  const hintButton = button(hints.length > 0 ? `Hint (1 of ${hints.length})` : "No hints", "exercise-hint");
  const revealButton = button("Show the solution", "exercise-reveal");
  hintButton.disabled = hints.length === 0;
  buttons.append(checkButton, hintButton, revealButton);
  if (answer.kind === "sql") buttons.append(element("span", "fslab-exercise__keys", "Ctrl/⌘ + Enter checks"));
  node.append(buttons);

  const hintList = element("ol", "fslab-exercise__hints");
  node.append(hintList);
  const feedback = element("div", "fslab-exercise__feedback");
  feedback.dataset.fslab = "exercise-feedback";
  feedback.setAttribute("role", "status");
  node.append(feedback);

  let shownHints = 0;
  hintButton.addEventListener("click", () => {
    if (shownHints >= hints.length) return;
    const item = element("li");
    item.textContent = hints[shownHints++];
    hintList.append(item);
    hintButton.textContent = shownHints < hints.length ? `Next hint (${shownHints + 1} of ${hints.length})` : "No more hints";
    hintButton.disabled = shownHints >= hints.length;
  });
  revealButton.addEventListener("click", () => {
    field.set(String(solution));
    revealButton.textContent = "Solution shown: check it";
  });
  checkButton.addEventListener("click", () => run());

  let runs = 0;
  function run() {
    const mine = ++runs;
    node.dataset.state = "checking";
    checkButton.disabled = true;
    feedback.replaceChildren(element("span", "fslab-exercise__pending", answer.kind === "sql" ? "Running your query in DuckDB…" : "Checking…"));
    const done = (async () => {
      let verdict;
      try {
        verdict = await check(field.get());
      } catch (error) {
        verdict = {correct: false, message: `The check itself failed (a bug of this page): ${error?.message ?? error}`};
      }
      if (mine !== runs) return;
      node.dataset.state = verdict.correct ? "correct" : "wrong";
      checkButton.disabled = false;
      recordExercise(id, page, verdict.correct ? "correct" : "wrong");
      if (verdict.correct) badge.textContent = "solved";
      showVerdict(feedback, verdict);
    })();
    track(done);
    return done;
  }

  recordExercise(id, page, "seen");
  return node;
}

/**
 * A check for SQL that must return the lab's table: runs the learner's query on the
 * page's engine and compares (compareTables: fingerprint, then row by row by `key`).
 * `expected` is a Table or a function returning one (or its promise), computed by lib/.
 */
export function sqlTableCheck(expected, options = {}) {
  return async (text) => {
    const result = await learnerQuery(text);
    if (result.error) return result;
    const want = typeof expected === "function" ? await expected() : await expected;
    const comparison = compareTables(want, result.table, options);
    return {correct: comparison.correct, message: comparison.message, table: result.table};
  };
}

/** A check for SQL that must return one number (one row, one column) within `tolerance` of `expected` (a number or a function giving one). */
export function sqlValueCheck(expected, {tolerance, unit} = {}) {
  return async (text) => {
    const result = await learnerQuery(text);
    if (result.error) return result;
    const {value, problem} = singleValue(result.table);
    if (problem !== null) return {correct: false, message: problem, table: result.table};
    const want = typeof expected === "function" ? await expected() : await expected;
    const comparison = compareValue(want, value, {tolerance, unit});
    return {correct: comparison.correct, message: comparison.message, table: result.table};
  };
}

/** A check for a typed number. */
export function valueCheck(expected, {tolerance, unit} = {}) {
  return async (text) => {
    const want = typeof expected === "function" ? await expected() : await expected;
    return compareValue(want, text, {tolerance, unit});
  };
}

/** A check for a picked option: `why` maps each wrong option to what it gets wrong. */
export function choiceCheck(expected, why = {}) {
  return async (value) => {
    const want = typeof expected === "function" ? await expected() : await expected;
    if (value === "" || value === null) return {correct: false, message: "Pick an answer first."};
    if (String(value) === String(want)) return {correct: true, message: why[value] ? `Correct: ${why[value]}` : "Correct."};
    return {correct: false, message: why[value] ?? "Not this one."};
  };
}

// The learner's SQL on the page's engine: DuckDB's own message when it fails, never a throw.
async function learnerQuery(text) {
  if (String(text).trim() === "") return {correct: false, error: true, message: "Write a query first."};
  const engine = await getEngine();
  try {
    return {table: await engine.query(String(text))};
  } catch (error) {
    const message = translateError(error, String(text)).message;
    return {correct: false, error: true, message: `DuckDB says: ${message}`};
  }
}

function showVerdict(feedback, verdict) {
  feedback.replaceChildren();
  feedback.dataset.verdict = verdict.correct ? "correct" : "wrong";
  const line = element("p", "fslab-exercise__message");
  line.textContent = verdict.message;
  feedback.append(line);
  if (verdict.table && verdict.table.numRows > 0) feedback.append(preview(verdict.table));
}

// The first rows of the learner's result: what their query gave, beside the verdict.
function preview(table) {
  const wrap = element("div", "fslab-exercise__preview");
  const names = table.schema.fields.map((f) => f.name);
  const shown = Math.min(5, table.numRows);
  const caption = element("div", "fslab-exercise__caption", `Your result: ${table.numRows.toLocaleString("en-US")} row${table.numRows === 1 ? "" : "s"}${table.numRows > shown ? `, the first ${shown}` : ""}`);
  const grid = element("table");
  const headRow = element("tr");
  for (const name of names) headRow.append(element("th", "", name));
  grid.append(headRow);
  for (let r = 0; r < shown; r++) {
    const tr = element("tr");
    const row = table.get(r);
    for (const name of names) tr.append(element("td", "", cell(row[name], table.schema.fields.find((f) => f.name === name))));
    grid.append(tr);
  }
  wrap.append(caption, grid);
  return wrap;
}

function cell(value, field) {
  if (value === null || value === undefined) return "NULL";
  const type = String(field?.type ?? "");
  if ((type.startsWith("Timestamp") || type.startsWith("Date")) && typeof value === "number") return new Date(value).toISOString().replace("T", " ").replace(/\.000Z$|Z$/, "");
  if (typeof value === "number" && !Number.isInteger(value)) return String(Number(value.toPrecision(6)));
  return String(value);
}

function answerField(answer, submit) {
  if (answer.kind === "sql") {
    const node = element("div", "fslab-exercise__editor");
    const view = new EditorView({
      doc: answer.starter ?? "",
      parent: node,
      extensions: [
        keymap.of([{key: "Mod-Enter", run: () => (submit(), true)}]),
        basicSetup,
        sqlLanguage({dialect: PostgreSQL, schema: answer.tables ?? {}, upperCaseKeywords: false}),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({"data-fslab": "exercise-input", "aria-label": "Your SQL"}),
      ],
    });
    return {node, get: () => view.state.doc.toString(), set: (text) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}})};
  }
  const node = element("div", "fslab-exercise__field");
  let input;
  if (answer.kind === "choice") {
    input = element("select");
    input.append(option("", "Pick one…"));
    for (const o of answer.options) input.append(option(String(o.value), o.label ?? String(o.value)));
  } else if (answer.kind === "number") {
    input = element("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.placeholder = answer.placeholder ?? "a number";
    input.addEventListener("keydown", (event) => event.key === "Enter" && submit());
  } else {
    throw new Error(`exercise requires answer.kind "sql", "number" or "choice", got ${JSON.stringify(answer.kind)}`);
  }
  input.dataset.fslab = "exercise-input";
  input.setAttribute("aria-label", answer.label ?? "Your answer");
  node.append(input);
  if (answer.unit) node.append(element("span", "fslab-exercise__unit", answer.unit));
  return {node, get: () => input.value, set: (text) => (input.value = text)};
}

function option(value, label) {
  const node = element("option", "", label);
  node.value = value;
  return node;
}

function button(text, role, kind = "") {
  const node = element("button", kind ? `fslab-exercise__button fslab-exercise__button--${kind}` : "fslab-exercise__button", text);
  node.type = "button";
  node.dataset.fslab = role;
  return node;
}

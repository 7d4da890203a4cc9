// Which picked file holds which object of a contract, on "Check your own data": a file goes
// to the object named like it (orders.csv → the object named or physically named "orders",
// case aside; my-orders.csv → my_orders too), the files no name matches to the objects still without a file, in order, and
// the rest to no object; one select per file changes it. What the CLI spells
// `--data orders=orders.csv`, the page guesses from the names and lets the reader correct.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {contractStyles} from "./contractStyles.js";

/** The select's value for "this file holds no object of the contract". */
export const noObject = "";

const stem = (name) => name.replace(/\.[^.]*$/, "").toLowerCase();

/** The object a file is inferred as: its name without the extension, letters, digits and _ only ("my-orders.csv" → "my_orders"). */
export function objectName(fileName) {
  return fileName.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}_]+/gu, "_") || "data";
}

/** Whether a file is named after the object (its name or physicalName, case aside; my-orders.csv is named after my_orders too). */
const namedAfter = (fileName, object) => [object.name, object.physicalName].some((n) => n !== undefined && [stem(fileName), objectName(fileName).toLowerCase()].includes(n.toLowerCase()));

/**
 * For each file name, the object it holds by default and why: {object, how} with how
 * "only" (one file, one object), "name" (the file is named after the object), "left" (the
 * first object no file is named after) or "none" (every object has a file already).
 */
export function defaultObjects(fileNames, objects) {
  if (fileNames.length === 1 && objects.length === 1) return [{object: objects[0].name, how: "only"}];
  const byName = fileNames.map((f) => objects.find((o) => namedAfter(f, o))?.name);
  const left = objects.map((o) => o.name).filter((n) => !byName.includes(n));
  return byName.map((object) => (object ? {object, how: "name"} : left.length ? {object: left.shift(), how: "left"} : {object: noObject, how: "none"}));
}

/** One select per file (its label the file's name), starting at `defaults`; its value is the list of object names ("" for none). */
export function objectPickers(fileNames, objects, defaults) {
  const options = new Map([...objects.map((o) => [o.physicalName && o.physicalName !== o.name ? `${o.name} (${o.physicalName})` : o.name, o.name]), ["no object: not checked", noObject]]);
  const form = Inputs.form(fileNames.map((f, i) => Inputs.select(options, {label: f, value: defaults[i].object, width: 300})));
  form.dataset.fslab = "file-pickers";
  return form;
}

/**
 * What the reader must know about the mapping, in one block: a file named after no object
 * (and which object it was given), a file that holds no object, objects with no file, or
 * two files given the same object (a problem: nothing runs). `chosen` is the pickers' value;
 * `tables[i]` the DuckDB table the i-th file was read into (what the SQL shown names).
 */
export function mappingNote(fileNames, objects, defaults, chosen, tables) {
  contractStyles();
  const names = objects.map((o) => o.name);
  const clash = names.find((n) => chosen.filter((c) => c === n).length > 1);
  if (clash) {
    const which = fileNames.filter((f, i) => chosen[i] === clash);
    return html`<p class="fslab-c-problem" data-fslab="file-objects">${which.length} files hold object <code>${clash}</code> (${which.join(", ")}): give each file its own object above${names.length === 1 ? ", or pick one file: the contract has only that object" : ""}.</p>`;
  }
  const missing = names.filter((n) => !chosen.includes(n));
  const line = (f, i) => {
    const object = chosen[i];
    const why = object === noObject ? (defaults[i].how === "none" ? `no object of the contract is named ${stem(f)}${missing.length ? "" : " and every object has a file"}: it is not checked` : "not checked (chosen above)")
      : object !== defaults[i].object ? "chosen above"
      : defaults[i].how === "name" ? "by its name"
      : defaults[i].how === "only" ? "the contract's only object"
      : "no object is named like it; it got the first object without a file — change it above if that is wrong";
    return html`<li data-file=${f}><strong>${f}</strong> (table <code>${tables[i]}</code>) → ${object === noObject ? html`<em>no object</em>` : html`object <code>${object}</code>`}: ${why}</li>`;
  };
  return html`<div class="fslab-c-note" data-fslab="file-objects"><ul style="margin:0;padding-left:1.2rem">${fileNames.map(line)}</ul>${missing.length
    ? html`<p data-fslab="objects-without-file" style="margin:.4rem 0 0">${missing.length === 1 ? "Object" : "Objects"} ${missing.map((n, i) => html`${i ? ", " : ""}<code>${n}</code>`)} ${missing.length === 1 ? "has" : "have"} no file: ${missing.length === 1 ? "its" : "their"} checks are not run, and a relationship to ${missing.length === 1 ? "it" : "them"} is a warning. Pick ${missing.length === 1 ? "its file" : "their files"} together with the others to check ${missing.length === 1 ? "it" : "them"} too.</p>`
    : ""}</div>`;
}

/**
 * For a contract of several objects and no relationship (an inferred one): how to say how
 * the files join, as YAML to add under the second object, on the columns both objects have
 * (a composite key when several), else on a placeholder. Null for one object or when the
 * contract has relationships.
 */
export function relationshipHint(contract) {
  const [first, second] = contract.schema;
  if (!second || contract.relationships.length > 0) return null;
  contractStyles();
  const shared = second.properties.map((p) => p.name).filter((n) => first.properties.some((q) => q.name === n));
  const columns = shared.length ? shared : ["COLUMN"];
  const ref = (object) => (columns.length === 1 ? `${object}.${columns[0]}` : `[${columns.map((c) => `${object}.${c}`).join(", ")}]`);
  return html`<p class="fslab-c-note" data-fslab="relationship-hint">An inferred contract says nothing of how the files join. Say it in the box, under the object whose rows point at the other${shared.length ? ` (here perhaps on the column${shared.length === 1 ? "" : "s"} both have)` : ""}, e.g. under <code>${second.name}</code>: <code>relationships: [{from: ${ref(second.name)}, to: ${ref(first.name)}}]</code>${columns.length > 1 ? " (a composite key: the columns match together)" : ""}. Its check then counts the rows of ${second.name} whose key has no match.</p>`;
}

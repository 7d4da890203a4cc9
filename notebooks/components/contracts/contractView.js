// A parsed contract (lib/contracts Contract) as a reader sees it: one row per property
// with its type, its promises (required, unique, key) and its constraints, then the rules
// about whole rows and the freshness SLA. All text is set as text, never as HTML.
import {element as el} from "../shell/element.js";
import {contractStyles} from "./contractStyles.js";

/** `contract` rendered readably; `object` picks one of several schema objects. */
export function contractView(contract, {width = 640, object} = {}) {
  contractStyles();
  const o = contract.schema.find((s) => s.name === object) ?? contract.schema[0];
  const root = el("div");
  root.dataset.fslab = "contract-view";
  root.style.maxWidth = `${width}px`;
  root.append(el("p", "fslab-c-label", `${contract.id} · version ${contract.version} · ${contract.status} · object ${o.name}`));
  if (o.description) root.append(el("p", "", o.description));
  const table = el("table", "fslab-c-props");
  const head = el("tr");
  for (const h of ["property", "type", "promises", "values", "quality rules"]) head.append(el("th", "", h));
  table.append(head);
  for (const p of o.properties) table.append(propertyRow(p));
  root.append(table);
  const rules = [...o.quality.map(ruleText), ...contract.freshness.filter((f) => f.object === o.name).map((f) => `freshness: the newest ${f.property} is at most ${f.text} old`)];
  const keys = o.properties.filter((p) => p.primaryKey);
  if (keys.length > 1) rules.unshift(`primary key (${keys.map((p) => p.name).join(", ")}): unique together, never null`);
  if (rules.length) {
    root.append(el("p", "fslab-c-label", "rules about whole rows and the table"));
    const list = el("ul");
    for (const r of rules) list.append(el("li", "", r));
    root.append(list);
  }
  return root;
}

function propertyRow(p) {
  const row = el("tr");
  const name = el("td");
  name.append(el("code", "", p.name));
  if (p.description) name.append(el("div", "fslab-c-big-context", p.description));
  row.append(name);
  row.append(el("td", "", [p.logicalType, p.physicalType].filter(Boolean).join(" · ") || "any"));
  const promises = el("td");
  if (p.primaryKey) promises.append(tag("primary key", "key"));
  if (p.required) promises.append(tag("required"));
  if (p.unique) promises.append(tag("unique"));
  if (!p.required && !p.primaryKey) promises.append(tag("optional (may be null)", "muted"));
  row.append(promises);
  row.append(el("td", "", valuesText(p)));
  const quality = el("td");
  for (const r of p.quality) quality.append(tag(ruleText(r), "rule"));
  row.append(quality);
  return row;
}

function valuesText(p) {
  const o = p.options;
  const parts = [];
  const low = o.exclusiveMinimum !== undefined ? `> ${o.exclusiveMinimum}` : o.minimum !== undefined ? `≥ ${o.minimum}` : null;
  const high = o.exclusiveMaximum !== undefined ? `< ${o.exclusiveMaximum}` : o.maximum !== undefined ? `≤ ${o.maximum}` : null;
  if (low || high) parts.push([low, high].filter(Boolean).join(" and "));
  if (o.minLength !== undefined || o.maxLength !== undefined) parts.push(`length ${o.minLength ?? 0}–${o.maxLength ?? "∞"}`);
  if (o.pattern !== undefined) parts.push(`matches /${o.pattern}/`);
  if (p.enum) parts.push(`one of ${p.enum.join(", ")}`);
  return parts.join("; ");
}

const words = {
  mustBe: "=", mustNotBe: "≠", mustBeGreaterThan: ">", mustBeGreaterOrEqualTo: "≥", mustBeLessThan: "<", mustBeLessOrEqualTo: "≤",
};

/** A quality rule in a few words: "nullValues < 1%", "rowCount > 0", "created_timestamp >= event_timestamp". */
export function ruleText(r) {
  const unit = r.unit === "percent" ? "%" : r.metric === "rowCount" ? "" : " rows";
  const bounds = Object.entries(r.threshold).map(([op, v]) => (Array.isArray(v) ? `${op === "mustNotBeBetween" ? "not " : ""}between ${v[0]} and ${v[1]}${unit}` : `${words[op]} ${v}${unit}`)).join(" and ");
  const subject = r.metric === "expression" ? `rows breaking ${r.expression}` : r.metric === "duplicateValues" && r.properties ? `duplicate (${r.properties.join(", ")})` : r.metric;
  return `${subject} ${bounds}${r.severity ? ` (${r.severity})` : ""}`;
}

function tag(text, kind) {
  const node = el("span", "fslab-c-tag", text);
  if (kind) node.dataset.kind = kind;
  if (kind === "muted") node.style.cssText = "background:none;color:var(--theme-foreground-muted);padding:0";
  return node;
}

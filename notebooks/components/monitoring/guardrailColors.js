// The colours of guardrails.md, in a module of their own (no Plot): the page's first-answer
// cards (guardrailCards.js) need the fraud colour before Plot and its d3 modules have loaded.

export const classColors = {legitimate: "#8a94a6", fraud: "#e0453a"};
export const rateColors = {precision: "#4269d0", recall: "#e0453a", "false positive rate": "#efb118"};
export const bandColors = {allow: "#4c9a5b", review: "#e6a23c", block: "#b3261e"};
export const statusColors = {pass: "#4c9a5b", fail: "#b3261e"};
export const modelColors = {baseline: "#8a94a6", candidate: "#275fa8"};

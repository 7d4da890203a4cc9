// The colours of a row's fate under a schedule of materialization runs (materialization-backfill.md),
// shared by its charts and number cards; a module of its own so that the cards need no Plot.
export const fateColors = {on_time: "#9fb4d9", caught: "#efb118", missed: "#d62728", unread: "#bbb"};

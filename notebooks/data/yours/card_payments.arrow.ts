// TEMPLATE: a data loader that turns a local CSV or Parquet file into Arrow for a page.
//
// What it does: at build time Framework runs `tsx data/yours/card_payments.arrow.ts` and keeps what it
// writes to stdout as data/yours/card_payments.arrow; the page reads it with
//   tableFromIPC(await FileAttachment("data/yours/card_payments.arrow").arrayBuffer())
// Native DuckDB reads the file (src/io's readTable: a CSV's types detected, an empty unquoted field
// null); a missing, empty or malformed file, or one without rows, prints ONE line on stderr and
// exits non-zero, which stops `npm run build`, so a broken input never ships as an empty page.
//
// To make a page of your own data:
//   1. Put your file under data/yours/ (CSV or Parquet; .arrow too).
//   2. Copy this loader next to itself, named after the file the page will read: my_orders.arrow.ts.
//   3. Change FILE below to your file's name. Nothing else needs to change.
//   4. Copy notebooks/your-parquet.md to notebooks/my-orders.md and change its one FileAttachment
//      to "data/yours/my_orders.arrow"; add the page to observablehq.config.ts.
//   5. Try the loader by hand first: npx tsx notebooks/data/yours/my_orders.arrow.ts > /tmp/x.arrow
//      (or --file=some/other.csv to point it at another file without editing it).
import {parseArgs} from "node:util";
import {runLoader, tableFromFile} from "../../../src/loaders/index.js";

const FILE = "card_payments.parquet"; // ← your file, in the repository's data/yours/

const {values} = parseArgs({options: {file: {type: "string"}}, strict: false});
const path = typeof values.file === "string" ? values.file : new URL(`../../../data/yours/${FILE}`, import.meta.url).pathname;

await runLoader("data/yours/card_payments.arrow.ts", () => tableFromFile(path));

// A tiny synthetic world and the transactions contract, shared by the monitoring tests.
import {readFileSync} from "node:fs";
import type {Table} from "apache-arrow";
import {contractChecks, parseContract, type CheckSpec, type Column, jsonRows} from "../../../lib/contracts/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {ident, sql, type SqlEngine} from "../../../lib/sql/index.js";

export const start = Date.UTC(2026, 0, 1);
export const days = 30;

/** A 30-day world of about 6,000 transactions: a few hundred rows a day. */
export function tinyTransactions(seed = 7): Table {
  return generateWorld({seed, days, size: {customers: 80, merchants: 40, transactions: 6_000}, tables: ["transactions"]}).transactions;
}

/**
 * A 10-day world of about 20,000 transactions, 2,000 a day, as busy per day as the lab's
 * small world (a few hundred rows a day make the 1% null rule flip on two or three nulls).
 */
export function busyTransactions(seed: number): Table {
  return generateWorld({seed, days: 10, size: {customers: 300, merchants: 60, transactions: 20_000}, tables: ["transactions"]}).transactions;
}

/** The synthetic world's transactions contract, as checks. */
export function transactionChecks(): CheckSpec[] {
  const parsed = parseContract(readFileSync(new URL("../../../data/contracts/transactions.v1.yaml", import.meta.url), "utf8"), "transactions.v1.yaml");
  if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
  return contractChecks(parsed.contract);
}

/** A table's columns as DESCRIBE gives them. */
export async function columnsOf(engine: SqlEngine, table: string): Promise<Column[]> {
  return jsonRows(await engine.query(sql`DESCRIBE ${ident(table)}`)).map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
}

import type {Table} from "apache-arrow";
import {createRng} from "../../../lib/synth/random.js";
import {arrowTable} from "../arrowTable.js";

const DAY = 86_400_000;

/**
 * A seeded training-like table: amount (floats with nulls, NaN and ties), count (ints),
 * city (text with nulls and a rare category), label (0/1 target), customer (key) and
 * at (event times, some at the same instant, one null).
 */
export function preprocessTable(seed: number, rows: number, cities = ["ams", "ber", "cph", "dub", "rare"]): Table {
  const rng = createRng(seed, "preprocess");
  const amount: (number | null)[] = [], count: number[] = [], city: (string | null)[] = [], label: number[] = [], customer: string[] = [], at: (number | null)[] = [];
  for (let i = 0; i < rows; i++) {
    const u = rng.uniform();
    amount.push(u < 0.08 ? null : u < 0.1 ? NaN : u < 0.2 ? 10 : Math.round(rng.logNormal(3, 1) * 100) / 100);
    count.push(rng.int(20));
    const r = rng.uniform();
    city.push(r < 0.05 ? null : r < 0.08 ? cities[cities.length - 1]! : cities[rng.int(cities.length - 1)]!);
    label.push(rng.bernoulli(city[i] === "ams" ? 0.6 : 0.3) ? 1 : 0);
    customer.push(`c${rng.int(Math.max(1, Math.floor(rows / 8)))}`);
    at.push(i === 3 ? null : Date.UTC(2026, 0, 1) + rng.int(30) * DAY + (rng.bernoulli(0.3) ? 0 : rng.int(24) * 3_600_000));
  }
  return arrowTable({amount: ["float", amount], count: ["int", count], city: ["text", city], label: ["int", label], customer: ["text", customer], at: ["time", at]});
}

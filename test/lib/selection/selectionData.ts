// The fixed data of the goldens: the same formulas as the python script in univariate.test.ts.
const n = 60;
const i = Array.from({length: n}, (_, k) => k);
export const y = i.map((k) => k % 3);
export const yBinary = i.map((k) => ((k * 11) % 7 < 3 ? 1 : 0));
const a = i.map((k) => ((k * 7) % 13) + 2 * (k % 3));
const b = i.map((k) => ((k * k) % 17) / 4);
const c = i.map((k) => (k * 5) % 7);
const d = i.map((k) => a[k]! * 0.5 + b[k]!);
export const columns = {a, b, c, d};

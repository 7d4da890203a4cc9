const DAY = 86_400_000;

/**
 * Row indices grouped by UTC day of `eventMs` (epoch ms), days ascending: the unit that
 * daily guardrail metrics are paired on.
 *
 * @example rowsByDay([86_400_001, 5, 7]) // => [{day: 0, rows: [1, 2]}, {day: 86400000, rows: [0]}]
 */
export function rowsByDay(eventMs: ArrayLike<number>): {day: number; rows: number[]}[] {
  const byDay = new Map<number, number[]>();
  for (let i = 0; i < eventMs.length; i++) {
    const day = Math.floor(eventMs[i]! / DAY) * DAY;
    if (day !== day) continue;
    const rows = byDay.get(day);
    if (rows) rows.push(i);
    else byDay.set(day, [i]);
  }
  return [...byDay.keys()].sort((a, b) => a - b).map((day) => ({day, rows: byDay.get(day)!}));
}

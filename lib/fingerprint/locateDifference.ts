import type {RowHashes} from "./rowHashes.js";

/** How to narrow down: children per differing bucket, and when to compare rows instead. */
export interface LocateOptions {
  /** Children a differing bucket is split into (default 16; 2 to 4096). */
  readonly fanout?: number;
  /** A differing bucket with at most this many rows on each side is compared row by row (default 8). */
  readonly leafRows?: number;
}

/** One level of the narrowing: buckets whose fingerprints were compared, and how many differed. */
export interface LocateLevel {
  readonly depth: number;
  readonly compared: number;
  readonly differing: number;
  /** Rows (both sides) in the differing buckets of this level. */
  readonly rowsInDiffering: number;
}

/** Where two tables' rows differ, and what it cost to find out. */
export interface LocatedDifference {
  /** Row indices of a with no equal row left in b (ascending); duplicates count. */
  readonly onlyA: number[];
  /** Row indices of b with no equal row left in a (ascending). */
  readonly onlyB: number[];
  readonly levels: LocateLevel[];
  /** Bucket fingerprints compared, the root (whole table) included. */
  readonly fingerprintsCompared: number;
  /** Rows (both sides) sent for a row-by-row comparison, in the differing leaf buckets. */
  readonly rowsCompared: number;
}

interface Node {
  start: number;
  width: number;
  a: number[];
  b: number[];
}

const two32 = 4294967296;

/** Count and sum mod 2^64 of the row hashes at `rows`, as a comparable key. */
function fingerprintOf(hashes: RowHashes, rows: number[]): string {
  let hi = 0, lo = 0;
  for (const r of rows) {
    const sum = lo + hashes.lo[r]!;
    lo = sum >>> 0;
    hi = (hi + hashes.hi[r]! + (sum >= two32 ? 1 : 0)) >>> 0;
  }
  return `${rows.length}:${hi}:${lo}`;
}

/** The multiset difference of two leaves' rows, by their 64-bit hashes. */
function compareRows(a: RowHashes, b: RowHashes, node: Node, onlyA: number[], onlyB: number[]): void {
  const waiting = new Map<string, number[]>();
  for (const r of node.a) {
    const key = `${a.hi[r]}:${a.lo[r]}`;
    const list = waiting.get(key);
    if (list) list.push(r);
    else waiting.set(key, [r]);
  }
  for (const r of node.b) {
    const list = waiting.get(`${b.hi[r]}:${b.lo[r]}`);
    if (list && list.length > 0) list.shift();
    else onlyB.push(r);
  }
  for (const list of waiting.values()) onlyA.push(...list);
}

/**
 * Finds the rows that differ between two tables (as rowHashes) without shipping every
 * row: compare the whole-table fingerprints (row count and sum of row hashes mod 2^64);
 * if they differ, split the hash space into `fanout` buckets (see bucketOf) and compare
 * their fingerprints, then split only the differing ones again, until a differing bucket
 * holds at most `leafRows` rows a side (or cannot be split further), whose rows are then
 * compared. Row order is ignored; a duplicated row is a difference. Finds exactly the
 * multiset difference unless two different rows share a 64-bit hash.
 *
 * @example locateDifference({hi: Uint32Array.of(1, 2), lo: Uint32Array.of(0, 0)}, {hi: Uint32Array.of(2, 3), lo: Uint32Array.of(0, 0)}).onlyB // => [1]
 */
export function locateDifference(a: RowHashes, b: RowHashes, options: LocateOptions = {}): LocatedDifference {
  const fanout = options.fanout ?? 16;
  const leafRows = options.leafRows ?? 8;
  if (!Number.isInteger(fanout) || fanout < 2 || fanout > 4096) throw new Error(`locateDifference requires an integer fanout in [2, 4096], got ${fanout}`);
  if (!Number.isInteger(leafRows) || leafRows < 1) throw new Error(`locateDifference requires leafRows to be a positive integer, got ${leafRows}`);
  const all = (n: number) => Array.from({length: n}, (_, i) => i);
  const onlyA: number[] = [], onlyB: number[] = [];
  const levels: LocateLevel[] = [];
  let rowsCompared = 0;
  let frontier: Node[] = [{start: 0, width: two32, a: all(a.hi.length), b: all(b.hi.length)}];
  let compared = 1;
  const rootDiffers = fingerprintOf(a, frontier[0]!.a) !== fingerprintOf(b, frontier[0]!.b);
  levels.push({depth: 0, compared: 1, differing: rootDiffers ? 1 : 0, rowsInDiffering: rootDiffers ? a.hi.length + b.hi.length : 0});
  if (!rootDiffers) frontier = [];
  for (let depth = 1; frontier.length > 0; ++depth) {
    const next: Node[] = [];
    let levelCompared = 0, differing = 0, rowsInDiffering = 0;
    for (const node of frontier) {
      if ((node.a.length <= leafRows && node.b.length <= leafRows) || node.width < fanout) {
        rowsCompared += node.a.length + node.b.length;
        compareRows(a, b, node, onlyA, onlyB);
        continue;
      }
      const width = node.width / fanout;
      const children: Node[] = Array.from({length: fanout}, (_, i) => ({start: node.start + i * width, width, a: [], b: []}));
      const child = (hi: number) => Math.min(fanout - 1, Math.floor(((hi - node.start) / node.width) * fanout));
      for (const r of node.a) children[child(a.hi[r]!)]!.a.push(r);
      for (const r of node.b) children[child(b.hi[r]!)]!.b.push(r);
      for (const c of children) {
        ++levelCompared;
        if (fingerprintOf(a, c.a) !== fingerprintOf(b, c.b)) {
          ++differing;
          rowsInDiffering += c.a.length + c.b.length;
          next.push(c);
        }
      }
    }
    if (levelCompared > 0) levels.push({depth, compared: levelCompared, differing, rowsInDiffering});
    compared += levelCompared;
    frontier = next;
  }
  return {onlyA: onlyA.sort((x, y) => x - y), onlyB: onlyB.sort((x, y) => x - y), levels, fingerprintsCompared: compared, rowsCompared};
}

import type {LineageGraph} from "./lineageGraph.js";

/** Where a node sits in a left-to-right layered drawing: its column and its row in that column. */
export interface LineagePosition {
  layer: number;
  row: number;
  /** How many nodes share its layer. */
  rows: number;
}

/**
 * Layers a DAG left to right: a node's layer is the length of the longest path from a
 * source to it; within a layer, nodes are ordered by the mean row of their parents (one
 * barycentre sweep), ties keeping graph order. Throws on a cycle.
 *
 * @example
 * const node = (id) => ({id, kind: "source", name: id, description: "", features: []});
 * layoutLineage({nodes: ["a", "b"].map(node), edges: [{source: "a", target: "b"}]}).get("b") // => {layer: 1, row: 0, rows: 1}
 */
export function layoutLineage(graph: LineageGraph): Map<string, LineagePosition> {
  const ids = graph.nodes.map((n) => n.id);
  const parents = new Map(ids.map((id) => [id, [] as string[]]));
  for (const {source, target} of graph.edges) {
    if (!parents.has(source) || !parents.has(target)) throw new RangeError(`layoutLineage requires edges between nodes of the graph, got ${source} → ${target}`);
    parents.get(target)!.push(source);
  }
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    if (layer.has(id)) return layer.get(id)!;
    if (visiting.has(id)) throw new RangeError(`layoutLineage requires an acyclic graph, got a cycle through ${id}`);
    visiting.add(id);
    const d = Math.max(-1, ...parents.get(id)!.map(depth)) + 1;
    visiting.delete(id);
    layer.set(id, d);
    return d;
  };
  ids.forEach(depth);
  const columns: string[][] = [];
  for (const id of ids) (columns[layer.get(id)!] ??= []).push(id);
  const row = new Map<string, number>();
  const positions = new Map<string, LineagePosition>();
  for (const column of columns) {
    if (!column) continue;
    const centre = (id: string) => {
      const rows = parents.get(id)!.map((p) => row.get(p)! / Math.max(1, positions.get(p)!.rows));
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : 0;
    };
    const ordered = column.map((id, i) => ({id, i, c: centre(id)})).sort((a, b) => a.c - b.c || a.i - b.i);
    ordered.forEach(({id}, r) => {
      row.set(id, r);
      positions.set(id, {layer: layer.get(id)!, row: r, rows: column.length});
    });
  }
  return positions;
}

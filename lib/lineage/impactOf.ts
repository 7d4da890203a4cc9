import type {LineageGraph} from "./lineageGraph.js";

/**
 * Everything downstream of `node`: the ids reachable along edges, nearest first (breadth
 * first, ties in edge order), without `node` itself. What a change to `node` can break.
 *
 * @example
 * const node = (id) => ({id, kind: "source", name: id, description: "", features: []});
 * impactOf({nodes: ["a", "b", "c"].map(node), edges: [{source: "a", target: "b"}, {source: "b", target: "c"}]}, "a") // => ["b", "c"]
 */
export function impactOf(graph: LineageGraph, node: string): string[] {
  return reachable(graph, node, "impactOf", (edge) => [edge.source, edge.target]);
}

/**
 * Everything upstream of `node`: the ids it is computed from, nearest first, without
 * `node` itself. What `node` depends on.
 *
 * @example
 * const node = (id) => ({id, kind: "source", name: id, description: "", features: []});
 * dependenciesOf({nodes: ["a", "b", "c"].map(node), edges: [{source: "a", target: "b"}, {source: "b", target: "c"}]}, "c") // => ["b", "a"]
 */
export function dependenciesOf(graph: LineageGraph, node: string): string[] {
  return reachable(graph, node, "dependenciesOf", (edge) => [edge.target, edge.source]);
}

function reachable(graph: LineageGraph, node: string, name: string, direction: (edge: {source: string; target: string}) => [string, string]): string[] {
  if (!graph.nodes.some((n) => n.id === node)) {
    throw new RangeError(`${name} requires a node of the graph, got ${JSON.stringify(node)}`);
  }
  const seen = new Set([node]);
  const order: string[] = [];
  for (let queue = [node]; queue.length > 0; ) {
    const next: string[] = [];
    for (const id of queue) {
      for (const edge of graph.edges) {
        const [from, to] = direction(edge);
        if (from === id && !seen.has(to)) {
          seen.add(to);
          order.push(to);
          next.push(to);
        }
      }
    }
    queue = next;
  }
  return order;
}

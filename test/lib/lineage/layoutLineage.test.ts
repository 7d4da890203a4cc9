import {describe, expect, it} from "vitest";
import {layoutLineage, type LineageGraph} from "../../../lib/lineage/index.js";

const node = (id: string) => ({id, kind: "source" as const, name: id, description: "", features: []});
const graph = (ids: string[], edges: [string, string][]): LineageGraph => ({nodes: ids.map(node), edges: edges.map(([source, target]) => ({source, target}))});

describe("layoutLineage", () => {
  it("layoutLineage(graph) puts each node one layer right of its deepest parent", () => {
    const layout = layoutLineage(graph(["a", "b", "c"], [["a", "b"], ["b", "c"], ["a", "c"]]));
    expect([...layout].map(([id, p]) => [id, p.layer])).toEqual([["a", 0], ["b", 1], ["c", 2]]);
  });
  it("layoutLineage orders a layer by the mean row of each node's parents", () => {
    const layout = layoutLineage(graph(["p", "q", "x", "y"], [["q", "x"], ["p", "y"]]));
    expect(layout.get("y")).toEqual({layer: 1, row: 0, rows: 2});
    expect(layout.get("x")).toEqual({layer: 1, row: 1, rows: 2});
  });
  it("layoutLineage throws on a cycle and on an edge to an unknown node", () => {
    expect(() => layoutLineage(graph(["a", "b"], [["a", "b"], ["b", "a"]]))).toThrow(/layoutLineage requires an acyclic graph/);
    expect(() => layoutLineage(graph(["a"], [["a", "z"]]))).toThrow(/layoutLineage requires edges between nodes of the graph, got a → z/);
  });
});

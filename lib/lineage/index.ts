// The graph
export {lineageKinds} from "./lineageGraph.js";
export type {LineageEdge, LineageGraph, LineageKind, LineageNode} from "./lineageGraph.js";
export {lineageOf, syntheticSystem} from "./lineageOf.js";
export type {LineageSystem} from "./lineageOf.js";
// Questions about it
export {dependenciesOf, impactOf} from "./impactOf.js";
// Drawing it
export {layoutLineage} from "./layoutLineage.js";
export type {LineagePosition} from "./layoutLineage.js";

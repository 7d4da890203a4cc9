// Feature freshness: staleness per key and over time against an SLA
export {stalenessPerKey} from "./stalenessPerKey.js";
export type {KeyStaleness} from "./stalenessPerKey.js";
export {shareWithinSla} from "./shareWithinSla.js";
export {stalenessOverTime} from "./stalenessOverTime.js";
export type {StalenessOverTimeOptions, StalenessSample} from "./stalenessOverTime.js";
export {LatestKnownSweep} from "./latestKnown.js";
export type {LatestKnown} from "./latestKnown.js";

// The online store: latest row per entity, reads that enforce ttl
export {createOnlineStore, onlineViewTable} from "./onlineStore.js";
export type {OnlineRecord, OnlineStore, OnlineView, OnlineViewTable} from "./onlineStore.js";
export {encodeJoinKey} from "./encodeJoinKey.js";
export {isNewerRecord, writeOnline} from "./writeOnline.js";
export {readOnline} from "./readOnline.js";
export type {FeatureStatus, OnlineRead, OnlineReadRequest} from "./readOnline.js";
export {onlineTable} from "./onlineTable.js";
export {onlineConsistency} from "./onlineConsistency.js";
export type {ConsistencyMismatch, ConsistencyOptions, ConsistencyReport, ConsistencySide, MismatchKind} from "./onlineConsistency.js";
export {onlineStoreDiff} from "./onlineStoreDiff.js";
export type {OnlineStoreDiff} from "./onlineStoreDiff.js";

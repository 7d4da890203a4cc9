// Offline → online materialization: incremental runs with a watermark, backfills
export {featureRows} from "./featureRows.js";
export type {FeatureRows} from "./featureRows.js";
export {materializeIncremental} from "./materializeIncremental.js";
export type {MaterializeRunOptions, MaterializeRunReport, MissedRow} from "./materializeIncremental.js";
export {materializeRuns} from "./materializeRuns.js";
export type {MaterializeRunsOptions} from "./materializeRuns.js";
export {backfill} from "./backfill.js";
export type {BackfillOptions, BackfillReport} from "./backfill.js";
export {runSchedule} from "./runSchedule.js";
export type {RunSchedule} from "./runSchedule.js";
export {materializeSchedule} from "./materializeSchedule.js";
export type {MaterializeScheduleOptions} from "./materializeSchedule.js";
export {rowFateNames, rowFates} from "./rowFates.js";
export type {RowFate, RowFates} from "./rowFates.js";

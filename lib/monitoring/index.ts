// Monitoring: data quality over time, per day, with an injected incident
// Incidents
export {checkIncident, incidentKinds, newCategory, slowShiftRampMs, vanishingCategory, type Incident, type IncidentKind} from "./incident.js";
export {injectIncident, type InjectIncidentOptions} from "./injectIncident.js";
// Days
export {checkWindow, dailyPartitions, DAY_MS, daySql, daysSql, type DayWindow} from "./dailyPartitions.js";
// The per-day signals: TypeScript references and their SQL twins
export {contractTimeline, contractTimelineSql, countedChecks, type ContractCount, type ContractTimelineOptions} from "./contractTimeline.js";
export {contractDays, type ContractDay} from "./contractDays.js";
export {freshnessTimeline, freshnessTimelineSql, type FreshnessDay, type FreshnessTimelineOptions} from "./freshnessTimeline.js";
export {nullRateTimeline, nullRateTimelineSql, type NullRateDay, type NullRateTimelineOptions} from "./nullRateTimeline.js";
export {referenceBinnings, type ReferenceBinningsOptions} from "./referenceBinnings.js";
// Bands and statuses
export {
  contractSignal, driftSignal, freshnessSignal, nullRateSignal, signals,
  type DriftBandOptions, type DriftWindow, type NullBandOptions, type Signal, type SignalDay, type SignalStatus,
} from "./qualitySignals.js";
// The whole dashboard in TypeScript
export {qualityTimeline, type QualityTimelineOptions} from "./qualityTimeline.js";
// Detection
export {detectionDelay, firstDetection, type Detection} from "./detectionDelay.js";

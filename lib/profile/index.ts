// Shared shapes
export {dayMs, type Columns, type EventTimeOptions} from "./columns.js";
// Size and completeness
export {rowCounts, rowCountsSql, type RowCount} from "./rowCounts.js";
export {nullRates, nullRatesSql, type NullRate} from "./nullRates.js";
// Event time: ingestion lag, late arrivals, corrections
export {lagSeconds, lagSecondsSql, lagsOf} from "./lagSeconds.js";
export {lagHistogram, lagHistogramSql, logBinBounds, type LagBin, type LogBins} from "./lagHistogram.js";
export {quantileSorted} from "./quantileSorted.js";
export {lagQuantiles, lagQuantilesSql, type LagQuantile} from "./lagQuantiles.js";
export {lateArrivals, lateArrivalsByDay, lateArrivalsByDaySql, lateArrivalsSql, type LateArrivals, type LateArrivalsOnDay} from "./lateArrivals.js";
export {corrections, correctionsSql, type Corrections} from "./corrections.js";
// Entities and time
export {eventsPerEntity, eventsPerEntitySql, topEntities, topEntitiesSql, type EntityEvents, type EventsPerEntityBin} from "./eventsPerEntity.js";
export {eventsByDay, eventsByDaySql, type EventsOnDay} from "./eventsByDay.js";
export {entityTimeline, entityTimelineSql, type TimelineRow} from "./entityTimeline.js";
export {entityActivity, entityActivitySql, type EntityActivity} from "./entityActivity.js";
// Presenting
export {formatDuration} from "./formatDuration.js";
export {quantileOfCounts} from "./quantileOfCounts.js";

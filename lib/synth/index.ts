// The world
export {generateWorld, worldTables} from "./world.js";
export type {WorldOptions, WorldTable} from "./world.js";
export {scales, worldSize} from "./scales.js";
export type {ScaleName, WorldSize} from "./scales.js";
export {worldFeatureRepository} from "./worldFeatureRepository.js";
export type {WorldFeatureRepository, WorldFeatureView} from "./worldFeatureRepository.js";

// Its parts, one generator per table
export {customers} from "./customers.js";
export type {Customers} from "./customers.js";
export {customerProfile} from "./customerProfile.js";
export {merchants} from "./merchants.js";
export {fraudEpisodes} from "./fraudEpisodes.js";
export {transactions, transactionsTable} from "./transactions.js";
export type {TransactionOptions, Transactions} from "./transactions.js";
export {txnStats} from "./txnStats.js";
export {labelArrivals, labelsTable} from "./labels.js";
export {customerRisk} from "./customerRisk.js";
export {servingLatency} from "./servingLatency.js";
export {driftWindows} from "./driftWindows.js";
export type {DriftOptions} from "./driftWindows.js";
export {modelDaily} from "./modelDaily.js";
export {servedFeatures, servedFeatureNames, worldServedFeatures, type ServedFeaturesOptions} from "./servedFeatures.js";

// Machinery
export {createRng, streamSeed} from "./random.js";
export type {Rng} from "./random.js";
export {weightedChoice} from "./weightedChoice.js";
export {rollingWindow} from "./rollingWindow.js";
export {dayOfWeek, hourlyWeights, seasonalTimes} from "./seasonality.js";
export {boolColumn, float64Column, int32Column, timestampColumn, utf8Column} from "./columns.js";
export * as catalog from "./catalog.js";

// Binning: the reference window binned once, a plain JSON value reused for every current window
export {numericBinning, numericBinningSorted, quantileEdges, binIndex, binCounts, finiteNumbers, type NumericBinning} from "./numericBinning.js";
export {categoricalBinning, categoryCounts, byCodeUnit, type CategoricalBinning} from "./categoricalBinning.js";
export {categoryCountsOf} from "./categoryCountsOf.js";
export {binAgainst, binLabels, categoryUnion, type Binning, type BinnedWindows} from "./binAgainst.js";
// Divergences over bins (eps added to every proportion, natural log)
export {smoothedProportions} from "./smoothedProportions.js";
export {psi} from "./psi.js";
export {jsDivergence} from "./jsDivergence.js";
export {psiTerms} from "./psiTerms.js";
export {psiByEps, type PsiByEpsRow} from "./psiByEps.js";
// Tests and distances on raw values
export {ksTest, ksPValue, ksStatisticSorted, type KsResult} from "./ksTest.js";
export {kstwoSf} from "./kstwoSf.js";
export {smirnov} from "./smirnov.js";
export {wasserstein, wassersteinSorted} from "./wasserstein.js";
// Status bands and reports
export {driftStatus, checkBands, type DriftBands, type DriftStatus} from "./driftStatus.js";
export {columnKind, numericValues, textValues, type ColumnKind} from "./columnKind.js";
export {driftColumn, type ColumnTallies, type DriftColumn} from "./driftColumn.js";
export {driftReport, driftColumns, type DriftOptions, type DriftReport} from "./driftReport.js";
export {driftChecks, type DriftCheck} from "./driftChecks.js";
// Drift over time: each window against one reference binning
export {driftOverTime, type DriftOverTimeOptions, type DriftWindowRow} from "./driftOverTime.js";
export {driftAlarms, type AlarmDay, type ColumnAlarm, type DriftAlarmsOptions} from "./driftAlarms.js";
// What noise looks like: PSI of two samples of one distribution, KS p-values as n grows
export {psiNullBand, chiSquareApproximation, type PsiNullBandOptions, type PsiNullBandRow} from "./psiNullBand.js";
export {ksPValueCurve, type KsPValueCurveOptions, type KsPValueCurveRow} from "./ksPValueCurve.js";
// SQL twins (DuckDB, every engine): edges, bin counts, KS and Wasserstein, the whole report, drift over time
export {sqlDouble} from "./sqlDouble.js";
export {referenceEdgesSql, orderStatisticsSql} from "./referenceEdgesSql.js";
export {binCountsSql, binCountsOf, numericBin, type BinSpec, type SqlBinCounts} from "./binCountsSql.js";
export {distancesSql, ksFromExtremes} from "./distancesSql.js";
export {driftReportSql} from "./driftReportSql.js";
export {driftOverTimeSql, type DriftOverTimeSqlOptions} from "./driftOverTimeSql.js";

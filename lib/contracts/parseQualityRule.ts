import {metrics, operators, type Metric, type QualityRule, type Threshold, type Unit} from "./contract.js";
import {show, type ContractReader, type Path} from "./contractReader.js";
import {isFields, readList, readOneOf, readPattern, readString, type Fields} from "./readFields.js";

const propertyMetrics: readonly Metric[] = ["nullValues", "missingValues", "invalidValues", "duplicateValues"];
const objectMetrics: readonly Metric[] = ["rowCount", "duplicateValues"];
const percentUnits = new Set(["percent", "percentage", "%"]);

/**
 * Reads one ODCS quality rule at `path`. `owner` is "property" or "object" (which metrics
 * apply); `defaultId` names a rule without an `id`. `type: sql` rules keep their `query`
 * (one value, compared with the operators). Returns undefined for rules fslab does not run
 * (`type: text`, custom rules of another engine) and for invalid rules (issues kept).
 *
 * @example parseQualityRule(r, {metric: "nullValues", mustBeLessThan: 5, unit: "percent"}, ["quality", 0], "property", "t.a.nullValues")?.threshold // => {mustBeLessThan: 5}
 */
export function parseQualityRule(
  r: ContractReader, value: unknown, path: Path, owner: "property" | "object", defaultId: string,
): QualityRule | undefined {
  if (!isFields(value)) return r.fail(path, `must be a mapping, got ${show(value)}`);
  const type = readOneOf(r, value, "type", path, ["library", "text", "sql", "custom"] as const);
  if (type === "text") return undefined;
  const id = readString(r, value, "id", path) ?? defaultId;
  const severity = readString(r, value, "severity", path);
  const description = readString(r, value, "description", path);
  const threshold = readThreshold(r, value, path);
  const unit = readUnit(r, value, path);
  const base = {id, threshold: threshold ?? {}, unit: unit ?? "rows", severity, description};

  if (type === "sql") {
    const query = readString(r, value, "query", path, true);
    if (query === undefined) return undefined;
    if (!threshold) return needsOperator(r, path);
    return {...base, metric: "sql", query};
  }
  if (type === "custom") {
    const engine = readString(r, value, "engine", path);
    if (engine !== "fslab") return undefined; // another tool's rule: passed through, not run
    if (owner !== "object") return r.fail([...path, "engine"], "fslab expression rules belong to the object's quality list, not a property's");
    const expression = readString(r, value, "implementation", path, true);
    if (expression === undefined) return undefined;
    return {...base, threshold: threshold ?? {mustBe: 0}, metric: "expression", expression}; // no operator: no violations allowed
  }

  const metric = readMetric(r, value, path, owner);
  if (metric === undefined) return undefined;
  if (!threshold) return needsOperator(r, path);
  if (metric === "rowCount" && base.unit === "percent") return r.fail([...path, "unit"], "rowCount counts rows; percent does not apply");
  const args = isFields(value.arguments) ? value.arguments : {};
  const argsPath = [...path, "arguments"];
  const rule: QualityRule = {...base, metric};
  if (metric === "missingValues") rule.missingValues = readList(r, args, "missingValues", argsPath);
  if (metric === "invalidValues") {
    if (args.validValues !== undefined) rule.validValues = readList(r, args, "validValues", argsPath);
    rule.pattern = readPattern(r, args.pattern, [...argsPath, "pattern"]);
    if (rule.validValues === undefined && args.pattern === undefined) {
      return r.fail(path, "invalidValues needs arguments.validValues or arguments.pattern");
    }
  }
  if (metric === "duplicateValues" && owner === "object") {
    const names = readList(r, args, "properties", argsPath);
    if (names.length === 0 || !names.every((name) => typeof name === "string")) {
      return r.fail(argsPath, "object-level duplicateValues needs arguments.properties: a list of property names");
    }
    rule.properties = names as string[];
  }
  return rule;
}

function readMetric(r: ContractReader, value: Fields, path: Path, owner: "property" | "object"): Metric | undefined {
  const key = value.metric === undefined && value.rule !== undefined ? "rule" : "metric"; // `rule` is ODCS's deprecated name
  if (value[key] === undefined) return r.fail(path, `needs a metric (one of ${metrics.join(", ")})`);
  if (key === "rule" && value.rule === "duplicateCount") value = {...value, rule: "duplicateValues"}; // ODCS v3.0's example name
  // v3.0's `rule` is free text: one fslab does not know is read, not run (v3.1's `metric` is an enum: checked).
  if (key === "rule" && !(metrics as readonly unknown[]).includes(value.rule)) return r.note([...path, "rule"], `rule ${show(value.rule)} is not a metric fslab runs (${metrics.join(", ")}), so it was not checked`);
  const metric = readOneOf(r, value, key, path, metrics);
  if (metric === undefined) return undefined;
  const allowed = owner === "property" ? propertyMetrics : objectMetrics;
  if (!allowed.includes(metric)) {
    return r.fail([...path, key], `${metric} applies to ${owner === "property" ? "an object" : "a property"}; on ${owner === "property" ? "a property" : "an object"} use one of ${allowed.join(", ")}`);
  }
  return metric;
}

function readThreshold(r: ContractReader, value: Fields, path: Path): Threshold | undefined {
  const threshold: Threshold = {};
  let count = 0;
  for (const operator of operators) {
    const bound = value[operator];
    if (bound === undefined) continue;
    const at = [...path, operator];
    if (operator === "mustBeBetween" || operator === "mustNotBeBetween") {
      const [low, high] = Array.isArray(bound) && bound.length === 2 ? bound : [];
      if (typeof low !== "number" || typeof high !== "number") {
        r.fail(at, `must be a list of two numbers [low, high], got ${show(bound)}`);
      } else if (low > high) {
        r.fail(at, `low must not exceed high, got ${show(bound)}`);
      } else {
        threshold[operator] = [low, high];
      }
    } else if (typeof bound === "boolean" && (operator === "mustBe" || operator === "mustNotBe")) {
      threshold[operator] = bound ? 1 : 0; // a boolean result reads as 1 (true) or 0 (false)
    } else if (typeof bound !== "number" || !Number.isFinite(bound)) {
      r.fail(at, `must be a number, got ${show(bound)}`);
    } else {
      threshold[operator] = bound;
    }
    ++count;
  }
  return count ? threshold : undefined;
}

function readUnit(r: ContractReader, value: Fields, path: Path): Unit | undefined {
  const unit = value.unit;
  if (unit === undefined || unit === null) return undefined;
  if (typeof unit === "string" && unit.trim().toLowerCase() === "rows") return "rows";
  if (typeof unit === "string" && percentUnits.has(unit.trim().toLowerCase())) return "percent";
  return r.fail([...path, "unit"], `${show(unit)} is not one of rows, percent`);
}

function needsOperator(r: ContractReader, path: Path): undefined {
  return r.fail(path, `needs an operator (one of ${operators.join(", ")})`);
}

import {operators, type Threshold} from "./contract.js";

/**
 * Whether a measured value satisfies every operator of a threshold. Between bounds are
 * inclusive (as datacontract-cli and Soda read ODCS `mustBeBetween`).
 *
 * @example meetsThreshold(3, {mustBeLessThan: 5}) // => true
 * @example meetsThreshold(5, {mustBeBetween: [1, 5]}) // => true
 */
export function meetsThreshold(value: number, threshold: Threshold): boolean {
  return operators.every((op) => {
    const bound = threshold[op];
    if (bound === undefined) return true;
    const [low, high] = Array.isArray(bound) ? bound : [bound, bound];
    switch (op) {
      case "mustBe": return value === low;
      case "mustNotBe": return value !== low;
      case "mustBeGreaterThan": return value > low;
      case "mustBeGreaterOrEqualTo": return value >= low;
      case "mustBeLessThan": return value < low;
      case "mustBeLessOrEqualTo": return value <= low;
      case "mustBeBetween": return value >= low && value <= high;
      case "mustNotBeBetween": return value < low || value > high;
    }
  });
}

const symbols: Record<string, string> = {
  mustBe: "=", mustNotBe: "≠", mustBeGreaterThan: ">", mustBeGreaterOrEqualTo: "≥", mustBeLessThan: "<", mustBeLessOrEqualTo: "≤",
};

/**
 * A threshold as a reader says it, with a formatter for its numbers.
 *
 * @example describeThreshold({mustBeBetween: [1, 5]}) // => "between 1 and 5"
 */
export function describeThreshold(threshold: Threshold, format: (n: number) => string = String): string {
  const parts = operators.flatMap((op) => {
    const bound = threshold[op];
    if (bound === undefined) return [];
    if (Array.isArray(bound)) return [`${op === "mustNotBeBetween" ? "not " : ""}between ${format(bound[0])} and ${format(bound[1])}`];
    return [`${symbols[op]} ${format(bound)}`];
  });
  return parts.join(" and ");
}

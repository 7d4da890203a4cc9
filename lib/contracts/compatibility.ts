import type {Contract} from "./contract.js";
import {diffContracts, type ContractChange} from "./diffContracts.js";

export const compatibilityModes = [
  "backward", "forward", "full", "backward_transitive", "forward_transitive", "full_transitive", "none",
] as const;
export type CompatibilityMode = (typeof compatibilityModes)[number];

/** A change that breaks the mode, and the earlier version it was found against. */
export interface BreakingChange {
  version: string;
  direction: "backward" | "forward";
  change: ContractChange;
}

export interface CompatibilityVerdict {
  mode: CompatibilityMode;
  compatible: boolean;
  /** The versions the new contract was compared with: the latest, or all for _transitive modes. */
  comparedWith: string[];
  /** Every change from the latest earlier version, classified. */
  changes: ContractChange[];
  breaking: BreakingChange[];
  /** Who can roll out first when compatible; null when the mode does not hold. */
  upgradeFirst: "consumers" | "producers" | "either" | "coordinate" | null;
  message: string;
}

/**
 * Evaluates the Schema Registry mode `mode` for a new contract version against earlier
 * ones (oldest first). backward: consumers on the new contract can read data written under
 * the old (upgrade consumers first); forward: consumers on the old contract can read data
 * written under the new (upgrade producers first); full: both (any order). Plain modes
 * compare with the latest earlier version, `_transitive` modes with all; none checks nothing.
 *
 * @example checkCompatibility([v1], v2, "backward").compatible // => false
 */
export function checkCompatibility(earlier: readonly Contract[], next: Contract, mode: CompatibilityMode = "backward"): CompatibilityVerdict {
  if (!earlier.length) throw new Error("checkCompatibility requires at least one earlier version, got none");
  if (!compatibilityModes.includes(mode)) throw new Error(`checkCompatibility requires a mode (${compatibilityModes.join(", ")}), got ${JSON.stringify(mode)}`);
  const latest = earlier[earlier.length - 1]!;
  const changes = diffContracts(latest, next);
  const targets = mode === "none" ? [] : mode.endsWith("_transitive") ? earlier : [latest];
  const directions = mode.startsWith("full") ? ["backward", "forward"] as const
    : mode.startsWith("backward") ? ["backward"] as const : mode.startsWith("forward") ? ["forward"] as const : [];
  const breaking: BreakingChange[] = [];
  for (const old of targets) {
    const diff = old === latest ? changes : diffContracts(old, next);
    for (const direction of directions) {
      for (const change of diff) {
        if (direction === "backward" ? change.breaksBackward : change.breaksForward) breaking.push({version: old.version, direction, change});
      }
    }
  }
  const compatible = breaking.length === 0;
  const upgradeFirst = !compatible ? null : mode === "none" ? "coordinate" : mode.startsWith("full") ? "either" : mode.startsWith("backward") ? "consumers" : "producers";
  return {mode, compatible, comparedWith: targets.map((c) => c.version), changes, breaking, upgradeFirst, message: verdictMessage(mode, next.version, targets.map((c) => c.version), breaking, upgradeFirst)};
}

const rollout = {
  consumers: "upgrade consumers first, then producers",
  producers: "upgrade producers first, then consumers",
  either: "upgrade consumers and producers in any order",
  coordinate: "no compatibility is checked: coordinate consumers and producers yourself",
};

function verdictMessage(mode: CompatibilityMode, version: string, against: string[], breaking: BreakingChange[], upgradeFirst: CompatibilityVerdict["upgradeFirst"]): string {
  if (upgradeFirst) return `${version} is ${mode} compatible${against.length ? ` with ${against.join(", ")}` : ""}: ${rollout[upgradeFirst]}`;
  const directions = [...new Set(breaking.map((b) => b.direction))];
  const who = directions.map((d) => (d === "backward" ? "consumers on the new contract cannot read old data" : "consumers on the old contract cannot read new data")).join("; ");
  return `${version} is not ${mode} compatible: ${breaking.length} breaking change${breaking.length > 1 ? "s" : ""} (${who})`;
}

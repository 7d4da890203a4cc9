import {normalizeKey} from "../pit/index.js";

/**
 * The online store's key for one entity: its join key values, normalized as the
 * point-in-time join compares them (bigints and Dates as numbers), in join key order.
 * Returns null when a key is null: a null key never matches.
 *
 * @example encodeJoinKey([42]) // => "[42]"
 * @example encodeJoinKey([42n, "eu"]) // => "[42,\"eu\"]"
 * @example encodeJoinKey([null]) // => null
 */
export function encodeJoinKey(values: readonly unknown[]): string | null {
  const normalized = values.map(normalizeKey);
  if (normalized.includes(null)) return null;
  return JSON.stringify(normalized);
}

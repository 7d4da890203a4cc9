import {show, type ContractReader, type Path} from "./contractReader.js";

export type Fields = Record<string, unknown>;

/**
 * Whether a YAML value is a mapping (not a list, not null).
 *
 * @example [isFields({}), isFields([]), isFields(null)] // => [true, false, false]
 */
export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reports that the mapping at `path` lacks the required field `key`, naming what lacks it:
 * `"id" is required (the contract has no "id" field)`,
 * `schema[0].properties[2]: "name" is required (the property has no "name" field)`.
 *
 * @example (missingField(r, [], "id"), r.issues[0].text) // => 'c.yaml:1: "id" is required (the contract has no "id" field)'
 */
export function missingField(r: ContractReader, path: Path, key: string): undefined {
  return r.fail(path, `${show(key)} is required (${owner(path)} has no ${show(key)} field)`);
}

/** What the mapping at a path is, for a reader: the contract, an object, a property, a rule. */
function owner(path: Path): string {
  if (path.length === 0) return "the contract";
  const list = path.at(-2);
  if (list === "schema") return "the object";
  if (list === "properties") return "the property";
  if (list === "quality") return "the rule";
  if (list === "slaProperties") return "the SLA property";
  return "it";
}

/**
 * Reads `key` of a mapping as a string; a missing required key is an issue.
 *
 * @example readString(r, {version: 1.0}, "version", []) // => "1"
 */
export function readString(r: ContractReader, fields: Fields, key: string, path: Path, required = false): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) {
    return required ? missingField(r, path, key) : undefined;
  }
  if (typeof value === "number") return String(value); // `version: 1.0` is a version, not a number
  if (typeof value !== "string") return r.fail([...path, key], `must be a string, got ${show(value)}`);
  if (required && value.trim() === "") return r.fail([...path, key], "must not be empty");
  return value;
}

/**
 * Reads `key` as true or false (missing → false); anything else is an issue.
 *
 * @example readBoolean(r, {required: true}, "required", []) // => true
 */
export function readBoolean(r: ContractReader, fields: Fields, key: string, path: Path): boolean {
  const value = fields[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") return r.fail([...path, key], `must be true or false, got ${show(value)}`) ?? false;
  return value;
}

/**
 * Reads `key` as a finite number (missing → undefined); anything else is an issue.
 *
 * @example readNumber(r, {value: 7}, "value", []) // => 7
 */
export function readNumber(r: ContractReader, fields: Fields, key: string, path: Path): number | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) return r.fail([...path, key], `must be a number, got ${show(value)}`);
  return value;
}

/**
 * Reads `key` as one of `options`, naming them all when the value is not one.
 *
 * @example readOneOf(r, {unit: "d"}, "unit", [], ["s", "d"]) // => "d"
 */
export function readOneOf<T extends string>(
  r: ContractReader, fields: Fields, key: string, path: Path, options: readonly T[],
): T | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && (options as readonly string[]).includes(value)) return value as T;
  return r.fail([...path, key], `${show(value)} is not one of ${options.join(", ")}`);
}

/**
 * Reads `key` as a list (missing → empty); anything else is an issue.
 *
 * @example readList(r, {}, "schema", []) // => []
 */
export function readList(r: ContractReader, fields: Fields, key: string, path: Path): unknown[] {
  const value = fields[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return r.fail([...path, key], `must be a list, got ${show(value)}`) ?? [];
  return value;
}

/**
 * Checks that a regular expression compiles (ODCS patterns follow ECMA-262).
 *
 * @example readPattern(r, "^[A-Z]+$", ["pattern"]) // => "^[A-Z]+$"
 */
export function readPattern(r: ContractReader, value: unknown, path: Path): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return r.fail(path, `must be a regular expression string, got ${show(value)}`);
  try {
    new RegExp(value, "u");
  } catch (error) {
    return r.fail(path, `${show(value)} is not a valid regular expression (${(error as Error).message})`);
  }
  return value;
}

import {LineCounter, parseDocument, type Document} from "yaml";

/** One problem in a contract file, located by line and field path. */
export interface ContractIssue {
  source: string;
  /** 1-based line in the file. */
  line: number;
  /** The field, e.g. `schema[0].properties[3].logicalType`; empty for the document itself. */
  path: string;
  message: string;
  /** `source:line: path: message`, one line. */
  text: string;
}

export type Path = readonly (string | number)[];

/**
 * Formats a path as a reader writes it.
 *
 * @example formatPath(["schema", 0, "properties", 3, "logicalType"]) // => "schema[0].properties[3].logicalType"
 */
export function formatPath(path: Path): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

/**
 * Quotes a value for a message: strings in double quotes, others as JSON.
 *
 * @example [show("a"), show(3), show(undefined)] // => ['"a"', "3", "undefined"]
 */
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/**
 * Keeps the YAML document's positions so every issue names the line of the field it is
 * about; collects issues instead of throwing so a reader sees them all.
 *
 * @example new ContractReader("id: t\nschema:\n  - name: x\n", "c.yaml").line(["schema", 0, "name"]) // => 3
 */
export class ContractReader {
  readonly issues: ContractIssue[] = [];
  /** What was read but is not run, said as warnings (object null: not yet known). */
  readonly notes: {object: string | null; path: string; message: string}[] = [];
  readonly value: unknown;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(text: string, readonly source: string) {
    this.doc = parseDocument(text, {lineCounter: this.lines, uniqueKeys: true, prettyErrors: false});
    // Only the first syntax error: the ones after it are mostly its echoes.
    for (const error of this.doc.errors.slice(0, 1)) {
      const line = this.lines.linePos(error.pos[0]).line;
      const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      this.push(line, "", `not valid YAML: ${message}`);
    }
    this.value = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  /** The line of the node at `path`, or of its nearest ancestor that exists. */
  line(path: Path): number {
    for (let n = path.length; n >= 0; --n) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      const range = (node as {range?: [number, number, number]} | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return 1;
  }

  /** Records that the field at `path` is read but not run, with why. */
  note(path: Path, message: string): undefined {
    this.notes.push({object: null, path: formatPath(path), message});
    return undefined;
  }

  fail(path: Path, message: string): undefined {
    this.push(this.line(path), formatPath(path), message);
    return undefined;
  }

  private push(line: number, path: string, message: string): void {
    const text = `${this.source}:${line}: ${path ? `${path}: ` : ""}${message}`;
    this.issues.push({source: this.source, line, path, message, text});
  }
}

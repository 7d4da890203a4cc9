import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, posix} from "node:path";
import ts from "typescript";
import {labAreas, type BuiltModules} from "./paritySuite.js";

/**
 * The site URLs of the modules Framework built from lib/ and notebooks/components/ into
 * `dist`: each lib area's index (dist/_import/lib/<area>/index.<hash>.js), the DuckDB
 * client, and the Arrow bundle that client imports (so tables the test decodes in the page
 * are of the very Arrow that DuckDB-WASM's insertArrowTable expects). A module is built
 * only when some page imports it: a missing one names the area.
 */
export function builtModules(dist: string): BuiltModules {
  const one = (dir: string, stem: string, why: string) => {
    const found = (existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)) : []).filter((f) => new RegExp(`^${stem}\\.[0-9a-f]{8}\\.js$`).test(f));
    if (found.length !== 1) throw new Error(`builtModules: expected one ${dir}/${stem}.<hash>.js in ${dist}, found ${found.length} (${why})`);
    return `/${dir}/${found[0]}`;
  };
  const areas = Object.fromEntries(
    labAreas.map((area) => [area, one(`_import/lib/${area}`, "index", `no page imports ./lib/${area}/index.js, or a build is running`)])
  ) as BuiltModules["areas"];
  const duckdbClient = one("_import/components/shell", "duckdbClient", "no page imports ./components/shell/duckdbClient.js, or a build is running");
  const source = readFileSync(join(dist, duckdbClient), "utf8");
  const arrow = /from\s+"([^"]*\/_node\/apache-arrow@[^"]+\.js)"/.exec(source)?.[1];
  if (arrow === undefined) throw new Error(`builtModules: ${duckdbClient} imports no apache-arrow from _node/`);
  return {areas, duckdbClient, arrow: posix.normalize(posix.join(posix.dirname(duckdbClient), arrow))};
}

/**
 * A TypeScript module with only type imports, as browser JavaScript: TypeScript strips the
 * types and leaves ES2022 as written. Throws if a runtime import survives, since the page
 * could not resolve it.
 */
export function browserModule(path: string): string {
  const {outputText} = ts.transpileModule(readFileSync(path, "utf8"), {
    compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true},
    fileName: path,
  });
  const runtimeImport = /^\s*import\s[^(]/m.exec(outputText);
  if (runtimeImport) throw new Error(`browserModule: ${path} keeps a runtime import (${runtimeImport[0].trim()}); use import type`);
  return outputText;
}

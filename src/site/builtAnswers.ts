// A page's first answer inside its HTML (issue 11). Each page's build-time answer is made by a
// Framework data loader, notebooks/data/first/<page>.json.ts; fetched by the page, it waited
// 0.5–1.6 s behind the 110–335 module preloads Framework puts in every page (six HTTP/1.1
// connections). Inlined by the config's `head` as a JSON script element, it is there when the
// page is parsed, and the page reads it with
//
//   document.getElementById("fslab-built:data/first/drift.json")?.textContent ?? FileAttachment("data/first/drift.json").text()
//
// (the fetch is the fallback: in preview before the loader has run, or a page without one).
// Framework runs loaders after it has rendered the pages' <head>, so `npm run build` first
// runs the first-answer loaders into Framework's loader cache (prebuildFirstAnswers.ts), where
// both this module and Framework find them: one run of each loader, one output.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

/**
 * The first-answer file of the page at `path` (a Framework page path): data/first/<page>.json.
 *
 * @example
 * firstAnswerFile("/drift") // => "data/first/drift.json"
 */
export function firstAnswerFile(path: string): string {
  const page = path.replace(/^\/+/, "").replace(/\.html$/, "") || "index";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(page)) throw new Error(`firstAnswerFile requires a top-level page path such as "/drift"; got ${JSON.stringify(path)}`);
  return `data/first/${page}.json`;
}

/**
 * The element carrying a first answer `json` (the loader's output, a JSON text) for the file
 * `name`: a `<script type="application/json">` whose id is "fslab-built:" + name. Every `<`
 * is written as `\u003c`, which keeps the JSON the same and the element closed where it should.
 * Throws if `json` is not JSON: a page must not ship an answer it cannot read.
 *
 * @example
 * builtAnswerScript("data/first/a.json", '{"tag":"</script>"}') // => '<script type="application/json" id="fslab-built:data/first/a.json">{"tag":"\\u003c/script>"}</script>'
 */
export function builtAnswerScript(name: string, json: string): string {
  try {
    JSON.parse(json);
  } catch (error) {
    throw new Error(`builtAnswerScript requires the loader output of ${name} to be JSON; ${(error as Error).message.replace(/\s+/g, " ")}`);
  }
  if (/["<>&]/.test(name)) throw new Error(`builtAnswerScript requires a plain file name; got ${JSON.stringify(name)}`);
  return `<script type="application/json" id="fslab-built:${name}">${json.trim().replace(/</g, "\\u003c")}</script>`;
}

/**
 * Framework's `head` addition for the page at `path`: its first answer's element, read from
 * Framework's loader cache under `root` (the site's source folder), or "" when the page has no
 * first-answer loader or its output is not there yet (preview before the page was opened).
 *
 * @example
 * builtAnswerHead("notebooks", "/drift") // => '<script type="application/json" id="fslab-built:data/first/drift.json">{…}</script>' after a build
 */
export function builtAnswerHead(root: string, path: string): string {
  let name: string;
  try {
    name = firstAnswerFile(path);
  } catch {
    return "";
  }
  const output = join(root, ".observablehq", "cache", name);
  if (!existsSync(join(root, `${name}.ts`)) || !existsSync(output)) return "";
  return builtAnswerScript(name, readFileSync(output, "utf8"));
}

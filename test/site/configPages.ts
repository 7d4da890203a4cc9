import config from "../../observablehq.config.js";

interface PageEntry {
  readonly name: string;
  readonly path?: string;
  readonly pages?: readonly PageEntry[];
}

/**
 * Every page path listed in observablehq.config.ts, in reading order, "/" (the home page)
 * first: the list the build guard and the browser test cover, so a page is tested as soon
 * as it is listed.
 */
export function configPages(): string[] {
  const paths = ["/"];
  const visit = (entries: readonly PageEntry[]) => {
    for (const entry of entries) {
      if (entry.path !== undefined && !paths.includes(entry.path)) paths.push(entry.path);
      if (entry.pages) visit(entry.pages);
    }
  };
  visit((config as {pages?: readonly PageEntry[]}).pages ?? []);
  return paths;
}

/** The built file of a page path: "/" → "index.html", "/a/b" → "a/b.html". */
export function pageFile(path: string): string {
  const clean = path.replace(/^\//, "").replace(/\/$/, "/index");
  return `${clean === "" ? "index" : clean}.html`;
}

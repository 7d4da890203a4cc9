import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {siteDist} from "./siteDist.js";

/**
 * vitest globalSetup of the "site" project: builds the site once, from clean
 * (`npm run build` removes dist/ and the loader cache), before the build guard and the
 * browser test read dist/. FSLAB_SKIP_BUILD=1 skips it when dist/ exists (local iteration);
 * with FSLAB_DIST the tests read that build instead, which is never rebuilt here.
 */
export default function buildSite(): void {
  if (process.env.FSLAB_DIST !== undefined) {
    if (!existsSync(join(siteDist, "index.html"))) throw new Error(`buildSite: FSLAB_DIST=${siteDist} holds no built site (no index.html); build it first`);
    console.log(`buildSite: FSLAB_DIST=${siteDist}, reusing it`);
    return;
  }
  if (process.env.FSLAB_SKIP_BUILD === "1" && existsSync("dist/index.html")) {
    console.log("buildSite: FSLAB_SKIP_BUILD=1, reusing dist/");
    return;
  }
  console.log("buildSite: npm run build …");
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]});
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`buildSite: npm run build exited ${result.status}\n${output}`);
  }
}

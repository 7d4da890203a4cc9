// The source text of every data loader under notebooks/data/ (and of the helpers they call in
// src/loaders/), for the Data-loader lab to show: [{loader, output, text}], sorted by path.
import {readFileSync, readdirSync} from "node:fs";
import {runLoader} from "../../src/loaders/runLoader.js";

const data = new URL("./", import.meta.url);
const helpers = ["runLoader.ts", "tableFromFile.ts", "worldParams.ts", "tarArchive.ts"];

await runLoader("data/loader-sources.json.ts", () => {
  const loaders = readdirSync(data, {recursive: true, encoding: "utf8"})
    .filter((file) => /\.(ts|js)$/.test(file))
    .sort()
    .map((file) => ({loader: `data/${file}`, output: `data/${file.replace(/\.(ts|js)$/, "")}`, text: readFileSync(new URL(file, data), "utf8")}));
  const shared = helpers.map((file) => ({loader: `src/loaders/${file}`, output: null, text: readFileSync(new URL(`../../src/loaders/${file}`, import.meta.url), "utf8")}));
  return JSON.stringify([...loaders, ...shared]);
});

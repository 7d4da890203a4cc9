// One loader file, many worlds. Framework matches a page's FileAttachment("data/worlds/tiny/11/0.3/labels.arrow")
// to this file's route, data/worlds/[scale]/[seed]/[drift].tar, runs it once per world with
// --drift=0.3 --seed=11 --scale=tiny, caches the archive and hands the page the member it asked for.
// The same generator as the lab's own loaders (lib/synth's generateWorld): small/7/0.3 is the lab's world.
import {generateWorld, worldTables} from "../../../../../lib/synth/index.js";
import {loaderOutput, runLoader} from "../../../../../src/loaders/runLoader.js";
import {tarArchive} from "../../../../../src/loaders/tarArchive.js";
import {worldParams} from "../../../../../src/loaders/worldParams.js"; // not the index: it loads native DuckDB, ~0.4 s a run

await runLoader("data/worlds/[scale]/[seed]/[drift].tar.ts", () => {
  const {options} = worldParams(process.argv.slice(2));
  const world = generateWorld(options);
  return tarArchive(Object.fromEntries(worldTables.map((name) => [`${name}.arrow`, loaderOutput(world[name])])));
});

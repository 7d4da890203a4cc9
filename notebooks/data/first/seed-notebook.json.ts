// The first answer of "The seed notebook, redone" (issue 11): the overview's printed line of
// each of the notebook's six toy cells, computed by the page's own seedToys (lib/) from the
// same data/features.yaml. The page shows this at once and replaces it with its live result.
import {readFileSync} from "node:fs";
import {seedOverview, seedToys} from "../../components/appendix/seedToys.js";

process.stdout.write(JSON.stringify(seedOverview(seedToys(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8")))));

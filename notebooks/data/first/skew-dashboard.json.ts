// The skew dashboard's first answer (issue 11): its headline cards at the starting knobs and
// lines, by the same components/skew/dashboardPage.js calls (lib/synth, lib/skew) the page
// makes live.
import {dashboardCompute, dashboardPageKnobs, dashboardPageLines, dashboardWorld} from "../../components/skew/dashboardPage.js";
import {dashboardHeadline} from "../../components/skew/dashboardHeadline.js";

const {dash, columns} = dashboardCompute(dashboardWorld(), dashboardPageKnobs, dashboardPageLines);
process.stdout.write(JSON.stringify(dashboardHeadline(dash, {features: columns.length})));

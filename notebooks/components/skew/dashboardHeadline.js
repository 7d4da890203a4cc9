// The skew dashboard's headline cards (skew-dashboard.md): features failing, cells warning,
// the worst feature and the cause its pattern points to. dashboardHeadline is plain data,
// made alike at build time (in Node) and live; the cards have light imports only, so that
// the build-time answer shows at once.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";

/** What each cause skewDashboard names means: a short phrase for a card, a sentence for a callout. */
export const dashboardCauses = {
  stale: {short: "a stale online store", long: "the served value had been superseded in the view before the request: the online store lags its materialization"},
  null_default: {short: "nulls served as a default", long: "serving has fewer nulls than training and the differing rows are null mismatches: a missing value replaced by a default such as 0"},
  unit: {short: "a unit mismatch", long: "every differing row is off by a power of ten: a unit conversion (dollars and cents) missing on one path"},
  precision: {short: "floating-point precision", long: "every differing row is within float32's relative precision: one side keeps 32-bit floats, and the tolerance is tighter than that"},
  category: {short: "a vocabulary mismatch", long: "the category shares moved: serving maps some categories differently (unseen, renamed, re-encoded)"},
  off_by_one: {short: "an off-by-one at a boundary", long: "every differing row holds whole numbers a few apart: a window closed on the other side, or a day computed in another timezone"},
  rows: {short: "a code-path difference", long: "rows differ while the distributions agree: a difference in how the serving path computes the feature on some rows"},
  distribution: {short: "more than one cause", long: "the distribution moved and the differing rows follow no single pattern: several bugs at once, or one that shifts values broadly; read its examples below"},
  none: {short: "nothing", long: "no signal warns or fails"},
};

const colors = {pass: "#4c9a5b", warn: "#e6a23c", fail: "#b3261e"};

/** The headline of a skewDashboard result over `features` features; `key` is what the cards show, for the first-answer test. */
export function dashboardHeadline(dash, {features}) {
  const warning = dash.cells.filter((c) => c.status === "warn").length;
  const worst = dash.worst ? {column: dash.worst.column, cause: dash.worst.cause} : null;
  return {failing: dash.failing.length, features, warning, cells: dash.cells.length, worst, key: {failing: dash.failing.join(" "), warning, worst: worst ? `${worst.column} ${worst.cause}` : "none"}};
}

/** Three cards of dashboardHeadline's value. */
export function dashboardCards(h) {
  const worst = bigNumber("worst feature", h.worst ? h.worst.column : "none", h.worst ? `points to: ${dashboardCauses[h.worst.cause].short}` : "nothing warns or fails");
  // The worst feature's name is long: its card's value a little smaller than the others'.
  worst.children[1].style.fontSize = "1.1rem";
  worst.children[1].style.overflowWrap = "anywhere";
  return cardGrid([
    bigNumber("features failing", `${h.failing} of ${h.features}`, h.failing ? "any signal past its failing line" : "no signal past its failing line", {color: h.failing ? colors.fail : colors.pass}),
    bigNumber("cells warning", `${h.warning} of ${h.cells}`, "past a warning line only", {color: colors.warn}),
    worst,
  ], {min: 220});
}

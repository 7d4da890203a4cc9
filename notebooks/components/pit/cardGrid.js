// A row of number cards for the Point-in-time pages' headlines (freshness, point-in-time
// joins, materialization): shell/bigNumber cards in a grid that wraps on narrow screens.
import {bigNumber} from "../shell/bigNumber.js";

/** cards: [label, value, context, color?] each; returns a grid of .card elements. */
export function cardGrid(cards) {
  const grid = document.createElement("div");
  grid.style.cssText = "display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:1rem;max-width:960px;margin:1rem 0 0.25rem";
  for (const [label, value, context, color] of cards) {
    const card = document.createElement("div");
    card.className = "card";
    card.style.margin = "0";
    card.append(bigNumber(label, value, context, color ? {color} : {}));
    grid.append(card);
  }
  return grid;
}

// A row of number cards, the first answers' usual view on every section's pages: each figure
// in a .card, the cards in a grid that wraps at `min` px (so a phone shows them stacked).
import {bigNumber} from "./bigNumber.js";

/**
 * The figures in cards, in a grid; returns the grid. A figure is a DOM node (a bigNumber) or
 * [label, value, context, color?], made into a bigNumber.
 */
export function cardGrid(figures, {min = 200} = {}) {
  const grid = document.createElement("div");
  grid.style.cssText = `display:grid;grid-template-columns:repeat(auto-fit,minmax(${min}px,1fr));gap:1rem;max-width:960px;margin:1rem 0 0.25rem`;
  for (const figure of figures) {
    const card = document.createElement("div");
    card.className = "card";
    card.style.margin = "0";
    card.append(Array.isArray(figure) ? bigNumber(figure[0], figure[1], figure[2], figure[3] ? {color: figure[3]} : {}) : figure);
    grid.append(card);
  }
  return grid;
}

// A row of number cards for the Foundations pages' first answers (profileHeadline,
// catalogHeadline): each figure (shell/bigNumber) in a .card, the cards in a grid that wraps
// on narrow screens. (Other sections build the same grid; it belongs in components/shell/.)

/** The figures (DOM nodes) in cards, side by side, wrapping below `min` px a card; returns the grid. */
export function cardRow(figures, {min = 150} = {}) {
  const grid = document.createElement("div");
  grid.style.cssText = `display:grid;grid-template-columns:repeat(auto-fit,minmax(${min}px,1fr));gap:1rem;max-width:960px;margin:1rem 0 0`;
  for (const figure of figures) {
    const card = document.createElement("div");
    card.className = "card";
    card.style.margin = "0";
    card.append(figure);
    grid.append(card);
  }
  return grid;
}

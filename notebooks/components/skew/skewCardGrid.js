// A row of number cards for the Skew pages' first answers: each figure (shell/bigNumber's)
// in a .card, the cards in a grid that wraps at `min` px. (The Monitoring helpers' cardGrid
// builds the same grid; one of them belongs in components/shell/.)

/** The figures (DOM nodes) in cards, in a grid; returns the grid. */
export function skewCardGrid(figures, {min = 200} = {}) {
  const grid = document.createElement("div");
  grid.style.cssText = `display:grid;grid-template-columns:repeat(auto-fit,minmax(${min}px,1fr));gap:1rem;max-width:960px;margin:1rem 0 0.25rem`;
  for (const figure of figures) {
    const card = document.createElement("div");
    card.className = "card";
    card.style.margin = "0";
    card.append(figure);
    grid.append(card);
  }
  return grid;
}

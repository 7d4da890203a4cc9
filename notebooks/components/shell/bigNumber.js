// The number cards of every page: <div class="card">${bigNumber(…)}</div>, styled by the
// lab's stylesheet (.fslab-big-*) so that the cards look alike across pages.

/**
 * A figure for a card: an uppercase label, one big value and a line of context, all text.
 * `color` tints the label, where it names a colour the page's charts use.
 */
export function bigNumber(label, value, context = "", {color} = {}) {
  const node = document.createElement("div");
  node.className = "fslab-big";
  for (const [className, text] of [["fslab-big__label", label], ["fslab-big__value", value], ["fslab-big__context", context]]) {
    const part = document.createElement("div");
    part.className = className;
    part.textContent = text;
    node.append(part);
  }
  if (color) node.firstChild.style.color = color;
  return node;
}

// The one DOM helper the components share: an element with a class and text.

/** `document.createElement(tag)` with `className` and, when given, `text` as its textContent. */
export function element(tag, className = "", text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

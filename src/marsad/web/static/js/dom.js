// DOM building without HTML strings: every piece of data goes in through textContent or a
// checked attribute, never innerHTML, so article text and fields can never become markup.

const SAFE_ATTRS = new Set(["id", "class", "title", "type", "value", "name", "role", "tabindex",
  "aria-label", "aria-selected", "aria-pressed", "aria-expanded", "lang", "dir", "for", "colspan",
  "target", "rel", "x", "y", "width", "height", "fill", "stroke", "viewBox", "d", "x1", "x2", "y1",
  "y2", "text-anchor", "font-size", "rx", "cx", "cy", "r", "stroke-width", "data-id", "data-type",
  "data-kind", "data-doc", "data-report", "data-cat", "data-name", "hidden", "datetime",
  "placeholder", "min", "max", "step", "list", "autocomplete", "maxlength", "data-action", "data-status",
  "data-field", "data-key", "aria-keyshortcuts"]);

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "href") setHref(node, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (SAFE_ATTRS.has(key)) node.setAttribute(key, value === true ? "" : String(value));
    else throw new Error("attribute not allowed: " + key);
  }
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** el("li", {class: "x", text: "..."}, child, ...) — an HTML element. */
export function el(tag, attrs, ...children) {
  return append(apply(document.createElement(tag), attrs), children);
}

/** svg("rect", {x: 1, ...}) — an SVG element. */
export function svg(tag, attrs, ...children) {
  return append(apply(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** A link only for an absolute http(s) URL (opened apart, with rel="noopener noreferrer"), or for
 * the page's own fragments (#…) and paths (/x, never //host or /\host, which browsers read as
 * another site). Anything else (javascript:, data:, relative or protocol-relative) is no link. */
export function setHref(node, url) {
  const value = String(url || "");
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return;  // controls, spaces, backslashes: never a link
  if (/^https?:\/\/[^/?#]/i.test(value)) {
    node.setAttribute("href", value);
    node.setAttribute("rel", "noopener noreferrer nofollow");
    node.setAttribute("target", "_blank");
  } else if (value.startsWith("#") || /^\/(?![/\\])/.test(value)) {
    node.setAttribute("href", value);
  }
}

/** The link to a source article: an absolute http(s) URL only, with rel="noopener noreferrer". */
export function setSourceHref(node, url) {
  const value = String(url || "");
  if (/^https?:\/\/[^/?#]/i.test(value)) setHref(node, value);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function toast(message) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 2500);
}

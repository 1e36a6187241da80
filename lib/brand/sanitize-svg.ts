// Logos are shown on share pages and in the Studio, so an uploaded SVG must be inert. This is
// an allow-list over a real XML parse (not pattern matching over text): only static SVG
// graphics survive; scripts, foreign objects, event handlers, external references and
// anything in another namespace are dropped. Logos are also served under a CSP without scripts.
import { DOMParser, XMLSerializer, onErrorStopParsing, type Element, type Node } from "@xmldom/xmldom";

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

const allowedElements = new Set([
  "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textPath", "image", "marker", "pattern", "clipPath", "mask",
  "linearGradient", "radialGradient", "stop",
  "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feDropShadow", "feFlood",
  "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
]);

/** Links are unwrapped: their drawing stays, the link goes. */
const unwrappedElements = new Set(["a", "switch"]);

/** The elements whose href draws something: same-document fragments or inline raster images only. */
const referencingElements = new Set(["use", "image", "textPath", "linearGradient", "radialGradient", "pattern", "filter"]);

const safeHref = /^(#[\w.:-]+|data:image\/(png|jpeg|webp|gif);base64,[a-z0-9+/=\s]+)$/i;

export class InvalidSvgError extends Error {}

/** CSS can fetch (url(), @import) or run script in old engines; only same-document url(#id) stays. */
function sanitizeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, "")
    .replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, "none")
    .replace(/expression\s*\(/gi, "(")
    .replace(/javascript:/gi, "");
}

function keepAttribute(element: Element, name: string, value: string): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith("on")) return null;
  if (lower === "href" || lower === "xlink:href") return referencingElements.has(element.localName ?? "") && safeHref.test(value.trim()) ? value : null;
  if (lower === "xmlns") return value === SVG_NS ? value : null;
  if (lower.startsWith("xmlns:")) return lower === "xmlns:xlink" && value === XLINK_NS ? value : null;
  if (lower.includes(":") && lower !== "xml:space" && lower !== "xml:lang") return null;
  if (/javascript:|vbscript:|data:text/i.test(value)) return null;
  if (lower === "style") return sanitizeCss(value);
  if (/url\(\s*(?!['"]?#)/i.test(value)) return null;
  return value;
}

function cleanChildren(parent: Node) {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      if (parent.nodeType === parent.ELEMENT_NODE && (parent as Element).localName === "style") child.nodeValue = sanitizeCss(child.nodeValue ?? "");
      continue;
    }
    if (child.nodeType !== child.ELEMENT_NODE) {
      parent.removeChild(child);
      continue;
    }
    const element = child as Element;
    if (element.namespaceURI === SVG_NS && unwrappedElements.has(element.localName ?? "")) {
      cleanChildren(element);
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      parent.removeChild(element);
      continue;
    }
    if (element.namespaceURI !== SVG_NS || !allowedElements.has(element.localName ?? "")) {
      parent.removeChild(element);
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      const kept = keepAttribute(element, attribute.name, attribute.value);
      if (kept === null) element.removeAttribute(attribute.name);
      else if (kept !== attribute.value) element.setAttribute(attribute.name, kept);
    }
    cleanChildren(element);
  }
}

/** Throws InvalidSvgError when the text is not a well-formed SVG document. */
export function sanitizeSvg(svg: string): string {
  // Entity declarations are how XML bombs and external entity reads start; logos never need them.
  if (/<!ENTITY/i.test(svg)) throw new InvalidSvgError("SVG files with entity declarations are not accepted.");
  let root: Element | null;
  try {
    root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(svg, "image/svg+xml").documentElement;
  } catch (error) {
    throw new InvalidSvgError(`The SVG is not well-formed XML: ${error instanceof Error ? error.message.split("\n")[0] : "parse error"}`);
  }
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg") throw new InvalidSvgError("The file's root element is not an SVG <svg> element.");
  const document = root.ownerDocument;
  if (!document) throw new InvalidSvgError("The SVG could not be read.");
  for (const node of Array.from(document.childNodes)) if (node !== root) document.removeChild(node);
  for (const attribute of Array.from(root.attributes)) {
    const kept = keepAttribute(root, attribute.name, attribute.value);
    if (kept === null) root.removeAttribute(attribute.name);
    else if (kept !== attribute.value) root.setAttribute(attribute.name, kept);
  }
  cleanChildren(root);
  return new XMLSerializer().serializeToString(document);
}

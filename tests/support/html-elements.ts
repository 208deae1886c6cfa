// The elements of a built page as an HTML parser sees them (parse5 follows the HTML standard), so that checks
// on attributes and inline code cannot be fooled by a ">" or a tag written inside an attribute value.
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];

export interface Element {
  name: string;
  /** Attribute values as the browser reads them; namespaced ones as "xlink:href". */
  attributes: Map<string, string>;
  /** Raw text content, for script and style elements. */
  body?: string;
}

/** Every element of the document in document order, inline SVG and template contents included. */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) {
      const attributes = new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const isCode = node.tagName === "script" || node.tagName === "style";
      const body = isCode ? node.childNodes.map((child) => ("value" in child ? child.value : "")).join("") : undefined;
      found.push({ name: node.tagName, attributes, ...(body === undefined ? {} : { body }) });
      if (node.tagName === "template") visit((node as DefaultTreeAdapterMap["template"]).content);
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return found;
}

export const named = (elements: Element[], ...names: string[]) => elements.filter((e) => names.includes(e.name));

/** Inline scripts that run (not data blocks such as JSON-LD) and inline styles. */
export function inlineCode(elements: Element[], kind: "script" | "style"): Element[] {
  return named(elements, kind).filter(
    (element) => !element.attributes.has("src") && !/json/i.test(element.attributes.get("type") ?? ""),
  );
}

/** The text a reader would see: every text node of the fragment, in order, joined without separators; the code
 *  of a script and the rules of a style are not text a reader sees. */
export function textOf(html: string): string {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === "script" || node.nodeName === "style") return;
    if (node.nodeName === "#text" && "value" in node) texts.push(node.value);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return texts.join("");
}

/** What the part of a page at an address (#id) holds: a heading's section (the heading and what follows it up
 *  to the next heading of its level or above), or else the element with that id; undefined when no element has it. */
export interface Addressed {
  /** The story (data-scrolly) the element is a step of, if it is one. */
  story: string | undefined;
  charts: string[];
  facts: string[];
  text: string;
}

export function addressedPart(html: string, id: string): Addressed | undefined {
  const level = (node: Node) => ("tagName" in node && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);
  const attribute = (node: Node, name: string) =>
    "attrs" in node ? node.attrs.find((a) => a.name === name)?.value : undefined;
  const find = (node: Node): DefaultTreeAdapterMap["element"] | undefined => {
    if ("tagName" in node && attribute(node, "id") === id) return node;
    if (!("childNodes" in node)) return undefined;
    for (const child of node.childNodes) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const target = find(parse(html));
  if (!target) return undefined;
  let part: Node[] = [target];
  const own = level(target);
  if (own > 0) {
    const siblings = target.parentNode!.childNodes;
    const after = siblings.slice(siblings.indexOf(target) + 1);
    const end = after.findIndex((node) => level(node) > 0 && level(node) <= own);
    part = [target, ...(end < 0 ? after : after.slice(0, end))];
  }
  let story: string | undefined;
  if (attribute(target, "data-step") !== undefined) {
    for (
      let node: Node | null = target.parentNode;
      node && !story;
      node = "parentNode" in node ? node.parentNode : null
    )
      story = attribute(node, "data-scrolly");
  }
  const found: Addressed = { story, charts: [], facts: [], text: "" };
  const visit = (node: Node) => {
    if (node.nodeName === "script" || node.nodeName === "style") return;
    if (node.nodeName === "#text" && "value" in node) found.text += node.value;
    if ("attrs" in node) {
      for (const { name, value } of node.attrs) {
        if (name === "data-chart-id") found.charts.push(value);
        if (name === "data-fact") found.facts.push(value);
      }
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  for (const node of part) visit(node);
  return found;
}

// Reads elements and attributes out of built HTML. Enough for Astro's output, which escapes < > " in attribute
// values and is checked for validity separately; not a general HTML parser.

export interface Element {
  name: string;
  attributes: Map<string, string>;
  /** Text between the start and end tag, for script and style elements. */
  body?: string;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);
}

export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, ...values] of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(name!.toLowerCase(), decode(values.find((value) => value !== undefined) ?? ""));
  }
  return attributes;
}

/** Start tags of the given element names, e.g. startTags(html, ["a", "area"]). */
export function startTags(html: string, names: string[]): Element[] {
  const pattern = new RegExp(`<(${names.join("|")})(\\s[^>]*)?>`, "gi");
  return [...html.matchAll(pattern)].map(([, name, attributes]) => ({
    name: name!.toLowerCase(),
    attributes: parseAttributes(attributes ?? ""),
  }));
}

/** Script or style elements with their content. */
export function elementsWithBody(html: string, name: "script" | "style"): Element[] {
  const pattern = new RegExp(`<${name}(\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "gi");
  return [...html.matchAll(pattern)].map(([, attributes, body]) => ({
    name,
    attributes: parseAttributes(attributes ?? ""),
    body: body!,
  }));
}

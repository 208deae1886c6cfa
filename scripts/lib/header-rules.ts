// Reads a _headers file and applies it to a path the way Cloudflare Pages documents it: rules in order, a
// splat (*) matches any characters, a :placeholder one path segment, every matching rule applies, a header set
// again is joined with ", ", and "! Name" removes one set by an earlier rule. The local server uses it, and the
// tests compare it with Netlify's own parser on every built path.
export interface HeaderRule {
  path: string;
  pattern: RegExp;
  set: Array<[string, string]>;
  remove: string[];
}

/** Cloudflare's documented limits for a _headers file. */
export const limits = { rules: 100, lineLength: 2000 };

function patternOf(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === "*" ? "(.*)" : part.startsWith(":") ? "([^/]+)" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`);
}

/** Parses the _headers format: a path line, then indented "Name: value" or "! Name" lines; comments with #. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const where = `_headers line ${index + 1}`;
    if (!line || line.startsWith("#")) return;
    if (raw.length > limits.lineLength) throw new Error(`${where}: longer than ${limits.lineLength} characters`);
    if (!/^\s/.test(raw)) {
      if (!line.startsWith("/")) throw new Error(`${where}: a path must start with "/", got "${line}"`);
      rules.push({ path: line, pattern: patternOf(line), set: [], remove: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: header line before any path: "${line}"`);
    if (line.startsWith("!")) rule.remove.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(":");
      if (colon < 1 || !line.slice(colon + 1).trim())
        throw new Error(`${where}: expected "Name: value", got "${line}"`);
      rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  });
  if (rules.length > limits.rules)
    throw new Error(`_headers: ${rules.length} rules, Cloudflare Pages takes ${limits.rules}`);
  return rules;
}

/** The headers a path gets, names in lower case. */
export function headersFor(path: string, rules: HeaderRule[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.remove) headers.delete(name);
    for (const [name, value] of rule.set)
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

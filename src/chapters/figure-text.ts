// The prose a reader of a chapter sees, cut out of its MDX source with every offset kept (what is not read is
// replaced by spaces), so a figure found in it can be reported with the line it stands on.
export interface FoundFigure {
  offset: number;
  text: string;
}

export const blank = (text: string) => text.replace(/[^\n]/g, " ");

/** Blank every match of each pattern (a string is matched literally, case-insensitively). */
export function blankAll(text: string, patterns: Array<RegExp | string>): string {
  return patterns.reduce<string>((result, pattern) => {
    const literal = (word: string) => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
    const regex = typeof pattern === "string" ? literal(pattern) : pattern;
    return result.replace(regex, blank);
  }, text);
}

/**
 * Only what a reader sees: the body and the frontmatter's title, summary and card. Tags (<Fact …/>), MDX comments
 * ({/* … *\/}), heading anchors ([#…]), link targets and inline code are blanked, since ids and URLs are not prose.
 */
export function readerText(source: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source);
  let text = source;
  if (front) {
    const shown = front[0]
      .split("\n")
      .map((line) => (/^(title|summary|card):/.test(line) ? line.replace(/^\w+:/, blank) : blank(line)))
      .join("\n");
    text = shown + source.slice(front[0].length);
  }
  const comments = /\{\/\*[\s\S]*?\*\/\}/g;
  return blankAll(text, [comments, /<\/?[A-Za-z][^>]*>/g, /\[#[a-z0-9-]+\]/g, /\]\([^)]*\)/g, /`[^`\n]*`/g]);
}

/** Where the text of `<span lang="zh-Hans">…</span>` elements lies: Chinese given on purpose in an English chapter. */
export function chineseSpans(source: string): Array<[start: number, end: number]> {
  return [...source.matchAll(/<span lang="zh-Hans">([^<]*)<\/span>/g)].map((match) => {
    const start = match.index + match[0].indexOf(">") + 1;
    return [start, start + match[1]!.length];
  });
}

/** The text split in two: inside the given ranges, and outside them, each with the other part blanked. */
export function splitByRanges(text: string, ranges: Array<[number, number]>): { inside: string; outside: string } {
  let inside = blank(text);
  let outside = text;
  for (const [start, end] of ranges) {
    inside = inside.slice(0, start) + text.slice(start, end) + inside.slice(end);
    outside = outside.slice(0, start) + blank(text.slice(start, end)) + outside.slice(end);
  }
  return { inside, outside };
}

export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

// The one rule every string of the data passes. The refused characters are invisible in an editor, yet they
// can reorder what a reader sees (U+202E), join or split words unseen (U+200B), break a line inside a JSON
// string or a script (U+2028), crash a renderer (U+0000) or show that text was damaged by a wrong encoding
// (U+FFFD). A lone surrogate is half a character and cannot be written out as UTF-8.
export interface ForbiddenCharacter {
  /** Offset in the string, in UTF-16 code units (what String.prototype.slice counts). */
  index: number;
  /** U+202E */
  codePoint: string;
  /** What the character is, for the message. */
  kind: string;
}

const kinds: Array<[RegExp, string]> = [
  [/[\u0000-\u001F\u007F-\u009F]/, "a control character"],
  [/[\u200B-\u200D\u2060\uFEFF]/, "a zero-width character"],
  [/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/, "a text-direction character"],
  [/[\u2061-\u2065]/, "an invisible formatting character"],
  [/[\u2028\u2029]/, "a line or paragraph separator"],
  [/\uFFFD/, "the replacement character left by a wrong encoding"],
  [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, "half of a surrogate pair"],
];

const anyForbidden = new RegExp(kinds.map(([pattern]) => pattern.source).join("|"));

/** The first character of text that the rule refuses, or undefined when the text is clean. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = anyForbidden.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const kind = kinds.find(([pattern]) => pattern.test(char))![1];
  const codePoint = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: match.index, codePoint, kind };
}

/** The rule's message for text, or undefined when the text passes. */
export function textRuleMessage(text: string): string | undefined {
  const found = forbiddenCharacter(text);
  if (!found) return undefined;
  return `contains ${found.codePoint} (${found.kind}) at character ${found.index + 1}: remove it`;
}

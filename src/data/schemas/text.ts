// Text shown to readers, by kind. One rule for the characters (src/data/text-rule.ts) and one length limit per
// kind of text and language, so nothing invisible and nothing that cannot fit its place reaches a page.
import { z } from "astro/zod";
import { textRuleMessage } from "../text-rule.ts";

/** Each kind of text with its longest allowed length in characters, per language: a label must fit a table row or
 * a tooltip, a note a short paragraph. Chinese needs fewer characters than English for the same words. */
export const textLimits = {
  title: { zh: 40, en: 160, what: "a title" },
  label: { zh: 40, en: 120, what: "a label" },
  name: { zh: 30, en: 80, what: "a name" },
  note: { zh: 120, en: 320, what: "a note" },
  counter: { zh: 2, en: 30, what: "a counter" },
} as const;
export type TextKind = keyof typeof textLimits;

/** Text shown to readers, of one kind and language: the text rule (src/data/text-rule.ts), no empty string, no
 * leading or trailing space, and the kind's length limit. */
export function text(kind: TextKind, lang: "zh" | "en") {
  const { [lang]: limit, what } = textLimits[kind];
  return z
    .string()
    .superRefine((value, ctx) => {
      const refused = textRuleMessage(value);
      if (refused) ctx.addIssue({ code: "custom", message: refused });
      if (value.trim() === "") ctx.addIssue({ code: "custom", message: "expected text, found an empty string" });
      else if (value.trim() !== value) ctx.addIssue({ code: "custom", message: "starts or ends with a space" });
      const length = [...value].length;
      if (length > limit) {
        ctx.addIssue({
          code: "custom",
          message: `is ${length} characters long; ${what} in ${lang} may have at most ${limit}`,
        });
      }
    })
    .describe(`${what} in ${lang === "zh" ? "Chinese" : "English"}, at most ${limit} characters.`);
}

/** A short text in Chinese and English, in the project's own words. */
export function bilingual(kind: TextKind) {
  return z
    .object({ zh: text(kind, "zh"), en: text(kind, "en") })
    .strict()
    .describe(`${textLimits[kind].what} in Chinese and English.`);
}

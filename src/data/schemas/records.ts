// The record kinds a data file may hold. One described field at a time; cross-record checks (unique ids,
// references between records) live in ../load.ts because they need the whole dataset.
import { z } from "astro/zod";
import { counter, isoDate, kebabId, period, qualifier, source, sourceLine } from "./common.ts";
import { bilingual, text } from "./text.ts";
import { boundsMessage, unit, unitRules } from "./units.ts";

export const fact = z
  .object({
    id: kebabId,
    subject: kebabId.describe("The measure this figure belongs to; figures of one subject form a series."),
    value: z.number().finite().describe("The figure as the article prints it, in the declared unit."),
    unit,
    counter: counter.optional().describe("Required when unit is count: the measure word and noun."),
    qualifier: qualifier.default("exact"),
    period: period.optional().describe("The year, month or span the figure covers, when the article gives one."),
    asOfArticle: z
      .literal(true)
      .optional()
      .describe("The article gives the figure as standing 'now' (截至目前, 到目前): as of its July 2021 date."),
    inferred: z
      .literal(true)
      .optional()
      .describe("The year of the period is implied by the article (its 今年 is 2021) but not printed."),
    currencyInferred: z
      .literal(true)
      .optional()
      .describe("The article prints 亿 or 万 without naming the currency; the currency of the unit is our reading."),
    label: bilingual("label").describe("What the figure is, short enough for a table row or a tooltip."),
    note: bilingual("note").optional().describe("What a reader should know to read the figure right."),
    source,
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.unit === "count" && !record.counter) {
      ctx.addIssue({ code: "custom", path: ["counter"], message: "a count needs a counter (measure word and noun)" });
    }
    if (record.unit !== "count" && record.counter) {
      ctx.addIssue({
        code: "custom",
        path: ["counter"],
        message: `a counter only belongs to a count, not ${record.unit}`,
      });
    }
    const outOfBounds = boundsMessage(record.value, record.unit);
    if (outOfBounds) ctx.addIssue({ code: "custom", path: ["value"], message: outOfBounds });
    if (record.currencyInferred && !unitRules[record.unit].bare) {
      ctx.addIssue({ code: "custom", path: ["currencyInferred"], message: `${record.unit} is not an amount of money` });
    }
  })
  .describe("A figure the article states.");
export type Fact = z.infer<typeof fact>;

export const event = z
  .object({
    id: kebabId,
    date: isoDate,
    inferred: z
      .literal(true)
      .optional()
      .describe("The year is implied by the article but not printed on the cited line."),
    label: bilingual("label").describe("What happened, in a few words."),
    note: bilingual("note").optional().describe("Context a reader needs."),
    source,
  })
  .strict()
  .describe("A dated event the article reports.");
export type Event = z.infer<typeof event>;

export const listItem = z
  .object({
    id: kebabId,
    zh: text("name", "zh").describe("The item as the article names it (names and fixed terms may be kept)."),
    en: text("name", "en").describe("English rendering of the item."),
    gloss: bilingual("note").optional().describe("A short explanation in our own words."),
  })
  .strict();

export const list = z
  .object({
    id: kebabId,
    label: bilingual("label").describe("What the list is."),
    items: z.array(listItem).min(1).describe("The items, in the article's order."),
    complete: z.boolean().describe("false when the article ends the list with 等 or …… and so leaves it unfinished."),
    statedCount: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("How many items the list's own name promises (四大战略: 4), when it names a number."),
    note: bilingual("note").optional(),
    source: sourceLine,
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.complete && record.statedCount !== undefined && record.statedCount !== record.items.length) {
      ctx.addIssue({
        code: "custom",
        path: ["items"],
        message: `a complete list promising ${record.statedCount} items has ${record.items.length}`,
      });
    }
  })
  .describe("A named list from the article: strategies, honours, steps of a mechanism.");
export type List = z.infer<typeof list>;

export const claimKinds = ["annual-rate", "multiple", "net-increase", "duration", "doublings"] as const;

export const claim = z
  .object({
    id: kebabId,
    kind: z
      .enum(claimKinds)
      .describe(
        "annual-rate: compound rate between two levels; multiple: 'grew N times' read as level ÷ base; " +
          "net-increase: level − base; duration: calendar days between two events; doublings: 翻N番 (×2^N).",
      ),
    stated: z.number().finite().describe("The derived figure as the article prints it."),
    unit,
    qualifier: qualifier.default("exact"),
    inputs: z
      .object({
        from: kebabId.optional().describe("The base: a fact (levels) or an event (durations)."),
        to: kebabId.describe("The end level or event; for doublings, the figure that is 2^N times the plan."),
      })
      .strict()
      .optional()
      .describe("The records ours is computed from; absent when the article gives no levels to check against."),
    label: bilingual("label").describe("What the article claims, in our words."),
    note: bilingual("note").optional(),
    source,
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.inputs && record.kind !== "doublings" && !record.inputs.from) {
      ctx.addIssue({ code: "custom", path: ["inputs", "from"], message: `a ${record.kind} needs a base (from)` });
    }
    const outOfBounds = boundsMessage(record.stated, record.unit);
    if (outOfBounds) ctx.addIssue({ code: "custom", path: ["stated"], message: outOfBounds });
  })
  .describe("A figure the article derives from others: we compute our own in src/data/audit.ts.");
export type Claim = z.infer<typeof claim>;

export const organisation = z
  .object({
    id: kebabId,
    zh: text("name", "zh").describe("Name as the article gives it."),
    en: text("name", "en").describe("English name: a transliteration where the firm has no known English name."),
    kind: z.enum(["firm", "project"]).describe("A company, or a project or plant that a company builds."),
  })
  .strict()
  .describe("A firm or project in the investment chains.");
export type Organisation = z.infer<typeof organisation>;

export const link = z
  .object({
    id: kebabId,
    from: kebabId.describe("Organisation that acted."),
    to: kebabId.describe("Organisation or project it brought or built."),
    relation: z
      .enum(["helped-bring-in", "reinvested"])
      .describe("Only what the article says: one firm helped bring in another, or a firm invested again."),
    amount: kebabId.optional().describe("Fact id of the investment figure the article gives for this link."),
    source: sourceLine,
  })
  .strict()
  .describe("A relation between two organisations.");
export type Link = z.infer<typeof link>;

export const dataFile = z
  .object({
    theme: kebabId.describe("The theme of this file; equals the file name without .json."),
    title: bilingual("title").describe("Title of the theme."),
    facts: z.array(fact).default([]).describe("Figures the article states."),
    events: z.array(event).default([]).describe("Dated events."),
    lists: z.array(list).default([]).describe("Named lists."),
    claims: z.array(claim).default([]).describe("Derived figures the article states, to be audited."),
    organisations: z.array(organisation).default([]).describe("Firms and projects (investment chains)."),
    links: z.array(link).default([]).describe("Relations between organisations."),
    chainComplete: z
      .boolean()
      .optional()
      .describe("For the chains: false when the article breaks off its list of examples with ……"),
  })
  .strict()
  .describe("One theme's data file in content/data/.");
export type DataFile = z.infer<typeof dataFile>;

// What a chapter's long image and card take from the chapter itself, read from its MDX source: the opening
// paragraphs as plain text (each <Fact> replaced by the figure the page shows), the facts it cites in order,
// the charts it places, the audited claims it cites and whether it holds the audit table.
import { factText } from "../data/fact-text.ts";
import type { Lang } from "../data/format.ts";
import type { Dataset } from "../data/load.ts";

export interface ChapterDigest {
  /** Opening paragraphs, as plain text. */
  lead: string[];
  /** Ids of the facts (not claims) its <Fact>s cite, first mention first. */
  facts: string[];
  /** Ids of the charts it places, in order. */
  charts: string[];
  /** Ids of the audited claims it cites. */
  claims: string[];
  /** True when it shows the whole audit (<AuditTable />). */
  audit: boolean;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The text a <Fact> shows on the page: the same factText as src/components/Fact.astro, from the tag's attributes. */
function factTag(tag: string, lang: Lang, data: Dataset, where: string): string {
  const decimals = attribute(tag, "decimals") ?? /\bdecimals=\{(\d+)\}/.exec(tag)?.[1];
  const part = attribute(tag, "part");
  try {
    return factText(
      {
        id: attribute(tag, "id") ?? "",
        computed: /\bcomputed\b/.test(tag),
        exact: /\bexact\b/.test(tag),
        ...(part === "times" || part === "beyond" ? { part } : {}),
        ...(decimals !== undefined ? { decimals: Number(decimals) } : {}),
      },
      lang,
      data,
    ).text;
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** A paragraph as plain text, or undefined when it holds anything but text, emphasis, links, spans and facts. */
function plainParagraph(block: string, lang: Lang, data: Dataset, where: string): string | undefined {
  if (/^(#|<|>|-|\*\s|\d+\.\s|\||import\s|export\s)/.test(block)) return undefined;
  let text = block.replace(/<Fact\b[^>]*\/>/g, (tag) => factTag(tag, lang, data, where));
  text = text.replace(/<span lang="zh-Hans">([^<]*)<\/span>/g, "$1").replace(/<abbr[^>]*>([^<]*)<\/abbr>/g, "$1");
  if (/[<>{}]/.test(text)) return undefined;
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2");
  return text.replace(/\s*\n\s*/g, lang === "zh" ? "" : " ").trim() || undefined;
}

/** `lead` gathers paragraphs until it has at least `leadLength` characters (three paragraphs at most). */
export function digestChapter(
  body: string,
  lang: Lang,
  data: Dataset,
  where: string,
  leadLength = lang === "zh" ? 160 : 480,
): ChapterDigest {
  const claimIds = new Set(data.claims.keys());
  const cited = [...body.matchAll(/<Fact\b[^>]*\/>/g)].map((m) => attribute(m[0], "id")!).filter(Boolean);
  const digest: ChapterDigest = {
    lead: [],
    facts: [...new Set(cited.filter((id) => data.facts.has(id)))],
    charts: [...body.matchAll(/<Chart\b[^>]*\bid="([^"]+)"[^>]*\/>/g)].map((m) => m[1]!),
    claims: [...new Set(cited.filter((id) => claimIds.has(id)))],
    audit: /<AuditTable\b/.test(body),
  };
  const blocks = body
    .replace(/^---[\s\S]*?---/, "")
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  for (const block of blocks) {
    if (/^#/.test(block) && digest.lead.length) break;
    const text = plainParagraph(block, lang, data, where);
    if (!text) continue;
    digest.lead.push(text);
    if (digest.lead.join("").length >= leadLength || digest.lead.length === 3) break;
  }
  return digest;
}

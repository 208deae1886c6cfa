// Figures in English text. The rules, and why:
// - Digits are a figure unless they are part of a year or a date. A year is 19xx/20xx standing alone (2015,
//   2015–2020, 2021's), not followed by a scale or unit (2000 million, 2015 yuan); a date is a day of 1–31 next to
//   a capitalised month name (26 June 2017, June 26). Years and dates name a moment rather than measure an amount;
//   a reference to lines of the article (line 51, lines 20–36, lines 8, 37 and 43) names a place to look.
//   An ordinal in digits (19th) is a rank, so a figure.
// - A spelled-out number (two … nineteen, twenty … ninety, hundred, thousand, million, billion, dozen, with their
//   compounds: twenty-four, a hundred and fifty) is a figure wherever it stands: ten days, three firms, the two
//   dates. So are multiples (twice, double, doubled, triple, fourfold …), half (except the first or second half
//   of a year, a period of the calendar), and ordinals from eleventh up (nineteenth), which are ranks.
// - "one" is usually the indefinite article or a pronoun (one firm, one of them) and passes; before a unit of
//   time or a multiple (one day, one-year, one time) it is an amount and is caught.
// - Vague amounts (a few, several, dozens of, hundreds of) are no figure and pass, as 几 does in Chinese.
// - Names of the article's mechanisms that contain a number are allowed word for word, case aside (the
//   135 Project, the four strategies …), as 135工程 and 五个打造 are in Chinese.
import { blankAll, type FoundFigure } from "./figure-text.ts";

/** English names that contain a number: the article's mechanisms and programmes, and this site's four codes. */
export const allowedTermsEn = [
  "135 Project",
  "four strategies",
  "five things to build",
  "seven links and one levelling",
  "five links",
  "five to every household",
  "four codes",
];

const months = "January|February|March|April|May|June|July|August|September|October|November|December";
const day = "(?:3[01]|[12]\\d|0?[1-9])";
const dates: RegExp[] = [
  new RegExp(`(?<![\\d.,])${day}\\s+(?:${months})\\b`, "g"),
  new RegExp(`\\b(?:${months})\\s+${day}(?![\\d.,]*\\d)(?!\\s*(?:%|per\\s?cent))`, "g"),
  /\blines?\s+\d+(?:(?:\s*[–-]\s*|,\s*|\s+and\s+)\d+)*\b/gi,
  /(?<![\d.,$¥£€])(?:19|20)\d\d(?![\d%]|[.,]\d|\s*(?:%|per\s?cent|million|billion|thousand|yuan|dollars|m²|km²))/g,
];
const digits = /[0-9０-９]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?:st|nd|rd|th|\s+(?:hundred|thousand|million|billion)\b)?/g;

const cardinal =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen";
const numberWord = `(?:one|${cardinal})`;
const bigUnit = "(?:hundred|thousand|million|billion|dozen)";
const spelledRun = new RegExp(
  `\\b(?:(?:a|one)\\s+(?=${bigUnit}\\b))?${numberWord}(?:(?:-|\\s+(?:and\\s+)?)${numberWord})*\\b`,
  "gi",
);
const timeOrMultiple = /^[\s-]+(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|times?|fold)\b/i;
const multiples = new RegExp(
  "\\b(?:twice|thrice|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|" +
    "(?:two|three|four|five|six|seven|eight|nine|ten)fold|" +
    "(?<!(?:first|second)\\s+)half|" +
    "(?:eleven|twelf|thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|" +
    "hundredth|thousandth|millionth)\\b",
  "gi",
);

/** Figures in text whose non-prose parts are already blanked; offsets are those of the text. */
export function englishFigures(readerText: string): FoundFigure[] {
  const prose = blankAll(readerText, [...allowedTermsEn, ...dates]);
  const found: FoundFigure[] = [...prose.matchAll(digits)].map((match) => ({ offset: match.index, text: match[0] }));
  const text = blankAll(prose, [digits]);
  for (const match of text.matchAll(spelledRun)) {
    const after = text.slice(match.index + match[0].length);
    if (/^one$/i.test(match[0]) && !timeOrMultiple.test(after)) continue;
    const unit = /^one$/i.test(match[0]) ? timeOrMultiple.exec(after)![0] : "";
    found.push({ offset: match.index, text: match[0] + unit.replace(/\s+/g, " ") });
  }
  for (const match of text.matchAll(multiples)) found.push({ offset: match.index, text: match[0] });
  return found;
}

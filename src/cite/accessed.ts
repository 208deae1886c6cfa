// The date of citing an online resource is the reader's, not the build's: pages carry each citation as a
// template dated with this stand-in date, and src/scripts/cite-date.ts puts the reader's date in its place.
// It is shared by the build and the browser script so both write and look for the same text.

/** 9999-12-31: a date no citation can otherwise carry, as each format writes it. */
export const standIn = { year: 9999, month: 12, day: 31 } as const;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** GB/T 7714 and BibTeX write 2026-12-03; citation-js writes RIS dates as 2026/12/3. */
export const standInTexts = [
  iso(standIn.year, standIn.month, standIn.day),
  `${standIn.year}/${standIn.month}/${standIn.day}`,
];

/** A template with the stand-in date replaced by `date`, in each format's own way. */
export function fillAccessed(template: string, date: Date): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return template.replaceAll(standInTexts[0]!, iso(y, m, d)).replaceAll(standInTexts[1]!, `${y}/${m}/${d}`);
}

/** The reader's date as YYYY-MM-DD, for the line that says which date was filled in. */
export const isoDate = (date: Date) => iso(date.getFullYear(), date.getMonth() + 1, date.getDate());

// Anonymous counts kept on the kiosk itself, per day: visits (sessions), codes opened, the language a visit used,
// and resets. Nothing personal (no times within a day, no order of screens, no identifiers) and nothing is sent:
// staff read them on the staff screen or scan them as JSON. They live in the browser's storage for the site,
// which survives reloads and new builds; staff can clear them.
export interface DayCounts {
  sessions: number;
  /** Times each sequence was opened. */
  codes: Record<string, number>;
  /** Visits that stayed in Chinese and visits that chose English. */
  lang: { zh: number; en: number };
  resets: number;
}

export interface CountsData {
  v: 1;
  days: Record<string, DayCounts>;
}

/** Days kept: older ones are dropped, so the store and its QR code stay small. */
export const keptDays = 60;
export const countsKey = "jianghua-kiosk-counts";

/** Local calendar day, YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const emptyDay = (): DayCounts => ({ sessions: 0, codes: {}, lang: { zh: 0, en: 0 }, resets: 0 });
const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);

/** Reads stored counts, keeping only well-formed numbers: a damaged store starts again rather than breaking. */
export function parseCounts(text: string | null): CountsData {
  const data: CountsData = { v: 1, days: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? "");
  } catch {
    return data;
  }
  const days = (parsed as { days?: unknown } | null)?.days;
  if (!days || typeof days !== "object") return data;
  for (const [day, raw] of Object.entries(days as Record<string, Partial<DayCounts>>)) {
    if (!/^\d{4}-\d\d-\d\d$/.test(day) || !raw || typeof raw !== "object") continue;
    const codes = Object.fromEntries(
      Object.entries(raw.codes ?? {})
        .filter(([code]) => /^[a-z][a-z0-9-]{0,40}$/.test(code))
        .map(([code, n]) => [code, count(n)]),
    );
    data.days[day] = {
      sessions: count(raw.sessions),
      codes,
      lang: { zh: count(raw.lang?.zh), en: count(raw.lang?.en) },
      resets: count(raw.resets),
    };
  }
  return data;
}

/** The store, read and written through on every change so that a reload or a crash loses nothing. */
export class KioskCounts {
  private inEnglish = false;

  constructor(
    private storage: Pick<Storage, "getItem" | "setItem" | "removeItem">,
    private now: () => Date = () => new Date(),
  ) {}

  read(): CountsData {
    return parseCounts(this.storage.getItem(countsKey));
  }

  private change(edit: (day: DayCounts) => void): void {
    const data = this.read();
    const today = dayOf(this.now());
    edit((data.days[today] ??= emptyDay()));
    const days = Object.keys(data.days).sort();
    for (const old of days.slice(0, Math.max(0, days.length - keptDays))) delete data.days[old];
    try {
      this.storage.setItem(countsKey, JSON.stringify(data));
    } catch {
      // Storage full: the counts are a convenience, the kiosk must go on.
    }
  }

  /** A visit begins (the first touch after the kiosk was left alone); it is counted in Chinese until it chooses English. */
  session(): void {
    this.inEnglish = false;
    this.change((day) => {
      day.sessions += 1;
      day.lang.zh += 1;
    });
  }

  english(): void {
    if (this.inEnglish) return;
    this.inEnglish = true;
    this.change((day) => {
      day.lang.zh = Math.max(0, day.lang.zh - 1);
      day.lang.en += 1;
    });
  }

  codeOpened(code: string): void {
    this.change((day) => {
      day.codes[code] = (day.codes[code] ?? 0) + 1;
    });
  }

  reset(): void {
    this.change((day) => {
      day.resets += 1;
    });
  }

  clear(): void {
    this.storage.removeItem(countsKey);
  }
}

/** The counts as compact JSON for a QR code: the most recent days that fit in `maxChars` (a QR code at low error
 *  correction holds about 2,900 bytes; staying well under keeps its modules large enough to scan off a screen). */
export function countsJson(data: CountsData, build: string, maxChars = 1500): string {
  const days = Object.keys(data.days).sort().reverse();
  let kept: Record<string, DayCounts> = {};
  for (const day of days) {
    const next = { ...kept, [day]: data.days[day]! };
    if (JSON.stringify({ kiosk: "jianghua", build, v: 1, days: next }).length > maxChars) break;
    kept = next;
  }
  return JSON.stringify({ kiosk: "jianghua", build, v: 1, days: kept });
}

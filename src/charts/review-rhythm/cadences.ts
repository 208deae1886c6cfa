// How often each review happens, as a d3-time interval, keyed by the ids of the list "review-rhythm". The article
// names the cadence (周, 月, 季, 年) and no dates, so an interval is all a calendar may take from it.
import { utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";
import type { Bilingual } from "../types.ts";

export interface Cadence {
  interval: TimeInterval;
  often: Bilingual;
}

export const cadences: Record<string, Cadence> = {
  week: { interval: utcMonday, often: { zh: "每周一次", en: "once a week" } },
  month: { interval: utcMonth, often: { zh: "每月一次", en: "once a month" } },
  quarter: { interval: utcMonth.every(3)!, often: { zh: "每季一次", en: "once a quarter" } },
  year: { interval: utcYear, often: { zh: "每年一次", en: "once a year" } },
};

export const illustrative: Bilingual = {
  zh: "示意日历：原文只说多久一次，没有给出日期，格子只表示每个周期各有一次。",
  en: "An illustrative calendar: the article says how often, not on which dates; each block stands for one occurrence in its period.",
};

// Speed of service on one time axis, counted in days from each signing: the Guide Group's road to production
// (by the article's own dates, with its stated "150 days" marked beside it), the nearly two years its chairman
// says the usual procedure takes, and the Ruiyi flat, rented one day after signing. One shared axis is the point:
// the eye sees at once how much of the usual wait the county took away.
import { scaleLinear } from "d3-scale";
import { daysBetween } from "../../data/audit.ts";
import type { Dataset } from "../../data/load.ts";
import { formatDate, formatFact, formatQuantity, type Lang } from "../../data/format.ts";
import type { Event } from "../../data/schemas/index.ts";
import { label, pick, requireFact, wrapText } from "../kit.ts";
import type { Point, Shape } from "../model.ts";
import type { BuildChart } from "../types.ts";

function requireEvent(data: Dataset, id: string): Event {
  const event = data.events.get(id);
  if (!event) throw new Error(`chart data: no event "${id}" in content/data`);
  return event;
}

const days = (n: number, lang: Lang) => formatQuantity(n, "days", lang);

export const buildServiceTimeline: BuildChart = (data, { lang, layout, width }) => {
  const guideStart = requireEvent(data, "guide-signing");
  const guideEnd = requireEvent(data, "guide-production");
  const stated = data.claims.get("guide-signing-to-production")!.stated;
  const usual = requireFact(data, "guide-usual-duration");
  const ruiyi = ["ruiyi-signing", "ruiyi-flats-found", "ruiyi-flat-rented"].map((id) => requireEvent(data, id));
  const guideDays = daysBetween(guideStart.date, guideEnd.date);
  const usualDays = usual.value * 365;
  const ruiyiDays = daysBetween(ruiyi[0]!.date, ruiyi[2]!.date);

  const narrow = layout === "narrow";
  const left = narrow ? 12 : 180;
  const right = width - (narrow ? 16 : 24);
  const x = scaleLinear().domain([0, usualDays]).range([left, right]);
  const rowHeight = narrow ? 118 : 92;
  const top = 24;
  const shapes: Shape[] = [];
  const points: Point[] = [];
  const addPoint = (series: number, index: number, labelText: string, value: string, at: number, y: number) => {
    points.push({ series, index, label: labelText, value, x: x(at), y });
    return points.length - 1;
  };

  const rows = [
    { name: pick(lang, "贵德集团：签约到投产", "Guide Group: contract to production"), tone: "mark-1" as const },
    { name: pick(lang, "常规流程（董事长的估计）", "The usual procedure (the chairman's estimate)"), tone: "muted" as const },
    { name: pick(lang, "锐毅马达：签约到租下住房", "Ruiyi Motor: contract to a rented flat"), tone: "mark-2" as const },
  ];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const barY = narrow ? y + 34 : y + 8;
    const nameLines = narrow ? [row.name] : wrapText(row.name, left - 16, 13);
    nameLines.forEach((line, k) => shapes.push(label(narrow ? left : 8, (narrow ? y + 14 : y + 22) + k * 16, line, { weight: "bold" })));
    if (i === 0) {
      const p0 = addPoint(0, 0, `${formatDate(guideStart.date, lang)} ${pick(lang, "签约", "contract signed")}`, pick(lang, "第0天", "day 0"), 0, barY);
      const p1 = addPoint(0, 1, `${formatDate(guideEnd.date, lang)} ${pick(lang, "投产", "production starts")}`, `${pick(lang, "按日期算", "by the dates: ")}${days(guideDays, lang)}${pick(lang, "；原文称", "; the article says ")}${days(stated, lang)}`, guideDays, barY);
      shapes.push(
        { kind: "rect", x: x(0), y: barY, width: x(guideDays) - x(0), height: 22, tone: row.tone, point: p1 },
        { kind: "circle", cx: x(0), cy: barY + 11, r: 6, tone: "text", point: p0 },
        { kind: "line", x1: x(stated), x2: x(stated), y1: barY - 6, y2: barY + 28, tone: "text", width: 2, dashed: true },
        label(x(guideDays) + 6, barY + 11, days(guideDays, lang), { baseline: "middle", weight: "bold" }),
        label(x(stated), barY + 30, `${pick(lang, "原文：", "article: ")}${days(stated, lang)}`, { baseline: "hanging", size: 12, tone: "muted", anchor: "middle" }),
      );
    } else if (i === 1) {
      const p = addPoint(1, 0, rows[1]!.name, formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier }), usualDays, barY);
      const text = formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier });
      shapes.push(
        { kind: "rect", x: x(0), y: barY, width: x(usualDays) - x(0), height: 22, tone: "rule", hollow: true, point: p },
        label(x(usualDays) - 8, barY + 11, text, { baseline: "middle", anchor: "end", weight: "bold" }),
      );
    } else {
      const [signed, found, rented] = ruiyi as [Event, Event, Event];
      const p0 = addPoint(2, 0, `${formatDate(signed.date, lang)} ${pick(lang, "签约，下午提出租房", "contract; asks for a flat that afternoon")}`, pick(lang, "第0天", "day 0"), 0, barY);
      const flats = formatFact(requireFact(data, "ruiyi-flats-offered"), lang);
      const p1 = addPoint(2, 1, `${formatDate(found.date, lang)} ${pick(lang, `找到${flats}房源并看房`, `${flats} found and viewed`)}`, pick(lang, "当天", "the same day"), 0, barY);
      const p2 = addPoint(2, 2, `${formatDate(rented.date, lang)} ${pick(lang, "租下住房", "a flat is rented")}`, days(ruiyiDays, lang), ruiyiDays, barY);
      shapes.push(
        { kind: "rect", x: x(0), y: barY, width: Math.max(x(ruiyiDays) - x(0), 4), height: 22, tone: row.tone, point: p2 },
        { kind: "circle", cx: x(0), cy: barY + 11, r: 6, tone: "text", point: p0 },
        { kind: "circle", cx: x(0), cy: barY + 11, r: 3, tone: "bg", point: p1 },
      );
      const note = `${days(ruiyiDays, lang)}${pick(lang, "：签约当天找到房源，第二天租下", ": flats found on signing day, one rented the next")}`;
      wrapText(note, right - x(0) - 12, 12).forEach((line, k) => shapes.push(label(x(0) + 12, barY + 11 + k * 16, line, { baseline: "middle", size: 12 })));
    }
  });

  const axisY = top + rows.length * rowHeight;
  shapes.push({ kind: "line", x1: left, x2: right, y1: axisY, y2: axisY, tone: "rule" });
  for (const tick of x.ticks(narrow ? 4 : 8)) {
    shapes.push(
      { kind: "line", x1: x(tick), x2: x(tick), y1: axisY, y2: axisY + 5, tone: "rule" },
      label(x(tick), axisY + 8, tick === 0 ? pick(lang, "签约日", "signing") : String(tick), { anchor: tick === 0 ? "start" : "middle", baseline: "hanging", size: 12, tone: "muted" }),
    );
  }
  shapes.push(label(right, axisY + 28, pick(lang, "签约后的天数", "days after signing"), { anchor: "end", baseline: "hanging", size: 12, tone: "muted" }));

  return {
    description: pick(
      lang,
      `按签约后的天数排在同一条时间轴上：贵德项目按原文日期算用了${days(guideDays, lang)}（原文称${days(stated, lang)}），常规流程${formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier })}，锐毅马达签约后${days(ruiyiDays, lang)}就租到了住房。`,
      `On one axis of days after signing: the Guide project took ${days(guideDays, lang)} by the article's dates (it says ${days(stated, lang)}), the usual procedure ${formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier })}, and Ruiyi Motor's managers rented a flat ${days(ruiyiDays, lang)} after signing.`,
    ),
    shapes,
    points,
    table: {
      columns: [
        { key: "event", label: pick(lang, "事件", "Event") },
        { key: "date", label: pick(lang, "日期", "Date") },
        { key: "day", label: pick(lang, "签约后天数", "Days after signing"), numeric: true },
      ],
      rows: [
        { event: points[0]!.label, date: formatDate(guideStart.date, lang), day: "0" },
        { event: points[1]!.label, date: formatDate(guideEnd.date, lang), day: `${guideDays}${pick(lang, `（原文称${stated}）`, ` (article: ${stated})`)}` },
        { event: rows[1]!.name, date: "—", day: formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier }) },
        ...ruiyi.map((event, k) => ({ event: points[3 + k]!.label, date: formatDate(event.date, lang), day: String(daysBetween(ruiyi[0]!.date, event.date)) })),
      ],
    },
  };
};

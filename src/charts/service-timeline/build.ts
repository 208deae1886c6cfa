// Speed of service on one time axis, counted in days from each signing: the Guide Group's road to production
// (by the article's own dates, with its stated "150 days" marked beside it), the nearly two years its chairman
// says the usual procedure takes, and the Ruiyi flat, rented one day after signing. One shared axis is the point:
// the eye sees at once how much of the usual wait the county took away. Lane names take a column to the left
// where the picture is 40 ems wide, else they sit above their lanes.
import { scaleLinear } from "d3-scale";
import { daysBetween } from "../../data/audit.ts";
import { formatEventDate, formatFact, formatNumber, formatQuantity, type Lang } from "../../data/format.ts";
import { pick, requireEvent, requireFact } from "../kit.ts";
import type { Shape } from "../model.ts";
import { axis } from "../parts/axis.ts";
import { lane } from "../parts/lane.ts";
import { labelledBar } from "../parts/labelled-bar.ts";
import { merge, part, place, stack, type Part } from "../parts/part.ts";
import { textBlock } from "../parts/text-block.ts";
import { measureText } from "../text/measure.ts";
import { widest } from "../text/wrap.ts";
import type { BuildChart } from "../types.ts";
import type { TableRow } from "../model.ts";
import { computedColumn, dateColumn, factRow, statedColumn, textColumn, yearInferred } from "../table.ts";

const days = (n: number, lang: Lang) => formatQuantity(n, "days", lang);
const dayNumber = (n: number, lang: Lang) => pick(lang, `第${formatNumber(n, lang)}天`, `day ${formatNumber(n, lang)}`);

export const buildServiceTimeline: BuildChart = (data, { lang, width, type }) => {
  const guideStart = requireEvent(data, "guide-signing");
  const guideEnd = requireEvent(data, "guide-production");
  const stated = data.claims.get("guide-signing-to-production")!.stated;
  const usual = requireFact(data, "guide-usual-duration");
  const usualText = formatQuantity(usual.value, usual.unit, lang, { qualifier: usual.qualifier });
  const ruiyi = ["ruiyi-signing", "ruiyi-flats-found", "ruiyi-flat-rented"].map((id) => requireEvent(data, id));
  const [signed, found, rented] = ruiyi as [(typeof ruiyi)[0], (typeof ruiyi)[0], (typeof ruiyi)[0]];
  const guideDays = daysBetween(guideStart.date, guideEnd.date);
  const usualDays = usual.value * 365;
  const ruiyiDays = daysBetween(signed.date, rented.date);

  const names = [
    pick(lang, "贵德集团：签约到投产", "Guide Group: contract to production"),
    pick(lang, "常规流程（董事长的估计）", "The usual procedure (the chairman's estimate)"),
    pick(lang, "锐毅马达：签约到租下住房", "Ruiyi Motor: contract to a rented flat"),
  ];
  const flats = formatFact(requireFact(data, "ruiyi-flats-offered"), lang);
  // What happened on each date, said once: a tooltip puts the date before it, the table gives the date its column.
  const what = {
    guideSigned: pick(lang, "签约", "contract signed"),
    guideProduces: pick(lang, "投产", "production starts"),
    ruiyiSigned: pick(lang, "签约，下午提出租房", "contract; asks for a flat that afternoon"),
    found: pick(lang, `找到${flats}房源并看房`, `${flats} found and viewed`),
    rented: pick(lang, "租下住房", "a flat is rented"),
  };
  const columns = width >= 40 * type.body;
  const labelWidth = columns ? Math.min(0.3 * width, widest(names, type.body, "bold") + 0.8 * type.body) : 0;
  const plotWidth = width - labelWidth - 1;
  const x = scaleLinear().domain([0, usualDays]).range([0, plotWidth]);
  const [thickness, dot] = [1.5 * type.body, 0.4 * type.body];

  const guideLabel = pick(lang, `原文：${days(stated, lang)}`, `article: ${days(stated, lang)}`);
  const guideLabelX = Math.min(
    Math.max(x(stated), measureText(guideLabel, type.small) / 2),
    plotWidth - measureText(guideLabel, type.small) / 2,
  );
  const guide = merge([
    labelledBar({
      length: x(guideDays),
      thickness,
      room: plotWidth,
      text: pick(lang, `本站按日期算${days(guideDays, lang)}`, `${days(guideDays, lang)} by our count`),
      size: type.body,
      point: {
        series: 0,
        index: 1,
        label: `${formatEventDate(guideEnd, lang)} ${what.guideProduces}`,
        value: pick(
          lang,
          `本站按日期算${days(guideDays, lang)}；原文称${days(stated, lang)}`,
          `by our count of the dates: ${days(guideDays, lang)}; the article says ${days(stated, lang)}`,
        ),
      },
    }),
    part(
      [
        {
          kind: "line",
          x1: x(stated),
          x2: x(stated),
          y1: -0.3 * type.body,
          y2: thickness + 0.3 * type.body,
          tone: "text",
          width: 2,
          dashed: true,
        },
        {
          kind: "text",
          x: guideLabelX,
          y: thickness + 0.4 * type.body,
          text: guideLabel,
          size: type.small,
          tone: "muted",
          anchor: "middle",
          baseline: "hanging",
        },
      ],
      thickness + 0.4 * type.body + 1.3 * type.small,
    ),
  ]);
  const guideStartPoint = {
    series: 0,
    index: 0,
    label: `${formatEventDate(guideStart, lang)} ${what.guideSigned}`,
    value: dayNumber(0, lang),
  };
  // Moved down by the dashed line's overhang above the bar.
  const overhang = 0.3 * type.body;
  const guideMarks = merge([
    part([{ kind: "circle", cx: dot, cy: thickness / 2, r: dot, tone: "text", point: 0 }], 0, [
      { ...guideStartPoint, x: dot, y: thickness / 2 },
    ]),
    guide,
  ]);
  const guidePlot = { ...place(guideMarks, 0, overhang), height: guideMarks.height + overhang };

  const usualPlot = labelledBar({
    length: x(usualDays),
    thickness,
    room: plotWidth,
    text: usualText,
    size: type.body,
    tone: "rule",
    hollow: true,
    point: { series: 1, index: 0, label: names[1]!, value: usualText },
  });
  // A hollow bar takes its label inside, at its end.
  const usualBar: Part = {
    ...usualPlot,
    shapes: usualPlot.shapes.map((s) =>
      s.kind === "text" ? { ...s, x: x(usualDays) - 0.4 * type.body, anchor: "end" as const } : s,
    ),
  };

  const note =
    days(ruiyiDays, lang) +
    pick(lang, "：签约当天找到房源，第二天租下", ": flats found on signing day, one rented the next");
  const noteX = Math.max(x(ruiyiDays), 2 * dot) + 0.5 * type.body;
  const noteBlock = textBlock({ text: note, width: plotWidth - noteX, size: type.small });
  const ruiyiShapes: Shape[] = [
    { kind: "rect", x: 0, y: 0, width: Math.max(x(ruiyiDays), 4), height: thickness, tone: "mark-2", point: 2 },
    { kind: "circle", cx: dot, cy: thickness / 2, r: dot, tone: "text", point: 0 },
    { kind: "circle", cx: dot, cy: thickness / 2, r: dot / 2, tone: "bg", point: 1 },
  ];
  const ruiyiPoints = [
    {
      series: 2,
      index: 0,
      label: `${formatEventDate(signed, lang)} ${what.ruiyiSigned}`,
      value: dayNumber(0, lang),
      x: dot,
      y: thickness / 2,
    },
    {
      series: 2,
      index: 1,
      label: `${formatEventDate(found, lang)} ${what.found}`,
      value: pick(lang, "当天", "the same day"),
      x: dot,
      y: thickness / 2,
    },
    {
      series: 2,
      index: 2,
      label: `${formatEventDate(rented, lang)} ${what.rented}`,
      value: days(ruiyiDays, lang),
      x: x(ruiyiDays),
      y: 0,
    },
  ];
  const noteTop = Math.min(0, (thickness - noteBlock.height) / 2);
  const ruiyiPlot = merge(
    [
      part(ruiyiShapes, thickness, ruiyiPoints),
      place(noteBlock, noteX, thickness / 2 - noteBlock.height / 2 - noteTop),
    ],
    Math.max(thickness, noteBlock.height) - noteTop,
  );

  const lanes = [guidePlot, usualBar, ruiyiPlot].map((plot, i) =>
    lane({ name: names[i]!, plot, width, labelWidth, type }),
  );
  const ticks = x
    .ticks(Math.max(2, Math.floor(plotWidth / (5 * type.small))))
    .map((tick) => ({ at: x(tick), text: tick === 0 ? pick(lang, "签约日", "signing") : formatNumber(tick, lang) }));
  const dayAxis = axis({ from: 0, to: plotWidth, ticks, size: type.small });
  const axisTitle = textBlock({
    text: pick(lang, "签约后的天数", "days after signing"),
    width: plotWidth,
    size: type.small,
    tone: "muted",
    anchor: "end",
  });
  const body = stack(
    [stack(lanes, 1.2 * type.body), place(stack([dayAxis, axisTitle], 0), labelWidth, 0)],
    0.8 * type.body,
  );

  return {
    description: pick(
      lang,
      `按签约后的天数排在同一条时间轴上：贵德项目本站按原文日期算得用了${days(guideDays, lang)}（原文称${days(stated, lang)}），常规流程据董事长估计${usualText}，` +
        `锐毅马达签约后${days(ruiyiDays, lang)}就租到了住房。`,
      `On one axis of days after signing: the Guide project took ${days(guideDays, lang)} by our count of the article's dates ` +
        `(it says ${days(stated, lang)}), the usual procedure, by the chairman's estimate, ${usualText}, and Ruiyi Motor's managers rented a flat ` +
        `${days(ruiyiDays, lang)} after signing.`,
    ),
    ...body,
    table: {
      columns: [
        textColumn("lane", pick(lang, "进程", "Timeline")),
        textColumn("event", pick(lang, "事件", "Event")),
        dateColumn("date", pick(lang, "日期", "Date")),
        statedColumn(pick(lang, "原文所说的时长", "Duration as the article states it")),
        computedColumn(pick(lang, "签约后天数（本站按日期核算）", "Days after signing (our count from the dates)")),
      ],
      rows: [
        {
          cells: { lane: names[0]!, event: what.guideSigned, date: guideStart.date, stated: null, computed: 0 },
          unit: "days",
        },
        {
          cells: { lane: names[0]!, event: what.guideProduces, date: guideEnd.date, stated, computed: guideDays },
          unit: "days",
          ...yearInferred(guideEnd),
        },
        factRow(usual, { lane: names[1]!, event: null, date: null, computed: null }),
        ...ruiyi.map(
          (event, k): TableRow => ({
            cells: {
              lane: names[2]!,
              event: [what.ruiyiSigned, what.found, what.rented][k]!,
              date: event.date,
              stated: null,
              computed: daysBetween(signed.date, event.date),
            },
            unit: "days",
            ...yearInferred(event),
          }),
        ),
      ],
    },
  };
};

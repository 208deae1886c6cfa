// Output 2015→2020, one step at a time: the two levels the article gives, the line its stated 23.8% a year
// would draw from the first, the floor of its "over 21%", and the rate the two levels themselves give, 19.6%,
// whose line meets 2020 exactly. Constant-rate lines are the point: an average annual rate is that line, so the
// eye sees where each stated rate would have taken output. The vertical axis widens once a line rises above it.
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { auditDataset, formatComputed, formatStated, type AuditRow } from "../../data/audit.ts";
import { formatCompact, formatDate, formatFact, formatQuantity, formatTick, type Lang } from "../../data/format.ts";
import type { Dataset } from "../../data/load.ts";
import { requireFact } from "../../charts/kit.ts";
import type { Shape, Tone } from "../../charts/model.ts";
import { dot, rule, text } from "../marks.ts";
import type { StepStoryDefinition, StoryState } from "../types.ts";
import { outputWords } from "./texts.ts";

const width = 380;
/** The plot leaves room on the right for the 2020 level's label beside its dot. */
const plot = { left: 56, right: width - 84, top: 30, bottom: 212 };
const legendX = 150;

function auditRow(data: Dataset, id: string): AuditRow {
  const row = auditDataset(data).find((r) => r.claim.id === id);
  if (row?.computed === undefined) throw new Error(`step story "output-rate": no computed rate for "${id}"`);
  return row;
}

function buildOutputStates(data: Dataset, lang: Lang): StoryState[] {
  const [base, level] = [requireFact(data, "output-2015"), requireFact(data, "output-2020")];
  const [rate, floor] = [auditRow(data, "output-annual-rate"), auditRow(data, "output-annual-rate-floor")];
  const [from, to] = [Number(base.period), Number(level.period)];
  const words = outputWords(lang, {
    from: formatDate(String(from), lang),
    to: formatDate(String(to), lang),
    base: formatFact(base, lang),
    level: formatFact(level, lang),
    stated: formatStated(rate, lang),
    floor: formatStated(floor, lang),
    floorRate: formatQuantity(floor.claim.stated, "percent", lang),
    computed: formatComputed(rate, lang, undefined, "prose")!,
  });
  const x = scaleLinear()
    .domain([from, to])
    .range([plot.left + 14, plot.right]);
  const levelAt = (percent: number, year: number) => base.value * (1 + percent / 100) ** (year - from);
  const yFor = (top: number) => scaleLinear().domain([0, top]).nice(5).range([plot.bottom, plot.top]);
  const [short, tall] = [yFor(level.value), yFor(levelAt(rate.claim.stated, to))];

  const grid = (y: typeof short): Shape[] =>
    y.ticks(5).flatMap((tick) => [
      rule(`grid-${tick}`, plot.left, y(tick), plot.right, y(tick)),
      text(`tick-${tick}`, plot.left - 6, y(tick), formatTick(tick, base.unit, lang), {
        anchor: "end",
        baseline: "middle",
        size: 12,
        tone: "muted",
      }),
    ]);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i).map((year) =>
    text(`year-${year}`, x(year), plot.bottom + 8, formatDate(String(year), lang), {
      anchor: "middle",
      baseline: "hanging",
      size: 12,
      tone: "muted",
    }),
  );
  const frame = (y: typeof short) => [
    text("caption", plot.left - 6, 14, words.caption, { size: 12, tone: "muted" }),
    ...grid(y),
    ...years,
  ];
  const levels = (y: typeof short): Shape[] => [
    dot("level-base", x(from), y(base.value)),
    text(
      "level-base-label",
      x(from) + 10,
      y(base.value) + 16,
      formatCompact(base.value, base.unit, lang, { currencyNamed: true }),
      {
        baseline: "middle",
      },
    ),
    dot("level-end", x(to), y(level.value)),
    text(
      "level-end-label",
      x(to) + 10,
      y(level.value),
      formatCompact(level.value, level.unit, lang, { currencyNamed: true }),
      {
        baseline: "middle",
        weight: "bold",
      },
    ),
  ];
  const samples = Array.from({ length: (to - from) * 4 + 1 }, (_, i) => from + i / 4);
  const path = (key: string, percent: number, tone: Tone, dashed = false): Shape => ({
    kind: "path",
    d: line<number>(
      (year) => x(year),
      (year) => tall(levelAt(percent, year)),
    )(samples)!,
    tone,
    width: 2.5,
    dashed,
    key: `path-${key}`,
  });
  /** Below the lines, right of the 2015 label: the corner the lines never reach. It grows downwards, so entries
   *  already shown keep their place. */
  const legend = (entries: Array<[string, string, Tone, boolean]>): Shape[] =>
    entries.flatMap(([key, label, tone, dashed], i) => {
      const y = plot.bottom - 52 + i * 18;
      return [
        rule(`legend-${key}-swatch`, legendX, y, legendX + 20, y, tone, dashed),
        text(`legend-${key}`, legendX + 26, y, label, { baseline: "middle", size: 12 }),
      ];
    });
  const stated: [string, string, Tone, boolean] = ["stated", words.stated, "mark-2", false];
  const floored: [string, string, Tone, boolean] = ["floor", words.floor, "mark-4", true];
  const ours: [string, string, Tone, boolean] = ["computed", words.computed, "mark-1", false];
  const lines = {
    stated: path("stated", rate.claim.stated, "mark-2"),
    floor: path("floor", floor.claim.stated, "mark-4", true),
    computed: path("computed", rate.computed!, "mark-1"),
  };
  const shapes: Shape[][] = [
    [...frame(short), ...levels(short)],
    [...frame(tall), lines.stated, ...levels(tall), ...legend([stated])],
    [...frame(tall), lines.stated, lines.floor, ...levels(tall), ...legend([stated, floored])],
    [...frame(tall), lines.stated, lines.floor, lines.computed, ...levels(tall), ...legend([stated, floored, ours])],
  ];
  return shapes.map((state, i) => ({ shapes: state, description: words.descriptions[i]! }));
}

export const outputRateStory: StepStoryDefinition = {
  id: "output-rate",
  title: { zh: "总产值到底长得多快", en: "How fast output really grew" },
  steps: ["output-levels", "output-23-8-percent", "output-over-21-percent", "output-19-6-percent"],
  size: { width, height: 236 },
  uses: ["output-2015", "output-2020", "output-annual-rate", "output-annual-rate-floor"],
  build: buildOutputStates,
};

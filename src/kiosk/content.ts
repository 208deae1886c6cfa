// What the kiosk shows: an overview of the five years and the four codes, each a short sequence of slides in both
// languages. Figures are fact or claim ids and charts are registry ids, so everything on screen comes from data;
// the build fails on an unknown id. A slide's `key` makes its screen id (`<sequence>-<key>`, permanent: staff and
// tests open screens by it) and its `label` names it in the slide tabs. A story slide shows a step story of the
// chapters (src/stories/registry.ts) as one screen per step, in the states the chapter draws.
import type { Bilingual } from "../charts/types.ts";

export type KioskCodeId = "spirit" | "service" | "harmony" | "acceleration";
export type SequenceId = "overview" | KioskCodeId;

/** One big figure on a figures slide. */
export type Figure =
  /** A fact, with its own label. */
  | { fact: string }
  /** Two levels of one measure, earlier → later, under a label of ours. */
  | { change: [string, string]; label: Bilingual }
  /** A derived figure: the article's, beside ours computed from its levels or dates, and optionally a fact to
   *  hold it against. */
  | { claim: string; against?: string };

interface SlideBase {
  key: string;
  label: Bilingual;
}

export type Slide = SlideBase &
  (
    | { kind: "figures"; heading: Bilingual; figures: Figure[] }
    | { kind: "chart"; id: string }
    /** A step story by its id: a screen per step, tap to advance. */
    | { kind: "story"; id: string }
  );

export interface KioskSequence {
  code: SequenceId;
  /** The chapter whose sections this sequence's QR codes open (the section is found from each slide's content). */
  chapter: string;
  name: Bilingual;
  tagline: Bilingual;
  /** What the start card shows large: a fact with its label, or an item of a list with its gloss. */
  tile: { fact: string } | { listItem: [string, string] };
  slides: Slide[];
}

export type KioskCode = KioskSequence & { code: KioskCodeId };

/** Outcomes first: what came of the five years, before the codes that explain it. */
export const kioskOverview: KioskSequence = {
  code: "overview",
  chapter: "prologue",
  name: { zh: "江华的五年", en: "Five years in Jianghua" },
  tagline: {
    zh: "2015—2020年的项目、产值和速度，及此后半年",
    en: "Projects, output and speed, 2015–2020, and the half-year after",
  },
  tile: { fact: "projects-2015-2020" },
  slides: [
    {
      kind: "figures",
      key: "investment",
      label: { zh: "项目与产值", en: "Projects, output" },
      heading: { zh: "五年里引进的项目和工业产值", en: "Projects brought in and industrial output over five years" },
      figures: [
        { fact: "projects-2015-2020" },
        { fact: "contract-investment-2015-2020" },
        {
          change: ["output-2015", "output-2020"],
          label: {
            zh: "规模工业总产值，2015年→2020年",
            en: "Gross output of firms above the size threshold, 2015 → 2020",
          },
        },
      ],
    },
    {
      kind: "figures",
      key: "rates",
      label: { zh: "增速与天数", en: "Rates, days" },
      heading: { zh: "原文的说法和本站的核算", en: "What the article states and what we compute" },
      figures: [
        { claim: "output-annual-rate" },
        { claim: "guide-signing-to-production", against: "guide-usual-duration" },
      ],
    },
    { kind: "story", key: "output-story", label: { zh: "增速怎么算", en: "Which rate" }, id: "output-rate" },
    { kind: "chart", key: "growth", label: { zh: "四个数字", en: "Four measures" }, id: "growth-2015-2020" },
    { kind: "chart", key: "momentum", label: { zh: "2021年", en: "2021" }, id: "momentum-2021" },
  ],
};

export const kioskCodes: KioskCode[] = [
  {
    code: "spirit",
    chapter: "spirit",
    name: { zh: "精神密码", en: "The spirit code" },
    tagline: { zh: "先相信事情办得成", en: "First, believe it can be done" },
    tile: { fact: "national-honours" },
    slides: [
      { kind: "chart", key: "strategies", label: { zh: "战略", en: "Strategies" }, id: "strategies" },
      {
        kind: "figures",
        key: "honours",
        label: { zh: "荣誉", en: "Honours" },
        heading: { zh: "县里拿到的荣誉", en: "Honours the county has won" },
        figures: [{ fact: "national-honours" }, { fact: "provincial-honours" }],
      },
      { kind: "chart", key: "rankings", label: { zh: "名次", en: "Rank" }, id: "honours-and-rankings" },
    ],
  },
  {
    code: "service",
    chapter: "service",
    name: { zh: "服务密码", en: "The service code" },
    tagline: { zh: "把企业的事当自家的事", en: "Treat a firm's problem as your own" },
    tile: { fact: "factories-secured" },
    slides: [
      { kind: "chart", key: "timeline", label: { zh: "速度", en: "Speed" }, id: "service-timeline" },
      { kind: "story", key: "guide-story", label: { zh: "贵德的天数", en: "Guide's days" }, id: "guide-days" },
      { kind: "chart", key: "factories", label: { zh: "厂房", en: "Factories" }, id: "standard-factories" },
      { kind: "chart", key: "capital", label: { zh: "上市", en: "Listings" }, id: "capital-and-listings" },
      { kind: "chart", key: "chains", label: { zh: "企业带企业", en: "Firms bring firms" }, id: "investment-chains" },
    ],
  },
  {
    code: "harmony",
    chapter: "harmony",
    name: { zh: "和谐密码", en: "The harmony code" },
    tagline: { zh: "让企业来打分", en: "Firms keep the score" },
    tile: { listItem: ["business-climate-checks", "satisfaction-vote"] },
    slides: [
      { kind: "chart", key: "styles", label: { zh: "服务方式", en: "Styles" }, id: "service-styles" },
      { kind: "chart", key: "checks", label: { zh: "三道关", en: "Three checks" }, id: "business-climate-checks" },
    ],
  },
  {
    code: "acceleration",
    chapter: "acceleration",
    name: { zh: "加速密码", en: "The acceleration code" },
    tagline: { zh: "项目上的问题限时解决", en: "Problems on projects get a deadline" },
    tile: { fact: "general-problem-deadline" },
    slides: [
      { kind: "chart", key: "loop", label: { zh: "闭环", en: "The loop" }, id: "problem-loop" },
      {
        kind: "figures",
        key: "deadlines",
        label: { zh: "时限", en: "Deadlines" },
        heading: { zh: "时限、走访与联系项目", en: "Deadlines, visits and key projects" },
        figures: [
          { fact: "general-problem-deadline" },
          { fact: "onsite-visits-per-month" },
          { fact: "key-projects-per-official" },
        ],
      },
      { kind: "chart", key: "pipeline", label: { zh: "项目流程", en: "Pipeline" }, id: "project-pipeline" },
      { kind: "chart", key: "rhythm", label: { zh: "节奏", en: "Rhythm" }, id: "review-rhythm" },
    ],
  },
];

/** Every sequence in the order a visitor meets them on the start screen; the end of one offers the next. */
export const kioskSequences: KioskSequence[] = [kioskOverview, ...kioskCodes];

/** Headline figures for the attract loop, shown one at a time when nobody is using the kiosk. */
export const attractFigures = [
  "projects-2015-2020",
  "output-2020",
  "contract-investment-2015-2020",
  "factories-secured",
  "value-added-growth-h1-2021",
];

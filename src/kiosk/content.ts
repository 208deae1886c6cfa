// What the kiosk shows for each code: a short sequence of key figures and charts, in both languages. Figures are
// fact or claim ids and charts are registry ids, so everything on screen comes from data. Only charts that are
// must be registered: the build fails on an unknown id.
import type { Bilingual } from "../charts/types.ts";

export type KioskCodeId = "spirit" | "service" | "harmony" | "acceleration";

export type Slide =
  | { kind: "figures"; heading: Bilingual; ids: string[] }
  | { kind: "chart"; id: string }
  | { kind: "list"; id: string };

export interface KioskCode {
  code: KioskCodeId;
  /** The chapter this code's QR code leads to, when that chapter is published. */
  chapter: string;
  name: Bilingual;
  tagline: Bilingual;
  /** The figure (fact id) or fixed term printed large on the code's tile. */
  tile: { fact: string } | { term: Bilingual };
  slides: Slide[];
}

export const kioskCodes: KioskCode[] = [
  {
    code: "spirit",
    chapter: "spirit",
    name: { zh: "精神密码", en: "The spirit code" },
    tagline: { zh: "先相信事情办得成", en: "First, believe it can be done" },
    tile: { fact: "national-honours" },
    slides: [
      { kind: "chart", id: "strategies" },
      { kind: "figures", heading: { zh: "县里拿到的荣誉", en: "Honours the county has won" }, ids: ["national-honours", "provincial-honours"] },
      { kind: "chart", id: "honours-and-rankings" },
    ],
  },
  {
    code: "service",
    chapter: "service",
    name: { zh: "服务密码", en: "The service code" },
    tagline: { zh: "把企业的事当自家的事", en: "Treat a firm's problem as your own" },
    tile: { fact: "factories-secured" },
    slides: [
      { kind: "chart", id: "service-timeline" },
      { kind: "chart", id: "standard-factories" },
      { kind: "chart", id: "capital-and-listings" },
      { kind: "chart", id: "investment-chains" },
    ],
  },
  {
    code: "harmony",
    chapter: "harmony",
    name: { zh: "和谐密码", en: "The harmony code" },
    tagline: { zh: "让企业来打分", en: "Firms keep the score" },
    tile: { term: { zh: "“满意不满意”", en: "'Satisfied or not?'" } },
    slides: [
      { kind: "chart", id: "service-styles" },
      { kind: "chart", id: "business-climate-checks" },
    ],
  },
  {
    code: "acceleration",
    chapter: "acceleration",
    name: { zh: "加速密码", en: "The acceleration code" },
    tagline: { zh: "项目上的问题限时解决", en: "Problems on projects get a deadline" },
    tile: { fact: "general-problem-deadline" },
    slides: [
      { kind: "chart", id: "problem-loop" },
      {
        kind: "figures",
        heading: { zh: "时限、走访与联系项目", en: "Deadlines, visits and key projects" },
        ids: ["general-problem-deadline", "onsite-visits-per-month", "key-projects-per-official"],
      },
      { kind: "chart", id: "project-pipeline" },
      { kind: "chart", id: "review-rhythm" },
      { kind: "chart", id: "growth-2015-2020" },
      { kind: "chart", id: "momentum-2021" },
    ],
  },
];

/** Headline figures for the attract loop, shown one at a time when nobody is using the kiosk. */
export const attractFigures = ["output-2020", "scale-enterprises-2020", "contract-investment-2015-2020", "factories-secured", "value-added-growth-h1-2021"];

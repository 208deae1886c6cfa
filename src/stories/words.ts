// The words around a step story on a page: its controls, where the reader is, the link to a step.
import type { Lang } from "../data/format.ts";

export const stepWords = {
  zh: {
    controls: "逐步浏览",
    previous: "上一步",
    next: "下一步",
    /** "第{n}步，共{count}步": read out after the reader moves with the controls. */
    position: "第{n}步，共{count}步",
    link: "本步链接",
  },
  en: {
    controls: "Step through",
    previous: "Previous step",
    next: "Next step",
    position: "Step {n} of {count}",
    link: "Link to this step",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export function stepPositionText(lang: Lang, n: number, count: number): string {
  return stepWords[lang].position.replace("{n}", String(n)).replace("{count}", String(count));
}

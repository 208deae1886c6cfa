// The licence of everything this site makes. Citations are made in src/cite/.
/** The licence of the site's own work; the article's facts are not ours to license, and the line says so. */
export const licence = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  text: {
    zh: "本站的图表和文字以CC BY 4.0许可发布，注明出处即可转载和改编；图表中的事实和原文数字出自上述原文，标明为本站核算或归纳的内容是我们自己的。",
    en: "This site's charts and text are licensed under CC BY 4.0: reuse and adapt them with credit. The facts and the article's figures they show come from the source article; figures and groupings marked as ours are our own.",
  },
} as const;

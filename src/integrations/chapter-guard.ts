// Checks the chapters and the chart ids before Astro renders a page, so `astro build` stops with the chapter file
// and line of a bare figure, of a <Fact> or <Chart> that names nothing, of an English figure followed by its own
// noun again, of a heading anchor or slug that is not a unique ASCII name, and nothing is written. The dev server
// reports the same problems and keeps running, so a draft can be fixed while it is open in the browser.
import type { AstroIntegration } from "astro";
import { chapterFiles } from "../chapters/chapter-files.ts";
import { chapterProblems } from "../chapters/chapter-checks.ts";
import { idProblems } from "../chapters/ids.ts";
import { charts } from "../charts/registry.ts";
import { dataset } from "../data/load.ts";

/** Chart ids that are not kebab-case or are registered twice. */
export function chartIdProblems(ids: readonly string[] = charts.map((chart) => chart.id)): string[] {
  const placed = ids.map((id, i) => ({ id, where: `src/charts/registry.ts: charts[${i}]` }));
  return idProblems(placed, "chart id");
}

export function chapterGuard(): AstroIntegration {
  return {
    name: "jianghua:chapter-guard",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        const files = chapterFiles();
        const ids = charts.map((chart) => chart.id);
        const problems = [...chartIdProblems(ids), ...chapterProblems(files, dataset(), ids)];
        if (problems.length === 0) {
          logger.info(`chapters: ${files.length} files and ${ids.length} chart ids checked`);
          return;
        }
        logger.error(`${problems.length} problem(s) in the chapters or chart ids:\n  ${problems.join("\n  ")}`);
        if (command === "build") {
          throw new Error(
            `Build stopped before writing anything: ${problems.length} problem(s). First: ${problems[0]}`,
          );
        }
      },
    },
  };
}

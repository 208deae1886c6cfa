// Parses every data file before Astro renders a page, so a broken file stops `astro build` (and `astro dev`)
// at once with the file and field named, instead of a stack trace from deep inside a page.
import type { AstroIntegration } from "astro";
import { DataError } from "../data/errors.ts";
import { dataset } from "../data/load.ts";

export function dataGuard(): AstroIntegration {
  return {
    name: "jianghua:data-guard",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        try {
          const data = dataset();
          logger.info(
            `data: ${data.themes.length} themes, ${data.facts.size} facts, ${data.claims.size} claims parsed`,
          );
        } catch (error) {
          if (error instanceof DataError) {
            logger.error(error.message);
            throw new Error(
              `Build stopped: ${error.problems.length} problem(s) in content/data. First: ${error.problems[0]}`,
            );
          }
          throw error;
        }
      },
    },
  };
}

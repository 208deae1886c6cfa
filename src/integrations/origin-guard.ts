// Decides at the start of a build what its public origin is (src/site/origin.ts): a release build stops at once
// when the origin cannot be published; a preview build says so once, in one warning. The update date the
// citations give (src/site/updated.ts) is read here too, so a bad setting stops the build before any page.
import type { AstroIntegration } from "astro";
import { isRelease, previewWarning, releaseProblem, siteOrigin } from "../site/origin.ts";
import { siteUpdated } from "../site/updated.ts";

export function originGuard(): AstroIntegration {
  return {
    name: "jianghua:origin",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const problem = isRelease() ? releaseProblem(siteOrigin()) : undefined;
        if (problem) throw new Error(problem);
        const warning = previewWarning(siteOrigin());
        if (warning) logger.warn(warning);
        else logger.info(`public origin ${siteOrigin().url.origin} (from ${siteOrigin().from})`);
        const from = process.env.SOURCE_DATE_EPOCH ? "SOURCE_DATE_EPOCH" : "site.config.json";
        logger.info(`updated ${siteUpdated()} (from ${from})`);
      },
    },
  };
}

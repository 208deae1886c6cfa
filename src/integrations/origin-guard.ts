// Decides at the start of a build what its public origin is (src/site/origin.ts): a release build stops at once
// when the origin cannot be published; a preview build says so once, in one warning.
import type { AstroIntegration } from "astro";
import { isRelease, previewWarning, releaseProblem, siteOrigin } from "../site/origin.ts";

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
      },
    },
  };
}

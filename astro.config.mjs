// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { dataGuard } from "./src/integrations/data-guard.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { sitemap } from "./src/integrations/sitemap.ts";
import { kioskWorker } from "./src/integrations/kiosk-worker.ts";
import { headingIds } from "./src/markdown/heading-ids.ts";
import { originGuard } from "./src/integrations/origin-guard.ts";
import { hostFiles } from "./src/integrations/host-files.ts";
import { siteOrigin } from "./src/site/origin.ts";
import { paletteCss } from "./src/integrations/palette-css.ts";

// Every absolute URL is built from the one public origin (src/site/origin.ts: SITE, else site.config.json).
const site = siteOrigin().url.origin;

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [originGuard(), dataGuard(), mdx(), sitemap(), hostFiles(), kioskWorker()],
  markdown: { processor: satteri({ mdastPlugins: [headingIds] }) },
  devToolbar: { enabled: false },
  vite: { plugins: [paletteCss()] },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});

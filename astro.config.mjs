// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { dataGuard } from "./src/integrations/data-guard.ts";
import { chapterGuard } from "./src/integrations/chapter-guard.ts";
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import { sitemapOptions } from "./src/site/sitemap-options.ts";
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
  // The guards run first, at astro:config:setup: bad data or a bad chapter stops the build before anything is written.
  integrations: [
    originGuard(),
    dataGuard(),
    chapterGuard(),
    mdx(),
    sitemap(sitemapOptions),
    hostFiles(),
    kioskWorker(),
  ],
  // No chapter has code to highlight, and Shiki's inline styles would clash with the CSP: highlighting is off.
  markdown: { processor: satteri({ mdastPlugins: [headingIds] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [paletteCss()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX chapter with the directive "use astro:head-inject", and Rolldown warns, once per
        // chapter, that it may not keep it (withastro/astro#18087): a dozen alarming lines in every build, about
        // nothing the site relies on. Only that warning is dropped; every other one is printed.
        onwarn(warning, print) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
          print(warning);
        },
      },
    },
  },
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

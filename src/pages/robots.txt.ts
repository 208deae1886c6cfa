import type { APIRoute } from "astro";
import { absoluteUrl } from "../site/origin.ts";
import { sitemapIndexPath } from "../site/sitemap-options.ts";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /kiosk/\n\nSitemap: ${absoluteUrl(sitemapIndexPath)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

// The local server under a bounded load (15 s, 50 connections, a chapter and an embed, compressed) with the site
// rebuilt and swapped in halfway: not one error, not one 404 for pages that exist before and after.
import { expect, inject, it } from "vitest";
import { loadWithRebuild } from "../../bench/serve-load.ts";

it("answers every request during a rebuild under load", async () => {
  const port = Number(process.env.TEST_PORT ?? 4399) + 1;
  const result = await loadWithRebuild({
    site: inject("distDir"),
    paths: ["/service/", "/embed/growth-2015-2020/"],
    seconds: 15,
    connections: 50,
    port,
  });
  expect(result.rebuiltAt).toBeGreaterThan(0);
  expect(result.requests).toBeGreaterThan(500);
  expect({ errors: result.errors, non2xx: result.non2xx, statuses: Object.keys(result.statuses) }).toEqual({
    errors: 0,
    non2xx: 0,
    statuses: ["200"],
  });
}, 60_000);

// Every internal link and fragment of the built site resolves, and the crawl reaches every page that was built.
import { readdirSync } from "node:fs";
import { LinkChecker } from "linkinator";
import { expect, inject, it } from "vitest";

it("has no broken link or fragment, and every built page is linked from somewhere", async () => {
  const origin = inject("origin");
  const result = await new LinkChecker().check({
    path: `${origin}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links.filter((link) => link.state === "BROKEN");
  expect(broken.map((link) => `${link.status} ${link.url} (on ${link.parent})`)).toEqual([]);

  const reached = new Set(result.links.filter((link) => link.state === "OK").map((link) => new URL(link.url).pathname));
  const built = (readdirSync(inject("distDir"), { recursive: true }) as string[])
    // The kiosk runs on a hall's screen, started by staff at its URL; the public site does not send readers there.
    .filter((file) => file.endsWith("index.html") && !/^(en\/)?404\/|^kiosk\//.test(file))
    .map((file) => `/${file.replace(/index\.html$/, "")}`);
  expect(built.filter((path) => !reached.has(path))).toEqual([]);
}, 120_000);

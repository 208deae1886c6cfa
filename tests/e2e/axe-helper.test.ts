// The axe helper every accessibility test relies on (tests/support/axe.ts), on a real built page with its CSP:
// it must find a violation put there on purpose, name the element, and keep to the part and the rules it is given.
import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const browser = sharedBrowser();
const origin = inject("origin");

describe("the axe helper", () => {
  it("finds a violation on a built page, named by page, rule and element, within the part and rules asked for", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.goto(`${origin}/methods/`);
    expect(await axeViolations(page, "/methods/")).toEqual([]);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.id = "probe-without-alt";
      image.src = "/favicon.svg";
      document.querySelector("main")!.append(image);
    });
    expect(await axeViolations(page, "/methods/")).toEqual(["/methods/ image-alt: #probe-without-alt"]);
    // Outside the part asked for, or not among the rules asked for, it is not reported.
    expect(await axeViolations(page, "/methods/", { include: "header" })).toEqual([]);
    expect(await axeViolations(page, "/methods/", { rules: ["color-contrast"] })).toEqual([]);
    // A page loaded afresh has lost axe, and gets it again.
    await page.reload();
    expect(await axeViolations(page, "/methods/", { rules: ["image-alt"] })).toEqual([]);
    await context.close();
  });
});

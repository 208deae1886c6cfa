// Citations in Chromium as a journalist uses them: the page dates the chart's citation with the reader's day
// (GB/T 7714's date of citing, BibTeX's and RIS's access date), the copy button copies what is shown, and
// without script the citation shows without that date and the page says what the date is.
import { describe, expect, inject, it } from "vitest";
import { chartIds } from "../../src/charts/registry.ts";
import { sharedBrowser, watchedPage } from "../support/browser.ts";

const origin = inject("origin");
const site = inject("publicOrigin");
const id = chartIds[0]!;
const readerDay = new Date(2027, 2, 5, 10, 0, 0);

const browser = sharedBrowser();

describe("a chart page's citation", () => {
  it("gives the reader's day as the date of citing, and copies it", async () => {
    const { page, context, consoleErrors } = await watchedPage(browser, [origin]);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.clock.setFixedTime(readerDay);
    await page.goto(`${origin}/charts/${id}/`);
    const gbt = page.locator("#cite-site-gbt");
    await expect
      .poll(() => gbt.innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`\\(\\d{4}-\\d{2}-\\d{2}\\)\\[2027-03-05\\]\\. ${site}/charts/${id}/\\.$`));
    expect(await page.locator("#cite-site-bibtex").textContent()).toContain("accessed 2027-03-05");
    expect(await page.locator("#cite-site-ris").textContent()).toContain("  - 2027/3/5/");
    expect(await page.locator(".cite-accessed").innerText()).toBe(
      "引用日期已按今天（2027-03-05）填入；如果您是在另一天查阅的，请改成那一天。",
    );

    await page.locator('button[data-copy="cite-site-gbt"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 })
      .toBe(await gbt.textContent());
    await page.locator('button[data-copy="cite-article-gbt"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^杨永玲, 彭晖, 罗志平, 等\. .*\[N\]\. \[出版者不详\], \[2021-07\]\.$/,
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("in English, dates BibTeX and RIS and leaves APA as the style writes a dated page", async () => {
    const { page, context } = await watchedPage(browser, [origin]);
    await page.clock.setFixedTime(readerDay);
    await page.goto(`${origin}/en/charts/${id}/`);
    await expect
      .poll(() => page.locator("#cite-site-bibtex").textContent(), { timeout: 15_000 })
      .toContain("accessed 2027-03-05");
    expect(await page.locator("#cite-site-apa").innerText()).toMatch(
      new RegExp(`^The Jianghua Codes\\. \\(\\d{4}, \\w+ \\d{1,2}\\)\\. .+ \\[Chart\\]\\. ${site}/en/charts/${id}/$`),
    );
    expect(await page.locator(".cite-accessed").innerText()).toContain("give today's date (2027-03-05)");
    await context.close();
  });

  it("without script, shows the citation without a date of citing and says what that date is", async () => {
    const { page, context } = await watchedPage(browser, [origin], { javaScriptEnabled: false });
    await page.goto(`${origin}/charts/${id}/`);
    expect(await page.locator("#cite-site-gbt").innerText()).toMatch(
      new RegExp(`\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\. ${site}/charts/${id}/\\.$`),
    );
    expect(await page.locator("#cite-site-bibtex").textContent()).not.toContain("accessed");
    const note = await page.locator(".cite-accessed").innerText();
    expect(note).toContain("即您查阅本页的日期（年-月-日）");
    expect(note).toContain("脚本没有运行时，以上条目不含引用日期，请自行补上");
    await context.close();
  });
});

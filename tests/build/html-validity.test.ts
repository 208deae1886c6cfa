// Every built page is valid HTML by html-validate with the project's .htmlvalidate.mjs: malformed markup is
// repaired differently by each browser and breaks assistive technology first.
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../support/built-pages.ts";

const dist = inject("distDir");
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("HTML validity", () => {
  it.each(builtPages(dist).map((page) => [page.path, page.file] as const))("%s is valid HTML", async (_, file) => {
    const report = await validator.validateFile(join(dist, file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});

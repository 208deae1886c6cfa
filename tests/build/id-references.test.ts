// Every built page: each aria-labelledby, aria-describedby (and the like) names an element the page has, and no id
// is carried twice, so every landmark, chart and dialog that is named in the markup really has its name.
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "../support/built-pages.ts";
import { idReferenceProblems } from "../support/id-references.ts";

const dist = inject("distDir");

describe("ids referred to on each page", () => {
  it.each(builtPages(dist).map((page) => [page.path, page] as const))("%s names only ids it has", (_, page) => {
    expect(idReferenceProblems(readPage(dist, page))).toEqual([]);
  });
});

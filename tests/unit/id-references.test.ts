import { describe, expect, it } from "vitest";
import { idReferenceProblems } from "../support/id-references.ts";

describe("references to ids within a page", () => {
  it("passes names and descriptions that point at elements of the page", () => {
    const html =
      '<nav aria-labelledby="t"><h2 id="t">目录</h2></nav>' +
      '<svg aria-labelledby="a b"><title id="a">x</title><desc id="b">y</desc></svg>';
    expect(idReferenceProblems(html)).toEqual([]);
  });

  it("names each reference to an id the page lacks, and each id used twice", () => {
    const html =
      '<section aria-labelledby="gone"></section><label for="field">名</label>' +
      '<svg aria-labelledby="a a-desc"><title id="a">x</title></svg><p id="a"></p>';
    expect(idReferenceProblems(html)).toEqual([
      "section[aria-labelledby] → #gone: no element has this id",
      "label[for] → #field: no element has this id",
      "svg[aria-labelledby] → #a-desc: no element has this id",
      "#a: 2 elements have this id",
    ]);
  });
});

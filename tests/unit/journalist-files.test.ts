// The pure pieces of the journalist kit: CSV quoting, and the embed code's shape and height rules.
import { describe, expect, it } from "vitest";
import { chartIds, chartDefinition } from "../../src/charts/registry.ts";
import { tableCsv } from "../../src/downloads/csv.ts";
import { embedHeight, embedSnippet, embedSnippetWithListener, narrowBelow } from "../../src/embed/embed-code.ts";
import { loadDataset } from "../../src/data/load.ts";

const data = loadDataset();
const site = new URL("https://example.org");

describe("the CSV of a table", () => {
  const table = {
    columns: [{ key: "name", label: "名称" }, { key: "value", label: "Value, in 亿元", numeric: true }],
    rows: [{ name: 'a "quoted" name', value: "1,234" }, { name: "plain", value: "5" }],
  };
  const csv = tableCsv(table);

  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF名称,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("quotes fields holding commas or quotes, doubling the quotes", () => {
    expect(csv).toContain('"Value, in 亿元"');
    expect(csv).toContain('"a ""quoted"" name","1,234"');
    expect(csv).toContain("\r\nplain,5\r\n");
  });
});

describe.each(chartIds)("the embed code of %s", (id) => {
  const snippet = embedSnippet(id, "zh", site, data);

  it("is an iframe with a title, lazy loading and a referrer policy, pointing at the embed", () => {
    expect(snippet).toContain(`<iframe src="https://example.org/embed/${id}/" title="图表：${chartDefinition(id).title.zh}`);
    expect(snippet).toMatch(/loading="lazy" referrerpolicy="strict-origin-when-cross-origin"/);
    expect(embedSnippet(id, "en", site, data)).toContain(`src="https://example.org/en/embed/${id}/"`);
  });

  it("sizes by the aspect ratio of the wide layout, and of the narrow one below the breakpoint", () => {
    const { wide, narrow } = chartDefinition(id).size;
    const w = embedHeight(id, "zh", "wide", data);
    const n = embedHeight(id, "zh", "narrow", data);
    expect(w.percent).toBeCloseTo((wide.height / wide.width) * 100, 1);
    expect(n.percent).toBeCloseTo((narrow.height / narrow.width) * 100, 1);
    expect(snippet).toContain(`padding-bottom:calc(${w.percent}% + ${w.extra}px)`);
    expect(snippet).toContain(`@media (max-width:${narrowBelow - 1}px){.jianghua-embed-${id}{padding-bottom:calc(${n.percent}% + ${n.extra}px)}}`);
  });

  it("adds a listener that checks the message's window and origin and never navigates", () => {
    const withListener = embedSnippetWithListener(id, "zh", site, data);
    expect(withListener.startsWith(snippet)).toBe(true);
    expect(withListener).toContain('event.source!==frame.contentWindow||event.origin!=="https://example.org"');
    expect(withListener).not.toMatch(/location|innerHTML|eval|open\(/);
  });
});

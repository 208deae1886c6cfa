import { describe, expect, it } from "vitest";
import { unmarkedChinese } from "../support/unmarked-chinese.ts";

const page = (body: string, head = "<title>The Jianghua Codes</title>") =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe("finding unmarked Chinese on an English page", () => {
  it("finds Chinese text, and Chinese punctuation in English text", () => {
    expect(unmarkedChinese(page("<p>Output of 江华</p><p>September 2016　A notice｜B</p>"))).toEqual([
      "p: Output of 江华",
      "p: September 2016　A notice｜B",
    ]);
  });

  it("finds Chinese in the title, in alternative texts and in meta descriptions", () => {
    const html = page(
      '<img src="/a.png" alt="分享卡片">',
      '<title>The Jianghua Codes · 江华密码</title><meta name="description" content="江华">',
    );
    expect(unmarkedChinese(html)).toEqual([
      "title: The Jianghua Codes · 江华密码",
      "meta[content]: 江华",
      "img[alt]: 分享卡片",
    ]);
  });

  it("allows Chinese inside an element marked zh-Hans, down to its descendants, and in SVG marked with xml:lang", () => {
    const html = page(
      '<p>The article <cite lang="zh-Hans">为有<b>源头</b>活水来</cite>.</p><a lang="zh-Hans" aria-label="阅读本页中文版">中文</a><svg><text xml:lang="zh-Hans">母亲式</text></svg>',
    );
    expect(unmarkedChinese(html)).toEqual([]);
  });

  it("finds Chinese in English nested inside a Chinese element", () => {
    expect(unmarkedChinese(page('<div lang="zh-Hans">中文<p lang="en">An English 句子</p></div>'))).toEqual([
      "p: An English 句子",
    ]);
  });

  it("ignores scripts, styles and addresses", () => {
    const html = page(
      '<script>const label = "中文";</script><style>.a::after { content: "：" }</style><a href="/搜索/">Search</a>',
    );
    expect(unmarkedChinese(html)).toEqual([]);
  });
});

// Chinese that an English page shows or reads out without saying it is Chinese. An element marked
// lang="zh-Hans" (the article's title in a citation, a Chinese term beside its explanation, the "中文" of the
// language switch) and everything inside it may be Chinese; any other text or attribute may not, since a screen
// reader would read it with an English voice. Script and style contents are code, not text.
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];

/** Han characters, CJK punctuation (、。《》) and full-width forms (，：（）｜). */
export const chineseScript = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Attributes that carry machine values, never text for a reader. */
const codeAttributes = new Set(["hreflang", "href", "src", "class", "id", "d", "data-fact", "value"]);

/** Each piece of unmarked Chinese, as "element: text" or "element[attribute]: text". */
export function unmarkedChinese(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node, lang: string, parent: string) => {
    let name = parent;
    if ("tagName" in node) {
      name = node.tagName;
      const own = node.attrs.find((a) => a.name === "lang" && (!a.prefix || a.prefix === "xml"));
      if (own) lang = own.value;
      if (name === "script" || name === "style") return;
      if (!lang.startsWith("zh")) {
        for (const attribute of node.attrs) {
          if (!codeAttributes.has(attribute.name) && chineseScript.test(attribute.value))
            found.push(`${name}[${attribute.name}]: ${attribute.value}`);
        }
      }
    }
    if (node.nodeName === "#text" && "value" in node && !lang.startsWith("zh") && chineseScript.test(node.value)) {
      found.push(`${parent}: ${node.value.trim()}`);
    }
    if ("tagName" in node && node.tagName === "template")
      visit((node as DefaultTreeAdapterMap["template"]).content, lang, name);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child, lang, name);
  };
  visit(parse(html), "", "document");
  return found;
}

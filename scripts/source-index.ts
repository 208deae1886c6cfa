// Writes content/data/source-index.json from the article: numbers per non-empty line, no text.
// Usage: node scripts/source-index.ts [path/to/article.txt]
import { readFileSync, writeFileSync } from "node:fs";
import { indexArticle } from "../src/data/source-index.ts";

const articlePath = process.argv[2] ?? process.env.ARTICLE_PATH ?? "../shared/source/jianghua-article.txt";
const index = indexArticle(readFileSync(articlePath, "utf8"));
const body = index.lines.map((line) => `    ${JSON.stringify(line)}`).join(",\n");
writeFileSync("content/data/source-index.json", `{\n  "lines": [\n${body}\n  ]\n}\n`);
console.log(`source-index: ${index.lines.length} lines indexed from ${articlePath}`);

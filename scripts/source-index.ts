// Writes content/data/source-index.json from the article: for each non-empty line, the numbers it prints in order
// and the unit or measure word after each; no other text. Usage: node scripts/source-index.ts [path/to/article.txt]
import { readFileSync, writeFileSync } from "node:fs";
import { indexArticle, serializeIndex } from "../src/data/source-index.ts";

const articlePath = process.argv[2] ?? process.env.ARTICLE_PATH ?? "../shared/source/jianghua-article.txt";
const index = indexArticle(readFileSync(articlePath, "utf8"));
writeFileSync("content/data/source-index.json", serializeIndex(index));
const numbers = index.lines.reduce((sum, line) => sum + line.numbers.length, 0);
console.log(`source-index: ${index.lines.length} lines, ${numbers} numbers indexed from ${articlePath}`);

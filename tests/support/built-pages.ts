// Every HTML page of a build, found in the output rather than listed by hand, so that each quality gate covers
// a page the moment it is built: all **/index.html plus the root 404.html.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface BuiltPage {
  /** Path of the file inside the build folder, e.g. "en/methods/index.html". */
  file: string;
  /** URL path the server answers it at, e.g. "/en/methods/" or "/404.html". */
  path: string;
  lang: "zh" | "en";
}

export function builtPages(distDir: string): BuiltPage[] {
  const files = (readdirSync(distDir, { recursive: true }) as string[])
    .map((file) => file.split("\\").join("/"))
    .filter((file) => file === "404.html" || file === "index.html" || file.endsWith("/index.html"))
    .sort();
  if (files.length === 0) throw new Error(`No HTML page found in ${distDir}: was the site built?`);
  return files.map((file) => {
    const path = file === "404.html" ? "/404.html" : `/${file.replace(/index\.html$/, "")}`;
    return { file, path, lang: path.startsWith("/en/") ? "en" : "zh" };
  });
}

export function readPage(distDir: string, page: BuiltPage): string {
  return readFileSync(join(distDir, page.file), "utf8");
}

// A release build names only its public origin: no local address in any text file or in what any QR code
// says, and every absolute address on the public origin is a file the build wrote (what a link checker cannot
// follow offline, this does).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { decodeQrPng, decodeQrSvg, qrSvgs } from "../support/qr.ts";

const dist = inject("distDir");
const publicOrigin = inject("publicOrigin");
const files = (readdirSync(dist, { recursive: true }) as string[]).filter(
  (file) => existsSync(join(dist, file)) && extname(file),
);
const textFile = /\.(html|xml|txt|json|csv|svg|js|css|webmanifest|bib|ris)$/;
const textFiles = files.filter((file) => textFile.test(file) || file === "_headers");
const localAddress = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/;

describe("a release build", () => {
  it("writes no local address into any text file", () => {
    expect(textFiles.length).toBeGreaterThan(150);
    const found = textFiles.filter((file) => localAddress.test(readFileSync(join(dist, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("puts only public addresses into its QR codes, in pages and in images", () => {
    const codes = files.flatMap((file) => {
      if (file.endsWith(".html"))
        return qrSvgs(readFileSync(join(dist, file), "utf8")).map((svg) => ({ file, text: decodeQrSvg(svg) }));
      if (/^(en\/)?share\//.test(file) && file.endsWith(".png")) return [{ file, text: decodeQrPng(join(dist, file)) }];
      return [];
    });
    expect(codes.length).toBeGreaterThan(0);
    const bad = codes.filter(({ text }) => !text?.startsWith(`${publicOrigin}/`) || localAddress.test(text));
    expect(bad).toEqual([]);
  });

  it("gives absolute addresses on its public origin only for files it wrote", () => {
    const pattern = new RegExp(`${publicOrigin.replace(/[.]/g, "\\.")}(/[^"'<>\\s\\\\)&{}]*)`, "g");
    const missing = new Set<string>();
    for (const file of textFiles) {
      for (const [, path] of readFileSync(join(dist, file), "utf8").matchAll(pattern)) {
        const clean = decodeURI(path!.replace(/[?#].*$/, ""));
        const target = join(dist, clean);
        if (!existsSync(clean.endsWith("/") ? join(target, "index.html") : target))
          missing.add(`${clean} (in ${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

// A build does not depend on the clock: the suite's build is compared with one made in a copy of the project on
// another day's SOURCE_DATE_EPOCH. Every file is the same byte for byte, except where the one date a build is
// told (the site's update date, in citations) is written, in each form a citation format writes it. The build
// also leaves nothing in its temporary folder but Node's compile cache: no cut fonts behind.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { monthsEn } from "../../src/data/format.ts";
import { resolveUpdated } from "../../src/site/updated.ts";
import { projectCopy } from "../support/project-copy.ts";

const dist = inject("distDir");
const project = projectCopy();
afterAll(() => project.remove());

const otherDay = Date.UTC(2031, 5, 15, 13, 45) / 1000;

/** The date `day` (YYYY-MM-DD) replaced in every form the citations write it: GB/T and BibTeX notes, RIS, APA,
 *  BibTeX's year and month, and CSL-JSON's date parts. */
/** The kiosk's build id and its worker's file revisions are hashes of the files, the dated ones included. */
const unhashed = (file: string, text: string) =>
  file.startsWith("kiosk/") ? text.replace(/\b[0-9a-f]{12}(?:[0-9a-f]{4})?\b/g, "⟨hash⟩") : text;

function undated(text: string, day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const iso = day;
  return text
    .replaceAll(iso, "⟨day⟩")
    .replaceAll(`${y}/${m}/${d}/`, "⟨day⟩")
    .replaceAll(`${y}, ${monthsEn[m - 1]} ${d}`, "⟨day⟩")
    .replaceAll(`year = {${y}}`, "year = {⟨year⟩}")
    .replaceAll(`month = {${monthsEn[m - 1]!.slice(0, 3).toLowerCase()} ${d}}`, "month = {⟨month day⟩}")
    .replaceAll(`PY  - ${y}`, "PY  - ⟨year⟩")
    .replace(new RegExp(`\\[\\s*${y},\\s*${m},\\s*${d}\\s*\\]`, "g"), "[⟨day⟩]");
}

const files = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe("two builds on different days", () => {
  it("differ only in the stated update date, and leave no temporary files", () => {
    const tmp = join(project.dir, "tmp");
    mkdirSync(tmp);
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !["SITE", "RELEASE", "PORT"].includes(name)),
    );
    const env = { ...clean, SITE: inject("publicOrigin"), SOURCE_DATE_EPOCH: String(otherDay), TMPDIR: tmp };
    const run = spawnSync(process.execPath, ["scripts/build.ts", "--release", "--out", "dist-other"], {
      cwd: project.dir,
      env: { ...env, PATH: `${join(project.dir, "node_modules", ".bin")}:${process.env.PATH}` },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // Node keeps its compile cache there on purpose (astro turns it on); nothing else may stay.
    expect(readdirSync(tmp).filter((name) => name !== "node-compile-cache")).toEqual([]);

    const other = join(project.dir, "dist-other");
    const [ours, theirs] = [resolveUpdated(process.env), resolveUpdated({ SOURCE_DATE_EPOCH: String(otherDay) })];
    expect(theirs).toBe("2031-06-15");
    expect(files(other)).toEqual(files(dist));
    const dated: string[] = [];
    const different: string[] = [];
    for (const file of files(dist)) {
      const [a, b] = [readFileSync(join(dist, file)), readFileSync(join(other, file))];
      if (a.equals(b)) continue;
      dated.push(file);
      const [textA, textB] = [unhashed(file, a.toString("utf8")), unhashed(file, b.toString("utf8"))];
      if (undated(textA, ours) !== undated(textB, theirs)) different.push(file);
    }
    expect(different).toEqual([]);
    expect(dated).toEqual(
      expect.arrayContaining(["methods/index.html", "cite/site.bib", "en/charts/audit/audit.json"]),
    );
  }, 900_000);
});

// Dates the citations of online resources with the reader's day: GB/T 7714 (and BibTeX, RIS) record the day a
// resource was consulted, which only the reader's browser knows. Without script the page shows the citations
// without that date and says so.
import { fillAccessed, isoDate } from "../cite/accessed.ts";

const today = new Date();
for (const code of document.querySelectorAll<HTMLElement>("code[data-dated]")) {
  code.textContent = fillAccessed(code.dataset.dated ?? "", today);
}
for (const note of document.querySelectorAll<HTMLElement>("[data-accessed-note]")) {
  note.textContent = (note.dataset.accessedNote ?? "").replace("{date}", isoDate(today));
}

// The header's chapter menu is a <details> element and works without this script; here it also closes on
// Escape (focus returns to its summary) and on a tap or click anywhere outside it, as readers expect of a menu.
for (const menu of document.querySelectorAll<HTMLDetailsElement>("details.chapter-menu")) {
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
  document.addEventListener("pointerdown", (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}

export {};

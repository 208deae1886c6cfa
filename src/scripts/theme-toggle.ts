// The toggle flips between light and dark and remembers the choice; with no choice stored the page follows
// prefers-color-scheme. The button is hidden until this script runs, so it never appears without JS.
function currentTheme(): "light" | "dark" {
  const set = document.documentElement.dataset.theme;
  if (set === "light" || set === "dark") return set;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button.theme-toggle")) {
  button.hidden = false;
  button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  button.addEventListener("click", () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    button.setAttribute("aria-pressed", String(next === "dark"));
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Private modes may refuse storage: the choice then lasts for this page only.
    }
  });
}

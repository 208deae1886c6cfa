// Copy buttons of code snippets: the Clipboard API first; where it is missing or refused (an http origin, a
// denied permission), the snippet's text is selected so the reader can copy it by hand.
function selectText(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button.copy-code")) {
  const code = document.getElementById(button.dataset.copy ?? "");
  const status = button.parentElement?.querySelector(".copy-status");
  if (!code || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      status.textContent = button.dataset.copied ?? "";
    } catch {
      selectText(code);
      status.textContent = button.dataset.selected ?? "";
    }
  });
}

// The language switch links to the same page in the other language, which works without JS. Headings and charts
// carry the same ids in both languages, so the reader's place, the #fragment, is added to the link when it is
// followed (and kept up to date, so that copying or opening the link in a new tab keeps it too).
for (const link of document.querySelectorAll<HTMLAnchorElement>("a.lang-switch")) {
  const carryFragment = () => {
    link.hash = location.hash;
  };
  carryFragment();
  addEventListener("hashchange", carryFragment);
  link.addEventListener("click", carryFragment);
}

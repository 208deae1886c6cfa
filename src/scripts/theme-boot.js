(function () {
  // Before the first paint: step stories lay themselves out for their script from the start (styles/steps.css).
  document.documentElement.classList.add("js");
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch (e) {}
})();

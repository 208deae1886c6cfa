// Runs in the head of every chart embed, before it is painted. ?lang=zh|en moves to the embed of that language
// (other parameters kept); ?theme=light|dark|auto sets the theme (light without one). Any other value is
// ignored, and nothing read from the address is ever written into the page.
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var lang = params.get("lang");
  var twin = root.getAttribute("data-embed-twin");
  if ((lang === "zh" || lang === "en") && lang !== root.getAttribute("data-embed-lang") && twin) {
    params.delete("lang");
    var query = params.toString();
    location.replace(twin + (query ? "?" + query : ""));
    return;
  }
  var theme = params.get("theme");
  if (theme === "dark") root.setAttribute("data-theme", "dark");
  else if (theme === "auto") root.removeAttribute("data-theme");
})();

// The header's search box: "/" puts the cursor in it from anywhere on a page, except while typing in a field.
(function () {
  "use strict";
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    const box = document.getElementById("search");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();

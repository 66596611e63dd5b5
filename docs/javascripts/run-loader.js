/* Run and Edit, the part every page loads: one listener that imports run-and-edit.js on the
   reader's first press of a Run or Edit button (the buttons are in the HTML from the build,
   nn11site/render/marks.py). Nothing else is fetched before that press, and the interpreter
   only on the first Run. */
(function () {
  "use strict";
  var here = document.currentScript.src;
  var loading = null;
  document.addEventListener("click", function (event) {
    var pressed = event.target.closest && event.target.closest("[data-run-action]");
    if (!pressed) return;
    loading = loading || import(new URL("run-and-edit.js", here).href);
    loading.then(function (module) {
      module.act(pressed);
    });
  });
})();

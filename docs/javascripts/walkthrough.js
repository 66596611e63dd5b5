/* nn11: the walkthrough's reading aids. Everything here is an enhancement: without it the
   page already shows every line and every word, and the line numbers are plain links.

   - The lines that the section being read explains are marked in the listing, so the reader
     never has to count lines; on a narrow screen, where the listing is far above, a bar at
     the top repeats the line instead.
   - A whole listing line is a click target, not only its small number.
   - Pointing at (or tabbing to) a link to a line, or an excerpt, marks those lines too, so
     the reader sees them in context before deciding to jump. */
(function () {
  "use strict";

  // the same breakpoint as nn11.css: from here up the listing sits beside the prose
  var SIDE_BY_SIDE = window.matchMedia("(min-width: 60em)");
  var REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");
  // a section becomes current when its heading passes this fraction of the viewport height:
  // far enough down that a heading jumped to (which lands just under the header) counts
  var READING_LINE = 0.4;

  var stopPrevious = [];

  function lineNumber(text) {
    var n = parseInt(text, 10);
    return isNaN(n) ? null : n;
  }

  // Where an in-page link points: its fragment, or null for a link to another page. (Material
  // makes every href absolute when it mounts a page, so the attribute alone will not do.)
  function fragment(link) {
    if (!link || !link.hash || link.pathname !== location.pathname || link.origin !== location.origin) return null;
    return link.hash;
  }

  function excerptLines(excerpt) {
    return Array.prototype.map.call(excerpt.querySelectorAll(".linenos .normal"), function (el) {
      return lineNumber(el.textContent);
    });
  }

  function setUp(walkthrough) {
    var listing = walkthrough.querySelector(".walkthrough__code [data-listing]");
    var prose = walkthrough.querySelector(".walkthrough__prose");
    var code = listing && listing.querySelector("td.code code");
    if (!code || !prose) return;
    var name = listing.getAttribute("data-listing");
    var scroller = listing.closest(".walkthrough__code");

    // line N -> its code span, its number, and the link to its section (if it has one)
    var lines = {};
    var numbers = [];
    listing.querySelectorAll("td.code code > span[id^='" + name + "-']").forEach(function (span) {
      var n = lineNumber(span.id.slice(name.length + 1));
      if (n !== null) {
        lines[n] = { code: span };
        numbers.push(n);
      }
    });
    if (!numbers.length) return;
    var first = numbers[0];
    var last = numbers[numbers.length - 1];
    listing.querySelectorAll(".linenos .normal").forEach(function (number) {
      var n = lineNumber(number.textContent);
      if (n === null || !lines[n]) return;
      lines[n].number = number;
      var link = number.querySelector("a[href]");
      if (link && /^#line-\d+$/.test(fragment(link))) {
        lines[n].link = link;
        lines[n].code.classList.add("has-section");
        lines[n].code.title = link.title;
      }
    });

    // Section boundaries, in page order: every h2 starts a section (line or not), and an h3
    // such as line-36a belongs to its line. Headings are the boundaries because the pages
    // are Markdown: a section is everything from one heading to the next. A section marks
    // the lines its excerpt shows (lines 4 to 7 for the function that line 4 starts).
    var headings = [];
    prose.querySelectorAll("h2[id], h3[id^='line-']").forEach(function (h) {
      var m = /^line-(\d+)/.exec(h.id);
      var n = m ? lineNumber(m[1]) : null;
      var range = n === null ? [] : [n];
      for (var el = h.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) {
        if (n !== null && el.matches("[data-excerpt='" + name + "']")) {
          range = excerptLines(el);
          if (range.indexOf(n) < 0) range = [n];
          break;
        }
      }
      headings.push({ el: h, line: n, range: range });
    });

    var bar = document.createElement("div");
    bar.className = "walkthrough__now";
    bar.hidden = true;
    // a visual echo of the heading and excerpt just read: screen readers have those already
    bar.setAttribute("aria-hidden", "true");
    walkthrough.appendChild(bar);

    var current = null; // the heading entry being read
    var previewed = []; // lines a link or excerpt under the pointer or focus points at
    var hovered = null; // the line under the pointer, if it has a section

    // Marked lines are drawn as bands in the background of the code block, computed from
    // the line height. Styling the line spans as blocks would be simpler, but block boxes
    // add a newline of their own to every line when the reader selects and copies the code,
    // so the listing is never re-laid out: only painted.
    //
    // Layout is read only where the browser has just done it (in the observers' callbacks)
    // and kept: reading it after a change forces an extra layout of a long page, and at
    // load those add up to the longest task on the page.
    var g = null;
    function measure() {
      var style = getComputedStyle(code);
      var top = lines[first].code.getBoundingClientRect().top;
      var line = last > first
        ? (lines[last].code.getBoundingClientRect().top - top) / (last - first)
        : parseFloat(style.lineHeight);
      g = { padding: parseFloat(style.paddingTop), line: line };
    }

    function draw() {
      var layers = [];
      function band(from, to, colour, width) {
        layers.push({
          image: "linear-gradient(" + colour + "," + colour + ")",
          position: "0 " + (g.padding + (from - first) * g.line) + "px",
          size: (width || "100%") + " " + (to - from + 1) * g.line + "px",
        });
      }
      if (current || previewed.length || hovered !== null) {
        if (!g) measure();
        // first layer on top: the accent edge, then the preview, the current lines, the hover
        if (current) band(current.range[0], current.range[current.range.length - 1], "var(--nn11-line-edge)", "0.2rem");
        if (previewed.length) band(previewed[0], previewed[previewed.length - 1], "var(--nn11-line-preview)");
        if (current) band(current.range[0], current.range[current.range.length - 1], "var(--nn11-line-current)");
        if (hovered !== null) band(hovered, hovered, "var(--nn11-line-preview)");
      }
      code.style.backgroundImage = layers.map(function (l) { return l.image; }).join(",");
      code.style.backgroundPosition = layers.map(function (l) { return l.position; }).join(",");
      code.style.backgroundSize = layers.map(function (l) { return l.size; }).join(",");
      code.style.backgroundRepeat = layers.length ? "no-repeat" : "";
    }

    function mark(list, cls, on) {
      list.forEach(function (n) {
        lines[n].code.classList.toggle(cls, on);
        if (lines[n].number) lines[n].number.classList.toggle(cls, on);
      });
    }

    // Keep a marked line visible inside the listing's own scroll box (side by side only:
    // stacked, the listing is not where the reader is, and the page must not jump). In the
    // next frame, after this change's writes, so that it reads one fresh layout.
    var revealing = null;
    function reveal(n) {
      if (!lines[n] || !SIDE_BY_SIDE.matches) return;
      cancelAnimationFrame(revealing);
      revealing = requestAnimationFrame(function () {
        if (scroller.scrollHeight <= scroller.clientHeight) return;
        var box = scroller.getBoundingClientRect();
        var r = lines[n].code.getBoundingClientRect();
        var margin = Math.min(64, box.height / 4);
        if (r.top >= box.top + margin && r.bottom <= box.bottom - margin) return;
        scroller.scrollTo({
          top: scroller.scrollTop + r.top - box.top - scroller.clientHeight / 3,
          behavior: REDUCED_MOTION.matches ? "auto" : "smooth",
        });
      });
    }

    function showBar(n) {
      if (n === null || !lines[n]) {
        bar.hidden = true;
        return;
      }
      var text = document.createElement("code");
      text.className = "highlight"; // for the listing's syntax colours
      lines[n].code.childNodes.forEach(function (node) {
        text.appendChild(node.cloneNode(true));
      });
      // the line's indentation and newline only waste a narrow screen's width
      var head = text.firstChild;
      if (head && head.nodeType === Node.TEXT_NODE) head.textContent = head.textContent.replace(/^\s+/, "");
      var tail = text.lastChild;
      if (tail && tail.nodeType === Node.TEXT_NODE) tail.textContent = tail.textContent.replace(/\s+$/, "");
      var label = document.createElement("span");
      label.className = "walkthrough__now-number";
      label.textContent = "Line " + n;
      bar.replaceChildren(label, text);
      bar.hidden = false;
    }

    function setCurrent(section) {
      if (section === current) return;
      if (current) mark(current.range, "is-current", false);
      current = section;
      if (current) {
        mark(current.range, "is-current", true);
        reveal(current.line);
      }
      showBar(current ? current.line : null);
      draw();
    }

    function update() {
      var readingLine = window.innerHeight * READING_LINE;
      var section = null;
      // past the end of the walkthrough nothing in the listing is being read
      if (prose.getBoundingClientRect().bottom > readingLine) {
        for (var i = 0; i < headings.length; i++) {
          if (headings[i].el.getBoundingClientRect().top > readingLine) break;
          section = headings[i].line === null ? null : headings[i];
        }
      }
      setCurrent(section);
    }

    // The observer watches every block of the prose (headings included) through the part
    // of the viewport above the reading line: a heading crossing the reading line enters it,
    // and a jump (a link, the browser's find) changes which blocks are in it, so either way
    // the current section is worked out again.
    var observer = new IntersectionObserver(update, {
      rootMargin: "0px 0px -" + Math.round((1 - READING_LINE) * 100) + "% 0px",
    });
    Array.prototype.forEach.call(prose.children, function (child) {
      observer.observe(child);
    });
    // a new font size or width changes the line height the bands are drawn with
    var resized = new ResizeObserver(function () {
      measure();
      draw();
    });
    resized.observe(code);

    function setPreview(list) {
      list = list.filter(function (n) { return lines[n]; });
      if (list.join() === previewed.join()) return;
      var ended = previewed.length > 0;
      mark(previewed, "is-previewed", false);
      previewed = list;
      mark(previewed, "is-previewed", true);
      draw();
      if (previewed.length) reveal(previewed[0]);
      else if (ended && current) reveal(current.line);
    }

    // which listing lines a link or an excerpt points at
    var toSection = /^#line-(\d+)/;
    var toLine = new RegExp("^#" + name + "-(\\d+)$");
    function pointedLines(target) {
      if (!(target instanceof Element)) return [];
      var href = fragment(target.closest("a[href]"));
      if (href) {
        var m = toSection.exec(href) || toLine.exec(href);
        if (m) return [lineNumber(m[1])];
      }
      var excerpt = target.closest("[data-excerpt='" + name + "']");
      return excerpt ? excerptLines(excerpt) : [];
    }

    // the listing line at a point on the screen (the lines never wrap)
    function lineAt(y) {
      if (!g) measure();
      var n = first + Math.floor((y - code.getBoundingClientRect().top - g.padding) / g.line);
      return lines[n] ? n : null;
    }

    var events = new AbortController();
    var on = { signal: events.signal };
    // leaving one link for another, or for plain text, both come down to "what is pointed
    // at now"; moving within an excerpt keeps its preview
    walkthrough.addEventListener("mouseover", function (e) { setPreview(pointedLines(e.target)); }, on);
    walkthrough.addEventListener("mouseout", function (e) { setPreview(pointedLines(e.relatedTarget)); }, on);
    walkthrough.addEventListener("focusin", function (e) { setPreview(pointedLines(e.target)); }, on);
    walkthrough.addEventListener("focusout", function (e) { setPreview(pointedLines(e.relatedTarget)); }, on);

    code.addEventListener("mousemove", function (e) {
      var n = lineAt(e.clientY);
      n = n !== null && lines[n].link ? n : null;
      if (n === hovered) return;
      hovered = n;
      code.style.cursor = n === null ? "" : "pointer";
      draw();
    }, on);
    code.addEventListener("mouseleave", function () {
      hovered = null;
      code.style.cursor = "";
      draw();
    }, on);
    code.addEventListener("click", function (e) {
      // a reader selecting code to copy it is not asking to go anywhere
      if (!window.getSelection().isCollapsed || e.target.closest("a, button")) return;
      var n = lineAt(e.clientY);
      // the same link the number is, so history and instant navigation behave alike
      if (n !== null && lines[n].link) lines[n].link.click();
    }, on);

    // a safety net for scrolls too small to change what the observer sees
    window.addEventListener("scrollend", update, on);
    window.addEventListener("resize", update, on);
    SIDE_BY_SIDE.addEventListener("change", function () { if (current) reveal(current.line); }, on);
    // (no update() here: the observer's first report, once the page is laid out, does it)

    stopPrevious.push(function () {
      observer.disconnect();
      resized.disconnect();
      cancelAnimationFrame(revealing);
      events.abort();
    });
  }

  // Repairs to what Material adds as it mounts code blocks (with content.lazy, as they
  // scroll into view, so new ones are caught as they arrive):
  // - a <nav> around each copy button: a copy button is not site navigation, and dozens of
  //   identical unnamed navigation landmarks make a screen reader's landmark list useless
  //   (axe: landmark-unique);
  // - each annotation's number is a link whose text is drawn by CSS, so it has no name
  //   (axe: link-name).
  function repair(root) {
    if (root.matches("nav.md-code__nav:not([role])")) root.setAttribute("role", "none");
    root.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    root.querySelectorAll(".md-annotation__index:not([aria-label])").forEach(function (index) {
      var id = index.querySelector("[data-md-annotation-id]");
      index.setAttribute("aria-label", "Annotation " + (id ? id.getAttribute("data-md-annotation-id") : ""));
    });
  }
  var mounted = new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === Node.ELEMENT_NODE) repair(node);
      });
    });
  });

  // A table wider than a phone scrolls inside its wrapper; keyboard users must be able to
  // scroll it too, so a wrapper that actually scrolls becomes a named, focusable region.
  // Code blocks too: Material makes a wide one focusable only once it has mounted it, and
  // with content.lazy that waits until it is on screen (axe: scrollable-region-focusable).
  // Checked as the browser lays them out (and again when they change size).
  // (All sizes are read before anything is written: a write between reads would make the
  // browser lay the page out again for the next read.)
  var scrollers = new ResizeObserver(function () {
    var wraps = Array.prototype.map.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      return { el: wrap, scrolls: wrap.scrollWidth > wrap.clientWidth + 1 };
    });
    var codes = Array.prototype.filter.call(document.querySelectorAll(".md-typeset pre > code:not([tabindex])"), function (code) {
      return code.scrollWidth > code.clientWidth + 1;
    });
    var count = 0;
    wraps.forEach(function (wrap) {
      if (wrap.scrolls) {
        count += 1;
        wrap.el.setAttribute("tabindex", "0");
        wrap.el.setAttribute("role", "region");
        // each region needs a name of its own (axe: landmark-unique)
        wrap.el.setAttribute("aria-label", "Table " + count + " (scrolls sideways)");
      } else if (wrap.el.getAttribute("role") === "region") {
        wrap.el.removeAttribute("tabindex");
        wrap.el.removeAttribute("role");
        wrap.el.removeAttribute("aria-label");
      }
    });
    codes.forEach(function (code) { code.setAttribute("tabindex", "0"); });
  });

  // Printed, a link to another site needs its address (nn11.css prints it); links within
  // the site do not, and Material has made every href absolute, so mark the ones that leave.
  function markLinksElsewhere() {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      if (/^https?:$/.test(link.protocol) && link.origin !== location.origin) link.setAttribute("data-print-href", "");
    });
  }

  function init() {
    stopPrevious.forEach(function (stop) { stop(); });
    stopPrevious = [];
    document.querySelectorAll(".walkthrough").forEach(setUp);
    var content = document.querySelector(".md-content");
    mounted.disconnect();
    if (content) {
      repair(content);
      mounted.observe(content, { childList: true, subtree: true });
    }
    markLinksElsewhere();
    scrollers.disconnect();
    document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset pre > code").forEach(function (el) {
      scrollers.observe(el);
    });
  }

  // Paper is white: printed from the dark scheme, a page would be light grey on white (or
  // invisible with background graphics off). Print in the light scheme's colours, which
  // every scheme-aware style (Material's, the figures') already knows, then switch back.
  var schemeBeforePrint = null;
  function printing(on) {
    var body = document.body;
    if (on && schemeBeforePrint === null) {
      schemeBeforePrint = body.getAttribute("data-md-color-scheme");
      body.setAttribute("data-md-color-scheme", "default");
    } else if (!on && schemeBeforePrint !== null) {
      body.setAttribute("data-md-color-scheme", schemeBeforePrint);
      schemeBeforePrint = null;
    }
  }
  window.addEventListener("beforeprint", function () { printing(true); });
  window.addEventListener("afterprint", function () { printing(false); });
  window.matchMedia("print").addEventListener("change", function (e) { printing(e.matches); });
  document.documentElement.classList.add("nn11-js");

  // Material's instant navigation swaps pages without reloading this script: document$
  // emits once per page shown, the first one included.
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();

// verifier HTML report: filters, expand/collapse, partner highlights. No network, no eval.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var status = document.getElementById("status");
  var empty = document.getElementById("empty");
  var articles = Array.prototype.slice.call(document.querySelectorAll("section.article"));
  var total = 0;
  // One record per article: its element, its <details>, and its filterable items.
  var model = articles.map(function (el) {
    var items = Array.prototype.slice.call(el.querySelectorAll(".item"));
    total += items.length;
    return {
      el: el,
      a: el.getAttribute("data-a"),
      details: el.querySelector("details.body"),
      items: items.map(function (it) {
        return {
          el: it,
          v: it.getAttribute("data-v"),
          k: " " + it.getAttribute("data-k") + " ",
          s: +it.getAttribute("data-s"),
          group: it.closest(".group"),
          text: null
        };
      })
    };
  });
  if (!form) return;
  form.hidden = false;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=v]"));
  var kind = document.getElementById("f-kind");
  var sev = document.getElementById("f-sev");
  var art = document.getElementById("f-art");
  var query = document.getElementById("f-q");

  function fold(s) { return s.normalize("NFC").toLowerCase(); }

  function state() {
    var verdicts = {};
    var all = true;
    boxes.forEach(function (b) { verdicts[b.value] = b.checked; if (!b.checked) all = false; });
    var q = fold(query.value.trim());
    return {
      verdicts: verdicts, k: kind.value, s: +sev.value, a: art.value, q: q,
      active: !all || kind.value !== "" || +sev.value > 0 || art.value !== "" || q !== ""
    };
  }

  function apply() {
    var f = state();
    var shown = 0, shownArticles = 0;
    model.forEach(function (m) {
      var visible = 0;
      var groups = new Map();
      var inArticle = f.a === "" || f.a === m.a;
      m.items.forEach(function (it) {
        var ok = inArticle && f.verdicts[it.v] !== false &&
          (f.k === "" || it.k.indexOf(" " + f.k + " ") >= 0) && it.s >= f.s;
        if (ok && f.q) {
          if (it.text === null) it.text = fold(it.el.textContent);
          ok = it.text.indexOf(f.q) >= 0;
        }
        if (it.el.hidden === ok) it.el.hidden = !ok;
        if (ok) { visible++; groups.set(it.group, true); } else if (!groups.has(it.group)) { groups.set(it.group, false); }
      });
      groups.forEach(function (on, g) { if (g && g.hidden === on) g.hidden = !on; });
      // An article with nothing to filter (no pairs, claims or posts) still shows when
      // chosen by name or when no filter is set.
      var showArticle = m.items.length === 0 ? inArticle && (f.a !== "" || !f.active) : visible > 0;
      if (m.el.hidden === showArticle) m.el.hidden = !showArticle;
      if (m.details) {
        // Filtering opens what matches; clearing the filters restores the report's defaults.
        var open = f.active ? visible > 0 : m.details.getAttribute("data-open") === "1";
        if (m.details.open !== open) m.details.open = open;
      }
      shown += visible;
      if (showArticle) shownArticles++;
    });
    empty.hidden = shownArticles > 0 || model.length === 0;
    status.textContent = f.active
      ? "Showing " + shown + " of " + total + " items in " + shownArticles + " of " + model.length + " articles."
      : "Showing all " + total + " items in " + model.length + " articles.";
  }

  var timer = 0;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  query.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  document.getElementById("f-drift").addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = b.value === "drift"; });
    apply();
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    form.reset();
    apply();
  });
  function openAll(on) {
    model.forEach(function (m) { if (m.details && !m.el.hidden) m.details.open = on; });
  }
  document.getElementById("f-open").addEventListener("click", function () { openAll(true); });
  document.getElementById("f-close").addEventListener("click", function () { openAll(false); });

  // "/" jumps to the search box, as in many code and docs sites (not while typing text).
  function typing(t) {
    return t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement ||
      (t instanceof HTMLInputElement && t.type !== "checkbox" && t.type !== "radio") ||
      (t instanceof HTMLElement && t.isContentEditable);
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) {
      e.preventDefault();
      query.focus();
    }
  });

  // Pointing at a highlight (or a finding) lights up its partners in the same pair.
  var lit = [];
  function unlight() { lit.forEach(function (el) { el.classList.remove("lit"); }); lit = []; }
  document.addEventListener("mouseover", function (e) {
    var t = e.target instanceof Element ? e.target : null;
    var key = null, scope = null;
    var mark = t && t.closest("mark.an, mark.fd");
    if (mark) {
      scope = mark.closest(".pair");
      key = Array.prototype.find.call(mark.classList, function (c) { return /^(n|f)\d+$/.test(c); });
    } else {
      var fi = t && t.closest(".finding[data-hl]");
      if (fi) { scope = fi.closest(".pair"); key = fi.getAttribute("data-hl"); }
    }
    unlight();
    if (!scope || !key) return;
    lit = Array.prototype.slice.call(scope.querySelectorAll("mark." + key));
    lit.forEach(function (el) { el.classList.add("lit"); });
  });

  // Printing shows everything that the filters let through, collapsed or not.
  var before = null;
  window.addEventListener("beforeprint", function () {
    before = model.map(function (m) { return m.details ? m.details.open : false; });
    model.forEach(function (m) { if (m.details) m.details.open = true; });
  });
  window.addEventListener("afterprint", function () {
    if (!before) return;
    model.forEach(function (m, i) { if (m.details) m.details.open = before[i]; });
    before = null;
  });
})();

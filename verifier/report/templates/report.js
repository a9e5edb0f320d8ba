// verifier HTML report: filters kept in the URL, the sortable index, CSV of the visible
// findings, expand/collapse, partner highlights. No network, no eval.
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
          b: " " + (it.getAttribute("data-b") || "") + " ",
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
  var base = document.getElementById("f-base");  // only when a baseline was applied
  var index = document.getElementById("index");
  var sortKey = "rank", sortDir = "ascending";

  function fold(s) { return s.normalize("NFC").toLowerCase(); }

  function state() {
    var verdicts = {};
    var all = true;
    boxes.forEach(function (b) { verdicts[b.value] = b.checked; if (!b.checked) all = false; });
    var q = fold(query.value.trim());
    var b = base ? base.value : "";
    return {
      verdicts: verdicts, k: kind.value, s: +sev.value, a: art.value, q: q, b: b,
      active: !all || kind.value !== "" || +sev.value > 0 || art.value !== "" || q !== "" || b !== ""
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
          (f.k === "" || it.k.indexOf(" " + f.k + " ") >= 0) && it.s >= f.s &&
          (f.b === "" || it.b.indexOf(" " + f.b + " ") >= 0);
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
    save();
  }

  // --- Filter state in the URL (?v=drift&k=number&s=2&a=3&b=new&q=…&sort=critical-desc), so
  // a filtered view can be bookmarked, reloaded or sent to a colleague.
  function query_string() {
    var p = new URLSearchParams();
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (on.length !== boxes.length) p.set("v", on.join(","));
    [["k", kind], ["s", sev], ["a", art], ["b", base]].forEach(function (pair) {
      if (pair[1] && pair[1].value !== "" && pair[1].value !== "0") p.set(pair[0], pair[1].value);
    });
    if (query.value.trim()) p.set("q", query.value.trim());
    if (sortKey !== "rank" || sortDir !== "ascending") p.set("sort", sortKey + (sortDir === "descending" ? "-desc" : ""));
    return p.toString();
  }
  function save() {
    var q = query_string();
    var url = location.pathname + (q ? "?" + q : "") + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    try { history.replaceState(null, "", url); } catch (e) { /* a browser that refuses for file: URLs */ }
  }
  function choose(select, value) {
    if (!select || value === null) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.value = value; return; }
    }
  }
  function restore() {
    var p = new URLSearchParams(location.search);
    if (p.has("v")) {
      var on = p.get("v").split(",");
      boxes.forEach(function (b) { b.checked = on.indexOf(b.value) >= 0; });
    }
    choose(kind, p.get("k")); choose(sev, p.get("s")); choose(art, p.get("a")); choose(base, p.get("b"));
    if (p.has("q")) query.value = p.get("q");
    var sort = p.get("sort");
    if (sort && index) {
      document.getElementById("index-box").open = true;  // a chosen order is meant to be seen
      sortIndex(sort.replace(/-desc$/, ""), /-desc$/.test(sort) ? "descending" : "ascending");
    }
  }

  // --- The index: drift first as built; any column sorts it (numbers high first).
  function sortIndex(key, dir) {
    if (!index) return;
    var th = index.querySelector('th[data-key="' + key + '"]');
    if (!th) return;
    var text = th.hasAttribute("data-text");
    var body = index.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var a = x.getAttribute("data-" + key), b = y.getAttribute("data-" + key);
      var c = text ? a.localeCompare(b) : (+a) - (+b);
      if (c !== 0) return dir === "descending" ? -c : c;
      return (+x.getAttribute("data-rank")) - (+y.getAttribute("data-rank"));
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(index.querySelectorAll("th[data-key]"), function (t) {
      if (t === th) t.setAttribute("aria-sort", dir); else t.removeAttribute("aria-sort");
    });
    sortKey = key; sortDir = dir;
  }
  if (index) {
    index.querySelector("thead").addEventListener("click", function (e) {
      var th = e.target instanceof Element ? e.target.closest("th[data-key]") : null;
      if (!th) return;
      var key = th.getAttribute("data-key");
      var numeric = !th.hasAttribute("data-text") && key !== "rank" && key !== "index";
      var dir = key === sortKey ? (sortDir === "ascending" ? "descending" : "ascending")
        : (numeric ? "descending" : "ascending");
      sortIndex(key, dir);
      save();
    });
  }

  // --- CSV of the findings the filters let through (kind, severity and baseline apply to
  // each finding; the verdict, article and text filters to the items that hold them).
  var RANK = { minor: 1, major: 2, critical: 3 };
  function cell(s) {
    s = String(s === null || s === undefined ? "" : s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // no formulas when opened in a spreadsheet
    return '"' + s.replace(/"/g, '""') + '"';
  }
  function said(side) {
    var q = side ? side.querySelector("q") : null;
    return q ? q.textContent : "";
  }
  function findingsCsv() {
    var f = state();
    var rows = [["article", "source", "item", "verdict", "kind", "severity", "baseline", "message", "post", "article_text"]];
    model.forEach(function (m) {
      if (m.el.hidden) return;
      var title = m.el.querySelector("h2 [dir]");
      m.items.forEach(function (it) {
        if (it.el.hidden) return;
        Array.prototype.forEach.call(it.el.querySelectorAll(".finding"), function (fd) {
          var accepted = fd.getAttribute("data-acc") === "1";
          if (f.k !== "" && fd.getAttribute("data-kind") !== f.k) return;
          if ((RANK[fd.getAttribute("data-sev")] || 0) < f.s) return;
          if (f.b !== "" && (f.b === "accepted") !== accepted) return;
          var sides = fd.querySelectorAll(".ev-side");
          rows.push([title ? title.textContent : "", m.el.getAttribute("data-source"), it.el.id, it.v,
            fd.getAttribute("data-kind"), fd.getAttribute("data-sev"), accepted ? "accepted" : "new",
            fd.querySelector(".msg").textContent, said(sides[0]), said(sides[1])]);
        });
      });
    });
    return rows.map(function (r) { return r.map(cell).join(","); }).join("\r\n") + "\r\n";
  }
  document.getElementById("f-csv").addEventListener("click", function () {
    var blob = new Blob(["\ufeff" + findingsCsv()], { type: "text/csv;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "verifier-findings.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  });

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
  if (location.search) { restore(); apply(); }
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

/* polc reviewers' pages: pages of long lists, the diff's filters and view, the index's search.
   No server and no network: everything the script reads is in the page or in files beside it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };

  /* ---- pages: elements with data-pg="k" (containers: data-pgs="k l …") show on page k only ---- */
  var rule = document.createElement("style");
  document.head.appendChild(rule);
  var pagers = document.querySelectorAll("nav.pager");
  var paged = document.querySelector("[data-paged]");
  var current = 1;

  function pageCount() { return paged ? Number(paged.getAttribute("data-paged")) || 1 : 1; }

  function show(k, scroll) {
    var n = pageCount();
    current = Math.max(1, Math.min(k || 1, n));
    rule.textContent = "[data-pg]:not([data-pg=\"" + current + "\"]), [data-pgs]:not([data-pgs~=\"" + current +
      "\"]) { display: none !important; }";
    root.setAttribute("data-page", String(current));
    each(pagers, function (nav) { drawPager(nav, n); });
    if (scroll && paged) { paged.scrollIntoView(); }
  }

  function pageLabels(n) {
    var labels = [];
    each(paged.querySelectorAll("[data-label][data-pg]"), function (e) {
      var k = Number(e.getAttribute("data-pg"));
      if (k > 0 && !labels[k]) { labels[k] = e.getAttribute("data-label"); }
    });
    return labels;
  }

  function drawPager(nav, n) {
    nav.hidden = n < 2;
    if (n < 2) { return; }
    var labels = pageLabels(n);
    nav.textContent = "";
    var prev = document.createElement("button"), next = document.createElement("button");
    var select = document.createElement("select");
    prev.type = next.type = "button";
    prev.textContent = "上一页";
    next.textContent = "下一页";
    prev.disabled = current <= 1;
    next.disabled = current >= n;
    select.setAttribute("aria-label", "页码");
    for (var k = 1; k <= n; k += 1) {
      var option = document.createElement("option");
      option.value = String(k);
      option.textContent = "第 " + k + " / " + n + " 页" + (labels[k] ? "：" + labels[k] : "");
      option.selected = k === current;
      select.appendChild(option);
    }
    prev.addEventListener("click", function () { show(current - 1, true); });
    next.addEventListener("click", function () { show(current + 1, true); });
    select.addEventListener("change", function () { show(Number(select.value), true); });
    nav.appendChild(prev);
    nav.appendChild(select);
    nav.appendChild(next);
  }

  /* Give the shown items of a list pages again (after a filter or a sort): at most data-budget of
     their data-w on a page; items hidden by a filter get page 0. */
  function repaginate(items) {
    var budget = Number(paged.getAttribute("data-budget")) || 50;
    var k = 1, used = 0, any = false;
    each(items, function (e) {
      if (e.hidden) { e.setAttribute("data-pg", "0"); return; }
      var w = Number(e.getAttribute("data-w")) || 1;
      if (used && used + w > budget) { k += 1; used = 0; }
      used += w;
      any = true;
      e.setAttribute("data-pg", String(k));
    });
    paged.setAttribute("data-paged", String(any ? k : 1));
  }

  /* The page of an element, for a link to it: its own, its container's first, or a unit inside it. */
  function pageOf(e) {
    var holder = e.closest("[data-pg], [data-pgs]");
    if (holder && holder.hasAttribute("data-pg")) { return Number(holder.getAttribute("data-pg")); }
    if (holder) { return Number(holder.getAttribute("data-pgs").split(" ")[0]); }
    return 0;
  }

  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !paged || !paged.contains(target)) { return; }
    var k = pageOf(target);
    if (k > 0 && k !== current) { show(k); }
    target.scrollIntoView();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (link && link.getAttribute("href") === window.location.hash) { window.setTimeout(reveal, 0); }
  });
  window.addEventListener("hashchange", reveal);

  /* ---- the diff: view (remembered), kinds shown ---- */
  var ops = document.querySelector(".ops");
  if (ops) {
    var wide = !window.matchMedia("(max-width: 40rem)").matches;
    var view = store.get("polc.diff.view") || (wide ? "side" : "inline");
    var setView = function (v) {
      ops.setAttribute("data-view", v);
      each(document.querySelectorAll("input[name=view]"), function (r) { r.checked = r.value === v; });
    };
    setView(view);
    each(document.querySelectorAll("input[name=view]"), function (r) {
      r.addEventListener("change", function () { store.set("polc.diff.view", r.value); setView(r.value); });
    });
    var kinds = document.querySelectorAll("input[name=kind]");
    var filterKinds = function () {
      var on = {};
      each(kinds, function (box) { on[box.value] = box.checked; });
      each(document.querySelectorAll("[data-kind]"), function (e) { e.hidden = !on[e.getAttribute("data-kind")]; });
      if (paged) { repaginate(ops.querySelectorAll(":scope > article")); show(1); }
    };
    each(kinds, function (box) { box.addEventListener("change", filterKinds); });
    if (Array.prototype.some.call(kinds, function (box) { return box.checked !== box.defaultChecked; })) {
      filterKinds();  /* the browser gave back the boxes of an earlier visit */
    }
  }

  /* ---- the index: filter by words (title, issuer, 文号, dates; full text through search/*.js), status, level; sort ---- */
  var table = document.getElementById("documents");
  if (table) { index(table); }

  function index(table) {
    var input = document.getElementById("filter");
    var status = document.getElementById("status");
    var level = document.getElementById("level");
    var body = table.querySelector("tbody");
    var rows = Array.prototype.slice.call(body.querySelectorAll("tr"));
    var shown = document.getElementById("shown");
    var fulltext = document.getElementById("fulltext");
    var shards = {}, loading = {};
    var SHARDS = Number(table.getAttribute("data-shards")) || 0;

    window.polcSearch = function (k, postings) { shards[k] = postings; delete loading[k]; filter(); };

    function shardOf(pair) { return (pair.charCodeAt(0) * 31 + pair.charCodeAt(1)) % SHARDS; }

    /* Documents whose text has every character pair of word (null: not known yet, a shard is loading). */
    function inText(word) {
      if (!SHARDS || word.length < 2 || !/[\u3400-\u9fff]/.test(word)) { return {}; }
      var found = null, waiting = false;
      for (var i = 0; i + 1 < word.length; i += 1) {
        var pair = word.slice(i, i + 2), k = shardOf(pair);
        if (!/^[\u3400-\u9fff]{2}$/.test(pair)) { continue; }
        if (!shards[k]) {
          waiting = true;
          if (!loading[k]) {
            loading[k] = true;
            var script = document.createElement("script");
            script.src = "search/" + k + ".js";
            document.head.appendChild(script);
          }
          continue;
        }
        var docs = {};
        each(decode(shards[k][pair] || ""), function (n) { if (!found || found[n]) { docs[n] = true; } });
        found = docs;
      }
      return waiting ? null : (found || {});
    }

    function decode(text) {  /* gaps between document numbers (the first one's plus one), joined by "," */
      var out = [], n = -1;
      each(text ? text.split(",") : [], function (gap) { n += Number(gap); out.push(n); });
      return out;
    }

    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var texts = words.map(function (w) { return fulltext && fulltext.checked ? inText(w) : {}; });
      var n = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute("data-search"), id = row.getAttribute("data-n");
        var hit = words.every(function (w, i) { return text.indexOf(w) >= 0 || (texts[i] && texts[i][id]); }) &&
          (!status.value || row.getAttribute("data-status") === status.value) &&
          (!level.value || row.getAttribute("data-level") === level.value);
        row.hidden = !hit;
        if (hit) { n += 1; }
      });
      shown.textContent = String(n);
      repaginate(rows);
      show(1);
    }
    [input, status, level, fulltext].forEach(function (e) { if (e) { e.addEventListener("input", filter); e.addEventListener("change", filter); } });
    if (input.value || status.value || level.value) { filter(); }  /* a form the browser gave back */
    each(table.querySelectorAll("button.sort"), function (button, column) {
      button.addEventListener("click", function () {
        var down = button.getAttribute("aria-sort") !== "ascending";
        each(table.querySelectorAll("button.sort"), function (b) { b.removeAttribute("aria-sort"); });
        button.setAttribute("aria-sort", down ? "ascending" : "descending");
        var numeric = button.parentNode.classList.contains("n");
        rows.sort(function (a, b) {
          var x = a.children[column].getAttribute("data-sort"), y = b.children[column].getAttribute("data-sort");
          var c = numeric ? Number(x) - Number(y) : (x === y ? 0 : x === "" ? 1 : y === "" ? -1 : x < y ? -1 : 1);
          return down ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        repaginate(rows);
        show(1);
      });
    });
  }

  show(1);
  reveal();
})();

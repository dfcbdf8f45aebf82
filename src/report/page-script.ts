/**
 * The report's only script: renders the embedded tables one page at a time (a 100k-item dataset never becomes 100k
 * DOM rows), filters them, and opens every <details> before printing. Data is written with textContent only.
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var PAGE = 50;
  var source = document.getElementById('report-data');
  var data = JSON.parse((source && source.textContent) || '{}');
  var boxes = {};
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function cellValue(t, row, i) {
    var v = row[i];
    if (t.interned[i]) v = t.strings[v];
    return v === undefined || v === null ? '' : String(v);
  }
  function setup(box) {
    var name = box.getAttribute('data-table');
    var t = data.tables && data.tables[name];
    if (!t) return;
    box.textContent = '';
    var controls = el('div', 'controls');
    var input = el('input');
    input.type = 'search';
    input.placeholder = '筛选 filter…';
    input.setAttribute('aria-label', '筛选 filter');
    var prev = el('button', '', '‹ 上一页');
    var next = el('button', '', '下一页 ›');
    prev.type = next.type = 'button';
    var count = el('span', 'count');
    [input, prev, next, count].forEach(function (c) { controls.appendChild(c); });
    var wrap = el('div', 'scroll');
    var table = el('table', t.columns.length >= 5 ? 'wide' : '');
    var head = el('tr');
    t.columns.forEach(function (c) { head.appendChild(el('th', '', c)); });
    var thead = el('thead');
    thead.appendChild(head);
    var tbody = el('tbody');
    table.appendChild(thead);
    table.appendChild(tbody);
    wrap.appendChild(table);
    box.appendChild(controls);
    box.appendChild(wrap);
    var page = 0;
    var matches = null;
    var haystack = [];
    function rowText(i) {
      if (haystack[i] === undefined) {
        var parts = [];
        for (var c = 0; c < t.columns.length; c++) parts.push(cellValue(t, t.rows[i], c));
        haystack[i] = parts.join('\n').toLowerCase();
      }
      return haystack[i];
    }
    function draw() {
      var total = matches ? matches.length : t.rows.length;
      var pages = Math.max(1, Math.ceil(total / PAGE));
      page = Math.min(Math.max(page, 0), pages - 1);
      tbody.textContent = '';
      for (var k = page * PAGE; k < Math.min(total, (page + 1) * PAGE); k++) {
        var r = matches ? matches[k] : k;
        var tr = el('tr');
        for (var c = 0; c < t.columns.length; c++) tr.appendChild(el('td', '', cellValue(t, t.rows[r], c)));
        tbody.appendChild(tr);
      }
      count.textContent = total + ' 条 rows · 第 ' + (page + 1) + ' / ' + pages + ' 页 page';
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    function filter(query) {
      var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      matches = null;
      if (terms.length) {
        matches = [];
        for (var i = 0; i < t.rows.length; i++) {
          var text = rowText(i);
          if (terms.every(function (term) { return text.indexOf(term) >= 0; })) matches.push(i);
        }
      }
      page = 0;
      draw();
    }
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { filter(input.value); }, 150);
    });
    prev.addEventListener('click', function () { page--; draw(); });
    next.addEventListener('click', function () { page++; draw(); });
    boxes[name] = function (query) { input.value = query; filter(query); };
    draw();
  }
  Array.prototype.forEach.call(document.querySelectorAll('.paged'), setup);
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a.filter-link') : null;
    if (link && boxes[link.getAttribute('data-table')]) boxes[link.getAttribute('data-table')](link.getAttribute('data-filter') || '');
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();`;

// Progressive enhancement: every page works without this file. With it: results update as
// you type (through the JSON API, the URL kept in sync), "/" focuses the search box, Escape
// leaves it, j/k or the arrow keys move between results, copy buttons copy (in the chosen
// citation style), long facets get a filter box.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var esc = function (s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); };

  // Copy buttons copy the APA text in the page, or, when another style is chosen, that style
  // fetched from the passage's API record.
  var styleChoice = $('#copy-style');
  if (styleChoice) styleChoice.closest('label').hidden = false;
  // The button says what happened for a moment; its own label is kept aside so a second
  // click during the message does not make "Copied" its label.
  function flash(b, message) {
    var label = b.getAttribute('data-label') || b.textContent;
    b.setAttribute('data-label', label);
    b.textContent = message;
    clearTimeout(b._flash);
    b._flash = setTimeout(function () { b.textContent = label; }, 1500);
  }
  function legacyCopy(text) {
    var t = document.createElement('textarea');
    t.value = text;
    document.body.appendChild(t);
    t.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    t.remove();
    return ok;
  }
  function copyText(text, b) {
    var fallback = function () { flash(b, legacyCopy(text) ? 'Copied' : 'Copy failed'); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { flash(b, 'Copied'); }, fallback);
    else fallback();
  }
  function enhanceCopy(root) {
    $$('button.copy', root).forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var style = styleChoice ? styleChoice.value : 'apa';
        var id = b.getAttribute('data-passage');
        if (style === 'apa' || !id) { copyText(b.getAttribute('data-copy'), b); return; }
        fetch('/api/passages/' + encodeURIComponent(id))
          .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
          .then(function (data) {
            var text = data.citations && data.citations[style];
            if (!text) throw new Error('no ' + style + ' citation');
            copyText(text, b);
          })
          .catch(function () { flash(b, 'Copy failed'); });
      });
    });
  }

  function enhanceFacets() {
    $$('section.facet').forEach(function (sec) {
      var input = $('input.facet-filter', sec);
      if (!input) return;
      input.hidden = false;
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'link more-values';
      more.textContent = 'Show all';
      more.setAttribute('aria-expanded', 'false');
      sec.appendChild(more);
      more.addEventListener('click', function () {
        var open = sec.classList.toggle('open');
        more.textContent = open ? 'Show fewer' : 'Show all';
        more.setAttribute('aria-expanded', String(open));
      });
      input.addEventListener('input', function () {
        var q = input.value.toLowerCase();
        sec.classList.toggle('filtering', q.length > 0);
        $$('li', sec).forEach(function (li) { li.hidden = q.length > 0 && li.textContent.toLowerCase().indexOf(q) < 0; });
      });
    });
  }

  // Keyboard: "/" to the search box, j/k or arrows between results.
  document.addEventListener('keydown', function (e) {
    var tag = (e.target && e.target.tagName) || '';
    var typing = /INPUT|TEXTAREA|SELECT/.test(tag) || (e.target && e.target.isContentEditable);
    if (e.key === '/' && !typing) { var q = $('#q'); if (q) { e.preventDefault(); q.focus(); q.select(); } return; }
    // Escape leaves the search box for the results. A search input would otherwise clear
    // itself, and the live search would then replace the results under the reader.
    if (e.key === 'Escape' && e.target && e.target.id === 'q') { e.preventDefault(); e.target.blur(); return; }
    if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
    var hits = $$('li.hit');
    if (!hits.length) return;
    var i = hits.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest('li.hit') : null);
    if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); hits[Math.min(hits.length - 1, i + 1)].focus(); }
    else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); hits[Math.max(0, i - 1)].focus(); }
  });

  // Live search through the JSON API.
  var form = $('form.search[role=search]');
  var box = $('#q');
  var list = $('#hits');
  var count = $('#count');
  if (form && box && list && count && !form.classList.contains('inline-search')) {
    var timer = null;
    var seq = 0;
    var render = function (data, params) {
      list.setAttribute('start', String((data.page - 1) * data.size + 1));
      list.innerHTML = data.hits.map(function (h) {
        var p = h.passage, d = h.document;
        var year = d.issued && d.issued['date-parts'] ? d.issued['date-parts'][0][0] : 'n.d.';
        var authors = (d.author || []).map(function (a) { return a.literal || [a.given, a.family].filter(Boolean).join(' '); }).join(', ');
        return '<li class="hit" id="hit-' + p.id + '" tabindex="-1">' +
          '<p class="meta"><a class="doc" href="/documents/' + esc(d.id) + '">' + esc(d.title) + '</a> · ' + esc(authors) + ' (' + year + ')</p>' +
          '<p class="where">' + esc(p.section.join(' › ')) + (p.page ? ' · p. ' + esc(p.page) : '') + '</p>' +
          '<blockquote class="snippet">' + h.snippet + '</blockquote>' +
          '<p class="actions"><a href="/documents/' + esc(d.id) + '?hl=' + p.id + '#p-' + p.id + '">Open in context</a> <a href="/passages/' + p.id + '">Cite</a>' +
          ' <label class="select"><input type="checkbox" name="ids" value="' + p.id + '"> Select</label></p>' +
          (h.more ? '<p class="more"><a href="/?' + esc(new URLSearchParams(Object.assign({}, Object.fromEntries(params), { doc: d.id })).toString()) + '">' + h.more + ' more in this document</a></p>' : '') +
          '</li>';
      }).join('');
      count.textContent = data.total + ' passage' + (data.total === 1 ? '' : 's') + (data.query.correctedQuery ? ' — showing results for “' + data.query.correctedQuery + '”' : '');
    };
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var params = new URLSearchParams(new FormData(form));
        params.delete('page');
        var mine = ++seq;
        fetch('/api/search?' + params.toString(), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (data) {
            if (!data || mine !== seq) return;
            render(data, params);
            history.replaceState(null, '', '/?' + params.toString());
          })
          .catch(function () { /* the form still submits normally */ });
      }, 250);
    });
  }

  // Arriving from a hit: bring the passage into view and mark it.
  if (location.hash && location.hash.indexOf('#p-') === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) { target.classList.add('highlight'); target.setAttribute('tabindex', '-1'); target.focus({ preventScroll: true }); target.scrollIntoView({ block: 'center' }); }
  }

  enhanceCopy(document);
  enhanceFacets();
})();

// Progressive enhancement: every page works without this file. With it: results update as
// you type and when a facet, chip, sort order or page is chosen (the server's own results page,
// swapped in; each new query a history entry), a reading list kept in this browser, one Tab
// stop per result with the arrow keys inside it, the filters over the results on a phone,
// copy buttons (in the citation style chosen once and remembered), long facets get a filter box.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  // Served under a sub-path (PUBLIC_URL https://intranet/passages): the page names it in
  // <html data-base>, and every address this file makes starts with it.
  var BASE = document.documentElement.getAttribute('data-base') || '';
  function at(path) { return BASE + path; }

  // localStorage can be missing or full (private windows): the page then works as without it.
  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); } catch { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* kept for this page only */ }
  }

  // ---- Reading list: [{ id, note }] in localStorage, shown at /list?ids=… ----
  var LIST_KEY = 'policy-passages:reading-list';
  function getList() {
    var l = load(LIST_KEY, []);
    return Array.isArray(l) ? l.filter(function (x) { return x && typeof x.id === 'string'; }) : [];
  }
  function setList(l) { save(LIST_KEY, l); updateCount(); }
  function inList(id) { return getList().some(function (x) { return x.id === id; }); }
  // A year's list with a paragraph of notes on each passage outgrew any address: 100 passages made
  // 83 KB, answered 431 by the server (64 KiB of headers; a proxy's limit is often 8 KB), and the
  // saved list could not be opened (user37). Past this length the address names the passages
  // only; the page fills in the notes this browser keeps.
  var NOTES_ADDRESS_LIMIT = 8000;
  function listUrl(l) {
    if (!l.length) return at('/list');
    var params = new URLSearchParams();
    params.set('ids', l.map(function (x) { return x.id; }).join(','));
    var ids = at('/list?') + params.toString();
    l.forEach(function (x) { if (x.note) params.set('note-' + x.id, x.note); });
    var full = at('/list?') + params.toString();
    return full.length > NOTES_ADDRESS_LIMIT ? ids : full;
  }
  function notesLeftOut(l) { return l.some(function (x) { return x.note; }) && listUrl(l).indexOf('note-') < 0; }
  // An export of the list carries each item's note, as the list page's address does.
  function exportFields(format, l) {
    var fields = [['format', format], ['ids', l.map(function (x) { return x.id; }).join(',')]];
    l.forEach(function (x) { if (x.note) fields.push(['note-' + x.id, x.note]); });
    return fields;
  }
  function exportUrl(format, l) {
    return at('/api/export?') + new URLSearchParams(exportFields(format, l)).toString();
  }
  // Notes past what an address holds (as the list's own address leaves them out) go in a POST's
  // body: a form sent to /api/export, whose answer is a download as the link's is. Those notes had
  // been lost, or the address refused (user37).
  function postExport(format, l) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = at('/api/export');
    form.hidden = true;
    exportFields(format, l).forEach(function (f) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = f[0];
      input.value = f[1];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
    form.remove();
  }
  // the list as its page shows it: its notes as typed (a list offered by an address keeps its own)
  function shownList(ids) {
    return ids.map(function (id) {
      var ta = document.getElementById('note-' + id);
      return { id: id, note: ta ? ta.value : '' };
    });
  }
  function linkIds(a) {
    return (new URL(a.href, location.href).searchParams.get('ids') || '').split(',').filter(Boolean);
  }
  // The list page's export links follow the notes typed since the page was made; past the
  // address's limit a link names the passages alone (what a copied link can carry) and a click
  // sends the notes in a body.
  function updateExportLinks(root) {
    $$('.list-export a[data-format]', root).forEach(function (a) {
      var format = a.getAttribute('data-format');
      var shown = shownList(linkIds(a));
      var url = exportUrl(format, shown);
      a.setAttribute('href', url.length > NOTES_ADDRESS_LIMIT ? exportUrl(format, shown.map(function (x) { return { id: x.id }; })) : url);
      if (a.hasAttribute('data-post-bound')) return;
      a.setAttribute('data-post-bound', '');
      a.addEventListener('click', function (e) {
        var l = shownList(linkIds(a));
        if (exportUrl(format, l).length <= NOTES_ADDRESS_LIMIT) return;
        e.preventDefault();
        postExport(format, l);
      });
    });
  }
  function announce(message) {
    var s = $('#list-status');
    if (s) { s.textContent = ''; setTimeout(function () { s.textContent = message; }, 50); }
  }
  function plural(n) { return n + ' passage' + (n === 1 ? '' : 's'); }
  function updateCount() {
    var n = getList().length;
    var c = $('#list-count');
    if (c) c.textContent = n ? '(' + n + ')' : '';
    var link = $('#list-link');
    if (link) link.setAttribute('href', at('/list'));
  }
  // Another tab changed the list: its count and this page's boxes follow without a reload.
  window.addEventListener('storage', function (e) {
    if (e.key !== LIST_KEY && e.key !== null) return;
    updateCount();
    $$('label.select input[name=ids]').forEach(function (box) { box.checked = inList(box.value); });
    followSavedList();
  });
  // The quote and title of each passage ever listed, kept apart from the list: when a passage
  // leaves the index (its file removed), the list page can still say which one it was.
  var QUOTES_KEY = 'policy-passages:reading-list-quotes';
  function rememberQuote(id, title, text) {
    if (!id || !text) return;
    var q = load(QUOTES_KEY, {});
    if (!q || typeof q !== 'object') q = {};
    var t = text.replace(/\s+/g, ' ').trim();
    q[id] = { title: (title || '').replace(/\s+/g, ' ').trim(), quote: t.length > 160 ? t.slice(0, 159) + '…' : t };
    save(QUOTES_KEY, q);
  }
  function savedQuote(id) {
    var q = load(QUOTES_KEY, {});
    return q && typeof q === 'object' && Object.prototype.hasOwnProperty.call(q, id) ? q[id] : null;
  }
  function toggleInList(id, on) {
    if (on) {
      var hit = document.getElementById('hit-' + id);
      var title = document.getElementById('title-' + id);
      // a hit's snippet, or the passage's own text where it is read (its page, its document)
      var snippet = hit ? $('.snippet', hit) : $('[data-passage="' + id + '"] .text');
      var work = title || $('.passage-page .meta a') || $('h1.doc-title');
      if (snippet) rememberQuote(id, work ? work.textContent : '', snippet.textContent);
    }
    var l = getList().filter(function (x) { return x.id !== id; });
    if (on) l.push({ id: id, note: (getList().filter(function (x) { return x.id === id; })[0] || {}).note || '' });
    setList(l);
    announce((on ? 'Added to' : 'Removed from') + ' the reading list: ' + plural(l.length) + '.');
  }

  // Result checkboxes say whether a passage is in the reading list; ticking one keeps it there.
  function enhanceSelect(root) {
    $$('label.select input[name=ids]', root).forEach(function (box) {
      box.checked = inList(box.value);
      var label = $('.select-label', box.closest('label'));
      if (label) label.textContent = 'Reading list';
      // where a passage is read (its page, its document), the box is offered with JavaScript only
      if (box.closest('label').classList.contains('keep')) box.closest('label').hidden = false;
      box.addEventListener('change', function () { toggleInList(box.value, box.checked); });
    });
    $$('button.add-selected', root).forEach(function (b) { b.hidden = true; });
    var form = $('#export-form', root);
    if (!form) return;
    var what = $('.export-what', form);
    if (what) what.textContent = 'Export the reading list';
    var button = $('.export-button', form);
    if (button) button.textContent = 'Export reading list';
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var l = getList();
      if (!l.length) { announce('The reading list is empty: tick “Reading list” beside a result first.'); return; }
      location.href = exportUrl($('#export-format', form).value, l);
    });
  }

  // ---- Copy buttons: the APA text in the page, or the chosen style from the passage's API record ----
  var STYLE_KEY = 'policy-passages:copy-style';
  // The selector is inside the results, which the live search replaces: look it up each time.
  function styleChoice() { return $('#copy-style'); }
  function enhanceStyleChoice(root) {
    var choice = $('#copy-style', root);
    if (!choice) return;
    choice.closest('label').hidden = false;
    var kept = load(STYLE_KEY, null);
    if (kept && $('option[value="' + kept + '"]', choice)) choice.value = kept;
    choice.addEventListener('change', function () { save(STYLE_KEY, choice.value); });
  }
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
  // With HTML beside the plain text, a word processor pastes the style's italics and a plain
  // text field the same words without them.
  function copyText(text, b, html) {
    var fallback = function () { flash(b, legacyCopy(text) ? 'Copied' : 'Copy failed'); };
    var plain = function () {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { flash(b, 'Copied'); }, fallback);
      else fallback();
    };
    if (html && window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
      var item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
      navigator.clipboard.write([item]).then(function () { flash(b, 'Copied'); }, plain);
    } else plain();
  }
  function enhanceCopy(root) {
    $$('button.copy', root).forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var style = styleChoice() ? styleChoice().value : load(STYLE_KEY, 'apa');
        var id = b.getAttribute('data-passage');
        // A passage page carries its APA text and HTML; result lists leave every style to the
        // passage's API record, which has each in both forms.
        if (!id || (style === 'apa' && b.hasAttribute('data-copy-html'))) { copyText(b.getAttribute('data-copy'), b, b.getAttribute('data-copy-html')); return; }
        fetch(at('/api/passages/') + encodeURIComponent(id))
          .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
          .then(function (data) {
            var text = data.citations && data.citations[style];
            if (!text) throw new Error('no ' + style + ' citation');
            copyText(text, b, data.citationsHtml && data.citationsHtml[style]);
          })
          .catch(function () {
            // result lists carry no text of their own (it doubled each hit's weight)
            if (style === 'apa' && b.hasAttribute('data-copy')) copyText(b.getAttribute('data-copy'), b);
            else flash(b, 'Copy failed');
          });
      });
    });
  }

  // "Cite selection" and "Save selection" (passage and reading views): the words selected in one
  // passage are cited alone, with their own page, through GET /api/passages/{id}/cite, or kept
  // in the reading list as a selection id (PASSAGE.START-END, the offsets the server snapped to
  // whole words), which the list page and the exports quote with that page.
  function selectedSpan() {
    var sel = window.getSelection();
    var node = sel && sel.rangeCount ? sel.getRangeAt(0).startContainer : null;
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    var host = el && el.closest('[data-passage]');
    var textEl = host && $('.text', host);
    if (!textEl || sel.isCollapsed || !textEl.contains(sel.getRangeAt(0).endContainer)) return null;
    var range = sel.getRangeAt(0);
    var before = document.createRange();
    before.setStart(textEl, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    return { passage: host.getAttribute('data-passage'), start: start, end: start + range.toString().length };
  }
  function citeSpan(span) {
    return fetch(at('/api/passages/') + encodeURIComponent(span.passage) + '/cite?start=' + span.start + '&end=' + span.end)
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); });
  }
  function enhanceCiteSelection() {
    var control = $('p.cite-selection');
    if (!control) return;
    control.hidden = false;
    var b = $('button.cite-selection', control);
    b.addEventListener('click', function () {
      var span = selectedSpan();
      if (!span) { flash(b, 'Select words in one passage first'); return; }
      var style = styleChoice() ? styleChoice().value : load(STYLE_KEY, 'apa');
      citeSpan(span)
        .then(function (data) { copyText(data.citations[style], b, data.citationsHtml[style]); })
        .catch(function () { flash(b, 'Could not cite the selection'); });
    });
    var keep = $('button.save-selection', control);
    if (!keep) return;
    keep.addEventListener('click', function () {
      var span = selectedSpan();
      if (!span) { flash(keep, 'Select words in one passage first'); return; }
      citeSpan(span)
        .then(function (data) {
          var id = data.passage + '.' + data.start + '-' + data.end;
          var title = $('.passage-page .meta a') || $('h1');
          rememberQuote(id, title ? title.textContent : '', data.text);
          var already = inList(id);
          if (!already) setList(getList().concat([{ id: id, note: '' }]));
          flash(keep, already ? 'Already in the reading list' : 'Saved');
          announce((already ? 'Already in' : 'Saved to') + ' the reading list: “' + (data.text.length > 60 ? data.text.slice(0, 59) + '…' : data.text) + '”' + (data.locator ? ', ' + data.locator : '') + '. ' + plural(getList().length) + '.');
        })
        .catch(function () { flash(keep, 'Could not save the selection'); });
    });
  }
  enhanceCiteSelection();

  // ---- Facets: a filter box for long ones, "Show all" ----
  function enhanceFacets(root) {
    $$('section.facet', root).forEach(function (sec) {
      var input = $('input.facet-filter', sec);
      if (!input) return;
      input.hidden = false;
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'link more-values';
      more.textContent = 'Show all';
      more.setAttribute('aria-expanded', 'false');
      // before the server's "n of N shown: list all", which goes past what the page holds
      sec.insertBefore(more, $('.facet-more', sec));
      more.addEventListener('click', function () {
        var open = sec.classList.toggle('open');
        more.textContent = open ? 'Show fewer' : 'Show all';
        more.setAttribute('aria-expanded', String(open));
      });
      // The box searches the values this page holds; when none holds the words, say so, and
      // point to the server's "list all" when the facet has values the page does not hold.
      var none = document.createElement('p');
      none.className = 'facet-none';
      none.setAttribute('role', 'status');
      input.parentNode.insertBefore(none, input.nextSibling);
      // Values the page does not list (a facet of thousands lists 50): asked of the server for
      // the words typed (/api/facet-values), listed under the box as the page's own values are.
      var found = document.createElement('ul');
      found.className = 'facet-found';
      found.setAttribute('aria-label', 'More values holding the words typed');
      input.parentNode.insertBefore(found, none.nextSibling);
      var facet = sec.getAttribute('data-facet');
      var asked = 0, timer = null;
      function askServer(q) {
        var mine = ++asked;
        var params = new URLSearchParams(location.search);
        params.delete('page');
        params.delete('facetSize');
        params.set('facet', facet);
        params.set('find', q);
        fetch(at('/api/facet-values?') + params.toString(), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (body) {
            if (mine !== asked || !body) return;
            var listed = {};
            $$('ul:not(.facet-found) a.value[data-key]', sec).forEach(function (a) { listed[a.getAttribute('data-key')] = true; });
            var fresh = body.values.filter(function (v) { return !listed[facet + ':' + v.id]; });
            found.textContent = '';
            fresh.forEach(function (v) {
              var to = new URLSearchParams(location.search);
              to.delete('page');
              to.append(facet, v.id);
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.className = 'value';
              a.href = at('/?') + to.toString();
              a.setAttribute('data-key', facet + ':' + v.id);
              a.textContent = v.label;
              var n = document.createElement('span');
              n.className = 'n';
              n.textContent = String(v.count);
              li.appendChild(a);
              li.appendChild(document.createTextNode(' '));
              li.appendChild(n);
              // the exclude control the page's own values carry (views/search.ejs), years aside
              if (facet !== 'year') {
                var off = new URLSearchParams(location.search);
                off.delete('page');
                off.append(facet, '-' + v.id);
                var ex = document.createElement('a');
                ex.className = 'exclude';
                ex.href = at('/?') + off.toString();
                ex.setAttribute('data-key', facet + ':' + v.id);
                ex.title = 'Exclude ' + v.label;
                ex.setAttribute('aria-label', 'Exclude ' + v.label);
                ex.textContent = '−';
                li.appendChild(document.createTextNode(' '));
                li.appendChild(ex);
              }
              found.appendChild(li);
            });
            var shownHere = $$('ul:not(.facet-found) li', sec).filter(function (li) { return !li.hidden; }).length;
            none.textContent = !fresh.length && !shownHere ? 'No ' + ($('h3', sec) || { textContent: facet }).textContent.toLowerCase() + ' value holds “' + q + '” in these results.'
              : fresh.length ? (body.matching > body.values.length ? 'The ' + body.values.length + ' most frequent of ' + body.matching + ' values holding “' + q + '”; more words narrow them.' : '') : '';
          })
          .catch(function () {});
      }
      input.addEventListener('input', function () {
        var q = input.value.toLowerCase();
        sec.classList.toggle('filtering', q.length > 0);
        var shown = 0;
        $$('ul:not(.facet-found) li', sec).forEach(function (li) { li.hidden = q.length > 0 && li.textContent.toLowerCase().indexOf(q) < 0; if (!li.hidden) shown++; });
        var listAll = $('.facet-more a', sec);
        clearTimeout(timer);
        found.textContent = '';
        asked++;
        if (listAll && q.trim().length >= 2) {
          none.textContent = shown ? '' : 'Looking for “' + input.value + '” among every value…';
          timer = setTimeout(function () { askServer(input.value.trim()); }, 200);
          return;
        }
        none.textContent = q.length && !shown ? 'No value listed here holds “' + input.value + '”' + (listAll ? ': “list all” below loads every value to search.' : '.') : '';
      });
    });
  }

  // ---- Phone: the filters open over the results ----
  var FILTERS_OPEN = 'filters-open';
  function setFilters(open, focus) {
    document.documentElement.classList.toggle(FILTERS_OPEN, open);
    var toggle = $('.filters-toggle');
    if (toggle) toggle.setAttribute('aria-expanded', String(open));
    if (!focus) return;
    if (open) { var first = $('#filters .close-filters') || $('#filters'); if (first) first.focus(); }
    else if (toggle) toggle.focus();
  }
  function enhanceFilters(root) {
    var toggle = $('.filters-toggle', root);
    if (!toggle) return;
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-expanded', String(document.documentElement.classList.contains(FILTERS_OPEN)));
    toggle.addEventListener('click', function (e) { e.preventDefault(); setFilters(true, true); });
    toggle.addEventListener('keydown', function (e) { if (e.key === ' ') { e.preventDefault(); setFilters(true, true); } });
    var close = $('.close-filters', root);
    if (close) { close.hidden = false; close.addEventListener('click', function () { setFilters(false, true); }); }
  }

  // ---- A hit's tags past the first three, folded on a phone behind "+N more" (style.css) ----
  // delegated: live results replace the hits after this runs. The button goes with the fold, so
  // the focus moves to the first tag it showed.
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button.more-tags') : null;
    if (!b) return;
    var tags = b.closest('ul.tags');
    tags.classList.add('open');
    var first = $('li.extra a', tags);
    if (first) first.focus();
  });

  // ---- One Tab stop per result; the arrow keys move inside it (roving focus) ----
  function controlsOf(hit) {
    return $$('a[href], button:not([hidden]), input, select, textarea', hit).filter(function (el) { return el.offsetParent !== null || el === document.activeElement; });
  }
  // The keys are said next to the results and on each result, since its links and box are not
  // Tab stops any more (the hint is shown only where the keys work, with this script).
  function enhanceHits(root) {
    var hint = $('#keys-hint', root) || $('#keys-hint');
    if (hint) hint.hidden = false;
    $$('li.hit', root).forEach(function (hit) {
      hit.tabIndex = 0;
      if (hint) hit.setAttribute('aria-describedby', 'keys-hint');
      $$('a[href], button, input, select, textarea', hit).forEach(function (el) { el.tabIndex = -1; });
    });
  }

  function enhance(root) {
    enhanceStyleChoice(root);
    enhanceCopy(root);
    enhanceFacets(root);
    enhanceSelect(root);
    enhanceFilters(root);
    enhanceHits(root);
  }

  var isTextEntry = function (el) {
    if (!el || !el.tagName) return false;
    if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
    return el.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset)$/.test(el.type);
  };

  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = isTextEntry(t);
    if (e.key === '/' && !typing) { var q = $('#q'); if (q) { e.preventDefault(); q.focus(); q.select(); } return; }
    // Escape leaves the search box for the results. A search input would otherwise clear
    // itself, and the live search would then replace the results under the reader.
    if (e.key === 'Escape' && t && t.id === 'q') { e.preventDefault(); t.blur(); return; }
    if (e.key === 'Escape' && document.documentElement.classList.contains(FILTERS_OPEN)) { e.preventDefault(); setFilters(false, true); return; }
    if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
    var hits = $$('li.hit');
    if (!hits.length) return;
    var hit = t && t.closest ? t.closest('li.hit') : null;
    var i = hits.indexOf(hit);
    var next = function (by) { e.preventDefault(); hits[Math.max(0, Math.min(hits.length - 1, i + by))].focus(); };
    if (e.key === 'j' || e.key === 'ArrowDown') { if (i < 0) { e.preventDefault(); hits[0].focus(); } else next(1); return; }
    if (e.key === 'k' || e.key === 'ArrowUp') { if (i >= 0) next(-1); return; }
    if (!hit) return;
    // "x" puts the result in the reading list (or takes it out), as mail clients select
    if (e.key === 'x') {
      var box = $('input[name=ids]', hit);
      if (box) { e.preventDefault(); box.checked = !box.checked; box.dispatchEvent(new Event('change', { bubbles: true })); }
      return;
    }
    var controls = controlsOf(hit);
    var at = controls.indexOf(t);
    if (t === hit) {
      if (e.key === 'ArrowRight' || e.key === 'Enter') { e.preventDefault(); if (controls[0]) controls[0].focus(); }
      else if (e.key === 'Home') { e.preventDefault(); hits[0].focus(); }
      else if (e.key === 'End') { e.preventDefault(); hits[hits.length - 1].focus(); }
      return;
    }
    if (e.key === 'ArrowRight') { e.preventDefault(); controls[(at + 1) % controls.length].focus(); }
    else if (e.key === 'ArrowLeft') { e.preventDefault(); if (at <= 0) hit.focus(); else controls[at - 1].focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); hit.focus(); }
    else if (e.key === 'Home') { e.preventDefault(); controls[0].focus(); }
    else if (e.key === 'End') { e.preventDefault(); controls[controls.length - 1].focus(); }
  });

  // ---- Results: the server renders the results page and its region is swapped in, so hits,
  // facet counts, filters, paging and the empty state are the same as after a submit. ----
  var form = $('form.search[role=search]');
  var box = $('#q');
  var region = $('#results-region');
  var status = $('#live-status');
  var seq = 0;
  var lastPush = 0;

  // A new query gets its own history entry, so Back returns to the one before; the updates
  // while one query is being typed replace each other.
  function record(url, mode) {
    if (url === location.pathname + location.search) return;
    if (mode === 'push' || (mode === 'typing' && Date.now() - lastPush > 1500)) history.pushState({ results: true }, '', url);
    else history.replaceState({ results: true }, '', url);
    if (mode !== 'none') lastPush = Date.now();
  }

  var pending = false;
  var queued = [];
  function swapResults(url, mode, after) {
    var mine = ++seq;
    pending = true;
    return fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (r) { return r.ok || r.status === 400 ? r.text() : null; })
      .then(function (html) {
        if (mine !== seq) return;
        pending = false;
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('results-region');
        if (!fresh) { location.href = url; return; }
        var node = document.importNode(fresh, true);
        // the live region says the notes (speakResults): left as status regions, inserted with
        // their text, some screen readers (VoiceOver, JAWS) said each warning a second time
        $$('[role=status], [role=alert], [aria-live]', node).forEach(function (el) { el.removeAttribute('role'); el.removeAttribute('aria-live'); });
        region.replaceWith(node);
        region = node;
        enhance(region);
        document.title = doc.title;
        if (status) speakResults(region);
        if (mode !== 'none') record(url, mode);
        if (after) after();
        var next = queued.shift();
        var again = next && $('.facet a.' + (next.exclude ? 'exclude' : 'value') + '[data-key="' + next.key.replace(/"/g, '\\"') + '"]', region);
        if (again) again.click();
      })
      .catch(function () { pending = false; location.href = url; });
  }

  // What the live region says after results are swapped in: the count (without the text of the
  // links in it: "· list all 117" was read as prose), the page when there are pages (paging said
  // the same count again, so nothing), and the notes the search added — a correction, a warning,
  // the words a question left out — which arrive inside the new region, and a live region
  // inserted with its text is not announced (userreview20a, 3–5). Emptied first, so the same
  // words twice are still spoken.
  function resultsMessage(root) {
    var parts = [];
    var count = $('#count', root);
    if (count) {
      var c = count.cloneNode(true);
      $$('a', c).forEach(function (a) { a.remove(); });
      parts.push(c.textContent.replace(/\s+/g, ' ').replace(/[\s·]+$/, '').trim());
    }
    var where = $('.pager .where', root);
    if (where) parts.push(where.textContent.trim());
    $$('.corrected, .ignored, .warning, .empty h2', root).forEach(function (el) { parts.push(el.textContent.replace(/\s+/g, ' ').trim()); });
    return parts.filter(Boolean).map(function (t) { return /[.?!]$/.test(t) ? t : t + '.'; }).join(' ');
  }
  function speakResults(root) {
    var message = resultsMessage(root);
    status.textContent = '';
    clearTimeout(speakResults.timer);
    speakResults.timer = setTimeout(function () { status.textContent = message; }, 50);
  }

  function formUrl() {
    var params = new URLSearchParams(new FormData(form));
    params.delete('page');
    params.delete('list');
    return at('/?') + params.toString();
  }

  if (form && box && region && !form.classList.contains('inline-search')) {
    var timer = null;
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { swapResults(formUrl(), 'typing'); }, 250);
    });
    var sort = $('#sort');
    if (sort) sort.addEventListener('change', function () { swapResults(formUrl(), 'push'); });

    // Facets, chips, paging and the other links that lead to another results page: swapped
    // in place, the scroll position and the focus kept where the reader was.
    document.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest('a[href]') : null;
      if (!a || !region.contains(a) || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      if (!(a.matches('.facet a, .chips a, .pager a, .empty a, .corrected a, .more a, .tags a.tag'))) return;
      var url = new URL(a.href, location.href);
      if (url.origin !== location.origin || url.pathname !== at('/')) return;
      e.preventDefault();
      var key = a.getAttribute('data-key');
      // A facet chosen while the previous choice is still loading is chosen again on the
      // results that choice brings, so neither is lost.
      if (pending && key) { queued.push({ key: key, exclude: a.classList.contains('exclude') }); return; }
      var panel = $('#filters');
      var panelScroll = panel ? panel.scrollTop : 0;
      var top = a.getBoundingClientRect().top;
      var chipIndex = a.closest('.chips') ? $$('.chips a', region).indexOf(a) : -1;
      var paging = !!a.closest('.pager');
      swapResults(url.pathname + url.search, 'push', function () {
        var newPanel = $('#filters');
        if (newPanel) newPanel.scrollTop = panelScroll;
        var target = null;
        if (key) target = $('.facet a.value[data-key="' + key.replace(/"/g, '\\"') + '"]', region) || $('#facet-' + key.split(':')[0], region);
        else if (chipIndex >= 0) { var chips = $$('.chips a', region); target = chips[Math.min(chipIndex, chips.length - 1)] || $('#results', region); }
        if (!target || paging) target = $('#results', region);
        if (!target) return;
        target.focus({ preventScroll: true });
        if (paging) { target.scrollIntoView({ block: 'start' }); return; }
        // keep what was clicked where it was on the screen (in the filters panel on a phone)
        var moved = target.getBoundingClientRect().top - top;
        if (!key) return;
        if (document.documentElement.classList.contains(FILTERS_OPEN) && newPanel) newPanel.scrollTop += moved;
        else window.scrollBy(0, moved);
      });
    });

    // The pager's "Go to page" box: the page swapped in place as its links are, the focus on the results.
    document.addEventListener('submit', function (e) {
      var f = e.target;
      if (!f.matches || !f.matches('form.page-jump') || !region.contains(f)) return;
      e.preventDefault();
      swapResults(at('/?') + new URLSearchParams(new FormData(f)).toString(), 'push', function () {
        var target = $('#results', region);
        if (!target) return;
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      });
    });

    window.addEventListener('popstate', function () {
      if (location.pathname !== at('/')) return;
      var params = new URLSearchParams(location.search);
      box.value = params.get('q') || '';
      var s = $('#sort');
      if (s) s.value = params.get('sort') || 'relevance';
      swapResults(location.pathname + location.search, 'none');
    });
  }

  // ---- The reading list page: the URL shows a list; this browser keeps one ----
  function initListPage() {
    var listRegion = $('#list-region');
    if (!listRegion) return;
    // Passages of a file renamed since were read under their new ids: the saved list follows.
    var renamed = {};
    try { renamed = JSON.parse(listRegion.getAttribute('data-renamed') || '{}') || {}; } catch { renamed = {}; }
    // Two saved ids naming the same words were kept once, both notes in the one kept (the
    // server's merged list): the saved list drops the second and takes the joined note.
    var mergedInto = {};
    $$('li[data-merged-id]', listRegion).forEach(function (li) { mergedInto[li.getAttribute('data-merged-id')] = li.getAttribute('data-merged-into'); });
    var has = function (o, id) { return Object.prototype.hasOwnProperty.call(o, id); };
    var to = function (id) { var r = has(renamed, id) ? renamed[id] : id; return has(mergedInto, r) ? mergedInto[r] : has(mergedInto, id) ? mergedInto[id] : r; };
    var once = function (items) {
      var seen = {};
      return items.filter(function (x) { if (has(seen, x.id)) return false; seen[x.id] = true; return true; }).map(function (x) {
        var ta = Object.keys(mergedInto).length ? document.getElementById('note-' + x.id) : null;
        return { id: x.id, note: ta ? ta.value : x.note };
      });
    };
    if (Object.keys(renamed).length || Object.keys(mergedInto).length) {
      setList(once(getList().map(function (x) { return { id: to(x.id), note: x.note }; })));
      var before = new URLSearchParams(location.search);
      var moved = once((before.get('ids') || '').split(',').filter(Boolean).map(function (id) { return { id: to(id), note: before.get('note-' + id) || '' }; }));
      history.replaceState(null, '', listUrl(moved));
    }
    $$('li.list-item', listRegion).forEach(function (li) {
      var quote = $('blockquote p', li);
      var doc = $('a.doc', li);
      if (quote) rememberQuote(li.getAttribute('data-id'), doc ? doc.textContent : '', quote.textContent);
    });
    $$('li[data-missing-id]', listRegion).forEach(function (li) {
      var q = savedQuote(li.getAttribute('data-missing-id'));
      var slot = $('.saved-quote', li);
      if (q && slot) slot.textContent = (q.title ? ' from “' + q.title + '”' : '') + ': “' + q.quote + '”';
      // an address too long for its notes named the passage alone: the note this browser keeps
      var kept = getList().filter(function (x) { return x.id === li.getAttribute('data-missing-id'); })[0];
      if (kept && kept.note && li.textContent.indexOf('; your note: ') < 0) li.appendChild(document.createTextNode('; your note: “' + kept.note + '”'));
    });
    var params = new URLSearchParams(location.search);
    var urlIds = (params.get('ids') || '').split(',').filter(Boolean);
    var stored = getList();
    var storedIds = stored.map(function (x) { return x.id; });
    if (!urlIds.length && stored.length && !params.has('undo')) { location.replace(listUrl(stored)); return; }
    var fromUrl = urlIds.map(function (id) { return { id: id, note: params.get('note-' + id) || '' }; });
    listShowsSaved = true;
    if (urlIds.join(',') !== storedIds.join(',')) {
      if (!stored.length || params.has('undo')) setList(fromUrl);
      else { listShowsSaved = false; offerToKeep(fromUrl, stored); }
    } else {
      // the same list: a note typed in this browser wins over an older one in the address
      setList(stored.map(function (x, i) { return { id: x.id, note: x.note || fromUrl[i].note }; }));
      stored.forEach(function (x) { var ta = document.getElementById('note-' + x.id); if (ta && x.note && ta.value !== x.note) ta.value = x.note; });
      if (notesLeftOut(stored)) {
        var told = document.createElement('p');
        told.className = 'notice notes-kept';
        told.textContent = 'Your notes are too long to travel in this page’s address: this browser keeps them.';
        $('#list-region').insertBefore(told, $('#list-region h1').nextSibling);
      }
    }
    enhanceListRegion();
  }

  // Whether the list page shows this browser's saved list (not a list sent by an address).
  var listShowsSaved = false;
  // A list page showing the saved list follows it when another tab changes it: its address kept
  // the old ids, so after a passage was ticked in a search tab, reloading the list's own tab said
  // "This address shows a list that is not your saved reading list" (user32 finding 5).
  function followSavedList() {
    var region = $('#list-region');
    if (!region || !listShowsSaved) return;
    var saved = getList();
    var url = listUrl(saved);
    if (url === location.pathname + location.search) return;
    // Only a note changed (the same passages, in the same order): the page is right but for that
    // note. Fetching the page anew at each pause of the typing in another tab replaced this tab's
    // boxes under its reader and announced "changed" every time; the note is put in place instead,
    // unless this tab's reader is typing in that very box.
    var shown = $$('li.list-item', region).map(function (li) { return li.getAttribute('data-id'); });
    if (shown.length && shown.join(',') === saved.map(function (x) { return x.id; }).join(',')) {
      saved.forEach(function (x) {
        var ta = document.getElementById('note-' + x.id);
        if (ta && ta !== document.activeElement && ta.value !== (x.note || '')) ta.value = x.note || '';
      });
      history.replaceState(null, '', url);
      updateExportLinks(region);
      return;
    }
    // each change fetches anew: an answer overtaken by a later change is dropped, or a slow
    // first answer would put the older list (and its address) back after the newer one
    var latest = function () { return listShowsSaved && url === listUrl(getList()); };
    fetch(url).then(function (r) { return r.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('list-region');
      if (!fresh || !latest()) return;
      $('#list-region').replaceWith(document.importNode(fresh, true));
      history.replaceState(null, '', url);
      enhanceListRegion();
      announce('The reading list changed in another tab: ' + plural(getList().length) + '.');
    }).catch(function () { if (latest()) history.replaceState(null, '', url); });
  }

  function offerToKeep(fromUrl, stored) {
    var bar = document.createElement('div');
    bar.className = 'notice list-offer';
    bar.setAttribute('role', 'status');
    bar.innerHTML = '<p>This address shows a list that is not your saved reading list (' + plural(stored.length) + ').</p>';
    var keep = document.createElement('button');
    keep.type = 'button';
    keep.textContent = 'Add these to my reading list';
    keep.addEventListener('click', function () {
      var ids = getList().map(function (x) { return x.id; });
      setList(getList().concat(fromUrl.filter(function (x) { return ids.indexOf(x.id) < 0; })));
      location.replace(listUrl(getList()));
    });
    var mine = document.createElement('a');
    mine.href = listUrl(stored);
    mine.textContent = 'Show my reading list';
    bar.appendChild(keep);
    bar.appendChild(document.createTextNode(' '));
    bar.appendChild(mine);
    $('#list-region').insertBefore(bar, $('#list-region h1').nextSibling);
  }

  function enhanceListRegion() {
    var listRegion = $('#list-region');
    enhanceCopy(listRegion);
    var saveButton = $('button.save-notes', listRegion);
    if (saveButton) saveButton.hidden = true;
    // a note typed in this browser (filled in above) may be newer than the address's
    updateExportLinks(listRegion);
    $$('textarea[id^="note-"]', listRegion).forEach(function (ta) {
      var id = ta.id.slice(5);
      var timer = null;
      var typed = false;
      // A box its reader is in is left alone when its note changes in another tab
      // (followSavedList); one only visited, nothing typed, shows that note once left, or a word
      // added later would save the older note over the other tab's (review37).
      ta.addEventListener('blur', function () {
        var x = getList().filter(function (y) { return y.id === id; })[0];
        if (!typed && listShowsSaved && x && ta.value !== (x.note || '')) ta.value = x.note || '';
      });
      ta.addEventListener('input', function () {
        typed = true;
        clearTimeout(timer);
        timer = setTimeout(function () {
          setList(getList().map(function (x) { return x.id === id ? { id: x.id, note: ta.value } : x; }));
          history.replaceState(null, '', listUrl(getList()));
          updateExportLinks(listRegion);
        }, 300);
      });
    });
    $$('a.act, a.undo', listRegion).forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        var url = new URL(a.href, location.href);
        var act = a.getAttribute('data-act') || 'undo';
        var item = a.closest('li.list-item');
        var id = item ? item.getAttribute('data-id') : null;
        var ids = (url.searchParams.get('ids') || '').split(',').filter(Boolean);
        var notes = {};
        getList().forEach(function (x) { notes[x.id] = x.note; });
        // The link was made with the notes of when the page was made: on the saved list's page a
        // note emptied since (here, or put in place from another tab) came back from it, into the
        // list, the page and its address (review37). The saved notes go into the link instead,
        // and into the list a clear offers to undo; the link's own note still serves a list
        // offered by an address.
        if (listShowsSaved) {
          ids.forEach(function (x) {
            if (!Object.prototype.hasOwnProperty.call(notes, x)) return;
            if (notes[x]) url.searchParams.set('note-' + x, notes[x]);
            else url.searchParams.delete('note-' + x);
          });
          // the server reads undo as the list's address below the base path (listUrl's starts with it)
          if (act === 'clear' && url.searchParams.has('undo')) url.searchParams.set('undo', listUrl(getList()).slice(BASE.length));
        }
        setList(ids.map(function (x) { return { id: x, note: notes[x] || url.searchParams.get('note-' + x) || '' }; }));
        var n = getList().length;
        var message = act === 'clear' ? 'The reading list was cleared.' : act === 'remove' ? 'Removed: ' + plural(n) + ' left.' : act === 'undo' ? 'The reading list is back: ' + plural(n) + '.' : 'Moved ' + act + '.';
        fetch(url.pathname + url.search).then(function (r) { return r.text(); }).then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('list-region');
          if (!fresh) { location.href = url.href; return; }
          var node = document.importNode(fresh, true);
          $('#list-region').replaceWith(node);
          history.replaceState(null, '', url.pathname + url.search);
          enhanceListRegion();
          var focus = null;
          if (act === 'up' || act === 'down') { var moved = document.getElementById('item-' + id); focus = moved && ($('a.act[data-act="' + act + '"]', moved) || $('a.act', moved)); }
          else if (act === 'clear') focus = $('a.undo');
          if (!focus) focus = $('#list-title');
          focus.focus();
          announce(message);
        }).catch(function () { location.href = url.href; });
      });
    });
  }

  // Skip links move the focus, not only the view, so the next Tab starts from there.
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.skip') : null;
    if (!a) return;
    var target = document.getElementById(a.getAttribute('href').slice(1));
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  });

  // Arriving from a hit: bring the passage into view and mark it.
  if (location.hash && location.hash.indexOf('#p-') === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) { target.classList.add('highlight'); target.setAttribute('tabindex', '-1'); target.focus({ preventScroll: true }); target.scrollIntoView({ block: 'center' }); }
  }

  updateCount();
  enhance(document);
  initListPage();
})();

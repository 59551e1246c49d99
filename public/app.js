// Progressive enhancement: every page works without this file. With it: results update as
// you type (the server's own results page, swapped in; the URL kept in sync), "/" focuses the search box, Escape
// leaves it, j/k or the arrow keys move between results, copy buttons copy (in the chosen
// citation style), long facets get a filter box.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  // Copy buttons copy the APA text in the page, or, when another style is chosen, that style
  // fetched from the passage's API record.
  // The selector is inside the results, which the live search replaces: look it up each time.
  function styleChoice() { return $('#copy-style'); }
  function enhanceStyleChoice(root, keep) {
    var choice = $('#copy-style', root);
    if (!choice) return;
    choice.closest('label').hidden = false;
    if (keep) choice.value = keep;
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
        var style = styleChoice() ? styleChoice().value : 'apa';
        var id = b.getAttribute('data-passage');
        // The page carries the APA text (and, on a passage page, its HTML); result lists leave
        // the HTML to the passage's API record, which has every style in both forms.
        if (!id || (style === 'apa' && b.hasAttribute('data-copy-html'))) { copyText(b.getAttribute('data-copy'), b, b.getAttribute('data-copy-html')); return; }
        fetch('/api/passages/' + encodeURIComponent(id))
          .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
          .then(function (data) {
            var text = data.citations && data.citations[style];
            if (!text) throw new Error('no ' + style + ' citation');
            copyText(text, b, data.citationsHtml && data.citationsHtml[style]);
          })
          .catch(function () {
            if (style === 'apa') copyText(b.getAttribute('data-copy'), b);
            else flash(b, 'Copy failed');
          });
      });
    });
  }

  // "Cite selection" (passage and reading views): the words selected in one passage are cited
  // alone, with the passage's page, through GET /api/passages/{id}/cite.
  function enhanceCiteSelection() {
    var control = $('p.cite-selection');
    if (!control) return;
    control.hidden = false;
    var b = $('button.cite-selection', control);
    b.addEventListener('click', function () {
      var sel = window.getSelection();
      var node = sel && sel.rangeCount ? sel.getRangeAt(0).startContainer : null;
      var el = node && (node.nodeType === 1 ? node : node.parentElement);
      var host = el && el.closest('[data-passage]');
      var textEl = host && $('.text', host);
      if (!textEl || sel.isCollapsed || !textEl.contains(sel.getRangeAt(0).endContainer)) { flash(b, 'Select words in one passage first'); return; }
      var range = sel.getRangeAt(0);
      var before = document.createRange();
      before.setStart(textEl, 0);
      before.setEnd(range.startContainer, range.startOffset);
      var start = before.toString().length;
      var end = start + range.toString().length;
      var style = styleChoice() ? styleChoice().value : 'apa';
      fetch('/api/passages/' + encodeURIComponent(host.getAttribute('data-passage')) + '/cite?start=' + start + '&end=' + end)
        .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
        .then(function (data) { copyText(data.citations[style], b, data.citationsHtml[style]); })
        .catch(function () { flash(b, 'Could not cite the selection'); });
    });
  }
  enhanceCiteSelection();

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

  // Live search: the server renders the results page for the new query and its results region
  // is swapped in, so hits, facet counts, filters, paging and the empty state are the same as
  // after a submit (one template, no copy of it here).
  var form = $('form.search[role=search]');
  var box = $('#q');
  var region = $('#results-region');
  var status = $('#live-status');
  if (form && box && region && !form.classList.contains('inline-search')) {
    var timer = null;
    var seq = 0;
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var params = new URLSearchParams(new FormData(form));
        params.delete('page');
        var mine = ++seq;
        fetch('/?' + params.toString(), { headers: { Accept: 'text/html' } })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (!html || mine !== seq) return;
            var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('results-region');
            if (!fresh) return;
            var keepStyle = styleChoice() ? styleChoice().value : null;
            var node = document.importNode(fresh, true);
            region.replaceWith(node);
            region = node;
            enhanceStyleChoice(region, keepStyle);
            enhanceCopy(region);
            enhanceFacets(region);
            // The count element is new; a live region that already exists announces it.
            var count = $('#count', region);
            if (status && count) status.textContent = count.textContent;
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

  enhanceStyleChoice(document);
  enhanceCopy(document);
  enhanceFacets(document);
})();

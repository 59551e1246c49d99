"""userreview21b: every PDF passage of a build looked for verbatim on the page it cites.

python3 scripts/userreview21b/verbatim.py INDEX_DIR CORPUS_DIR [FILE_FILTER]

Each passage is cut at its pageBreaks; each part in 6-word chunks, each chunk looked for in
`pdftotext` and `pdftotext -raw` of the physical page that part is on (whitespace ignored, a
line-end hyphen kept or dropped). Prints per file how many passages hold a chunk not found;
'nfkc' chunks differ only by a ligature the product expands (right). Rows in /tmp/verbatim-rows.json.
A chunk across a footnote or box printed mid-paragraph, or a 2-up sheet's two pages, is reported
though right: read the rows (the checker's limits, not the product's).
"""
import json, subprocess, re, sys, unicodedata, collections, glob, os
IDX, CORPUS = sys.argv[1], sys.argv[2]
B = open(os.path.join(IDX, 'CURRENT')).read().strip()
B = os.path.join(IDX, 'builds', B) + '/'
ps = json.load(open(B+'passages.json'))
docs = {d['id']: d for d in json.load(open(B+'documents.json'))} if isinstance(json.load(open(B+'documents.json')), list) else None
if docs is None:
    dj = json.load(open(B+'documents.json')); docs = {d['id']: d for d in (dj.get('documents') or dj.values())}
C = CORPUS.rstrip('/') + '/'
pagecache = {}
def page_text(f, n):
    k = (f, n)
    if k not in pagecache:
        pagecache[k] = (subprocess.run(['pdftotext', '-raw', '-f', str(n), '-l', str(n), C+f, '-'], capture_output=True, text=True).stdout, subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), C+f, '-'], capture_output=True, text=True).stdout)
    return pagecache[k]
def npages(f):
    out = subprocess.run(['pdfinfo', C+f], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))
HY = '\x00'
def prep_pdf(t):
    # line-end hyphen (any dash-like) becomes optional marker; keep the hyphen char after marker
    t = re.sub(r'([-\u2010\u2011\u00ad])[ \t]*\n\s*', lambda m: HY + m.group(1), t)
    return re.sub(r'\s+', '', t)
def find(S, P):
    # P found in S where HY+h may match h or nothing (soft), HY alone skip
    first = P[0] if P else ''
    for i in range(len(S)):
        if S[i] != first and S[i] != HY: continue
        if match(S, i, P, 0): return True
    return False
def match(S, i, P, j):
    while j < len(P):
        if i >= len(S): return False
        if S[i] == HY:
            # option a: keep hyphen char; option b: drop hyphen
            if i+1 < len(S) and match(S, i+2, P, j): return True
            i += 1
            if i < len(S) and S[i] == P[j]: i += 1; j += 1; continue
            return False
        if S[i] != P[j]: return False
        i += 1; j += 1
    return True
def chunks(words, n=6):
    for k in range(0, len(words), n):
        c = words[k:k+n]
        if len(c) < 3 and k > 0: c = words[max(0,k-3):k+n]
        yield ' '.join(c)
res = collections.defaultdict(list)
rows = []
sel = sys.argv[3] if len(sys.argv) > 3 else ''
for p in ps:
    d = docs[p['doc']]
    f = d.get('file', '')
    if not f.endswith('.pdf') or sel not in f: continue
    if p.get('physicalPage') is None: continue
    pp = p['physicalPage']
    span = 1 + (len(p.get('pageBreaks') or []) if p.get('pageBreaks') else (1 if p.get('pageEnd') else 0))
    text = p['text']
    brk = [b['offset'] for b in (p.get('pageBreaks') or [])]
    segs = []; prev = 0
    for i, o in enumerate(brk + [len(text)]):
        segs.append((text[prev:o], pp + i)); prev = o
    bad = []
    for seg, pg in segs:
        t0, t1 = page_text(f, pg)
        S = prep_pdf(t0); S2 = prep_pdf(t1)
        for c in chunks(seg.split()):
            P = re.sub(r'\s+', '', c)
            if find(S, P) or find(S2, P): continue
            if find(unicodedata.normalize('NFKC', S), unicodedata.normalize('NFKC', P)): bad.append(('nfkc', c)); continue
            # on another page nearby?
            other = None
            for q in (pg - 1, pg + 1, pg + 2):
                if q < 1: continue
                try:
                    u0, u1 = page_text(f, q)
                except Exception: continue
                if find(prep_pdf(u0), P) or find(prep_pdf(u1), P): other = q; break
            bad.append(('otherpage:%s' % other, c) if other else ('miss', c))
    words = text.split()
    wider = []
    if bad:
        N = npages(f) if f not in pagecache else None
    rows.append({'id': p['id'], 'doc': p['doc'], 'file': f, 'page': p['page'], 'pageEnd': p.get('pageEnd'), 'phys': pp, 'span': span, 'bad': bad, 'nchunks': len(list(chunks(words))), 'bt': p.get('blockType')})
json.dump(rows, open('/tmp/verbatim-rows.json', 'w'), ensure_ascii=False, indent=0)
tot = len(rows); badn = sum(1 for r in rows if any(k != 'nfkc' for k, _ in r['bad']))
print('passages', tot, 'with a chunk not found on its page (ligatures aside)', badn, '; ligatures only', sum(1 for r in rows if r['bad'] and all(k == 'nfkc' for k, _ in r['bad'])))
by = collections.Counter(r['file'] for r in rows if any(k != 'nfkc' for k, _ in r['bad'])); byt = collections.Counter(r['file'] for r in rows)
for f in byt: print(f'{by[f]:4d}/{byt[f]:4d} {f}')

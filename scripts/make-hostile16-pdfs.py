# hostile16: hand-written hostile PDFs (rotated page, CropBox offset, glyph names without ToUnicode,
# 2,000 tiny pages, a 40 MB vector page, XMP vs Info, an incremental update). python3 scripts/make-hostile16-pdfs.py OUTDIR
# Hand-written hostile PDFs for hostile16.
import os, zlib, sys
OUT = sys.argv[1]
SENT = ("Humanitarian negotiators in the field described how access to besieged towns depended on "
        "local commanders, and how protection of civilians was weighed against the safety of staff. ")

def esc(s): return s.replace('\\','\\\\').replace('(','\\(').replace(')','\\)')

def text_stream(lines, x=72, y=720, size=11, lead=14, font='F1'):
    ops = ['BT', f'/{font} {size} Tf', f'{lead} TL', f'{x} {y} Td']
    for l in lines: ops.append(f'({esc(l)}) Tj T*')
    ops.append('ET')
    return '\n'.join(ops).encode('latin-1')

def wrap(text, n=85):
    out, cur = [], ''
    for w in text.split():
        if len(cur)+len(w)+1 > n: out.append(cur); cur = w
        else: cur = (cur+' '+w).strip()
    if cur: out.append(cur)
    return out

class PDF:
    def __init__(self): self.objs = []
    def add(self, body):
        self.objs.append(body); return len(self.objs)
    def stream(self, data, extra=''):
        return self.add(b'<< /Length %d %s >>\nstream\n' % (len(data), extra.encode()) + data + b'\nendstream')
    def bytes(self, root, info=None, header=b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', trailer_extra=''):
        out = bytearray(header); offs = []
        for i, b in enumerate(self.objs, 1):
            if isinstance(b, str): b = b.encode('latin-1')
            offs.append(len(out)); out += b'%d 0 obj\n' % i + b + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objs)+1)
        for o in offs: out += b'%010d 00000 n \n' % o
        t = f'<< /Size {len(self.objs)+1} /Root {root} 0 R' + (f' /Info {info} 0 R' if info else '') + trailer_extra + ' >>'
        out += b'trailer\n' + t.encode() + b'\nstartxref\n%d\n%%%%EOF\n' % xref
        return bytes(out)

def simple(pages_content, page_extra='', media='0 0 612 792', font='<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', info=None, catalog_extra='', objs_before=None):
    p = PDF()
    f = p.add(font)
    kids = []
    pages_id = None
    page_ids = []
    # reserve pages obj after content
    contents = [p.stream(c) for c in pages_content]
    pages_id = len(p.objs) + len(contents) + 1
    for i, c in enumerate(contents):
        extra = page_extra(i) if callable(page_extra) else page_extra
        page_ids.append(p.add(f'<< /Type /Page /Parent {pages_id} 0 R /MediaBox [{media}] /Resources << /Font << /F1 {f} 0 R >> >> /Contents {c} 0 R {extra} >>'))
    assert p.add('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(f'{k} 0 R' for k in page_ids), len(page_ids))) == pages_id
    extra_cat = catalog_extra(p) if callable(catalog_extra) else catalog_extra
    cat = p.add(f'<< /Type /Catalog /Pages {pages_id} 0 R {extra_cat} >>')
    inf = p.add(info) if info else None
    return p, cat, inf

def body_pages(n_par=12, title='Negotiating access'):
    lines = [title, ''] + wrap(' '.join(SENT for _ in range(n_par)))
    pages = [lines[i:i+45] for i in range(0, len(lines), 45)]
    return [text_stream(pg) for pg in pages]

def w(name, data):
    with open(os.path.join(OUT, name), 'wb') as fh: fh.write(data)

# 1 rotated page
p, c, i = simple(body_pages(title='Rotated page report on access'), page_extra='/Rotate 90')
w('rotate90.pdf', p.bytes(c))
# 2 CropBox offset: text inside crop, a line outside
inside = text_stream(['Cropped page report on protection'] + wrap(SENT*8), x=320, y=1150)
outside = text_stream(['HIDDEN OUTSIDE CROPBOX zzqxhiddenword should not be read'], x=20, y=60)
p, c, i = simple([inside + b'\n' + outside], media='0 0 1200 1600', page_extra='/CropBox [300 400 900 1200]')
w('cropbox.pdf', p.bytes(c))
# 3 font without ToUnicode whose glyph names are meaningless: text is garbage
diffs = '/Differences [32 ' + ' '.join(f'/g{k}' for k in range(32, 127)) + ']'
p, c, i = simple(body_pages(title='Glyph garbage report'), font=f'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding {diffs} >> >>')
w('no-tounicode.pdf', p.bytes(c))
# 4 2,000 tiny pages
pages = [text_stream([f'Page {k+1}. Access was negotiated with local commanders in district {k+1}.'], size=4, x=2, y=20) for k in range(2000)]
p, c, i = simple(pages, media='0 0 100 30')
w('two-thousand-pages.pdf', p.bytes(c))
# 5 a 40 MB page of vector drawing, with a paragraph of text
import random
random.seed(1)
parts = [text_stream(['Vector map annex on humanitarian access'] + wrap(SENT*4))]
buf = []
size = 0
while size < 40_000_000:
    x, y = random.randint(0,612), random.randint(0,792)
    s = f'{x} {y} m {x+random.randint(-9,9)} {y+random.randint(-9,9)} l S\n'
    buf.append(s); size += len(s)
parts.append(''.join(buf).encode())
p, c, i = simple([b'\n'.join(parts)])
w('vector-40mb.pdf', p.bytes(c))
# 6 PDF/A-like with XMP metadata differing from Info
xmp = '''<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP Title: Civilian protection in cities</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Xavier Xmpauthor</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>'''.encode('utf-8')
def cat_xmp(p):
    m = p.stream(xmp, '/Type /Metadata /Subtype /XML')
    return f'/Metadata {m} 0 R'
p, c, i = simple(body_pages(title='Urban protection study'), info='<< /Title (Info Title: Urban warfare and aid) /Author (Irene Infoauthor) /CreationDate (D:20190301) >>', catalog_extra=cat_xmp)
w('pdfa-xmp.pdf', p.bytes(c, i))
# 7 incremental update with a second Info dict
p, c, i = simple(body_pages(title='Incremental update study'), info='<< /Title (First Info Title) /Author (Old Author) >>')
base = p.bytes(c, i)
prev = int(base.rsplit(b'startxref\n', 1)[1].split(b'\n')[0])
n = len(p.objs) + 1
upd = bytearray()
off = len(base)
upd += b'%d 0 obj\n<< /Title (Second Info Title after update) /Author (New Author) >>\nendobj\n' % n
xref = len(base) + len(upd)
upd += b'xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n' % (n, off)
upd += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (n+1, c, n, prev, xref)
w('incremental.pdf', base + bytes(upd))

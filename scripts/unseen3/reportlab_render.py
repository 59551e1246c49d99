"""ReportLab's platypus typesets a document that scripts/unseen3/reportlab-layouts.ts describes.

Usage: python3 reportlab_render.py SPEC.json OUT.pdf. The spec's text is ReportLab paragraph
markup already (escaped, marks as <super>). Its own line breaking (with pyphen hyphenation),
frames for two columns under a title frame on page 1, page furniture drawn on the canvas, the
base-14 Times and Helvetica (not embedded), notes collected at the end.
"""
import json
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

spec = json.load(open(sys.argv[1], encoding='utf-8'))
W, H = letter if spec['paper'] == 'Letter' else A4
M, GAP, TOP = 0.75 * inch, 0.25 * inch, 2.3 * inch
COL = (W - 2 * M - GAP) / 2
hy = {'hyphenationLang': 'en_GB', 'embeddedHyphenation': 1} if spec['hyphenate'] else {}

body = ParagraphStyle('body', fontName='Times-Roman', fontSize=9.6, leading=11.8, alignment=TA_JUSTIFY, firstLineIndent=11, **hy)
first = ParagraphStyle('first', parent=body, firstLineIndent=0)
small = ParagraphStyle('small', parent=body, fontSize=8.4, leading=10.2, firstLineIndent=0)
styles = {
    'h1': ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=11, leading=13.5, spaceBefore=10, spaceAfter=4, alignment=TA_LEFT),
    'h2': ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=9.6, leading=12, spaceBefore=8, spaceAfter=3, alignment=TA_LEFT),
    'h3': ParagraphStyle('h3', fontName='Helvetica-BoldOblique', fontSize=9.6, leading=12, spaceBefore=6, spaceAfter=2, alignment=TA_LEFT),
    'item': ParagraphStyle('item', parent=body, firstLineIndent=0, leftIndent=13, bulletIndent=2, spaceBefore=1.5),
    'quote': ParagraphStyle('quote', parent=small, leftIndent=12, rightIndent=12, spaceBefore=4, spaceAfter=4),
    'pull': ParagraphStyle('pull', fontName='Times-BoldItalic', fontSize=12.5, leading=15, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8),
    'ref': ParagraphStyle('ref', parent=small, leftIndent=14, firstLineIndent=-14, alignment=TA_LEFT, spaceBefore=1),
    'note': ParagraphStyle('note', parent=small, fontSize=8, leading=9.6, leftIndent=14, firstLineIndent=-14, alignment=TA_LEFT, spaceBefore=1.5),
    'boxlabel': ParagraphStyle('boxlabel', fontName='Helvetica-Bold', fontSize=8.4, leading=10.5),
}
title = [
    *[Paragraph(m, ParagraphStyle('mast', fontName='Helvetica', fontSize=7.5, leading=9.5)) for m in spec['masthead']],
    Spacer(0, 10),
    Paragraph(spec['title'], ParagraphStyle('title', fontName='Times-Bold', fontSize=19, leading=22.5)),
    Spacer(0, 8),
    Paragraph(spec['byline'], ParagraphStyle('byline', fontName='Times-Roman', fontSize=12, leading=14.5)),
    Paragraph(spec['date'], ParagraphStyle('date', fontName='Times-Italic', fontSize=9.5, leading=12, spaceBefore=2)),
    FrameBreak(),
]


def box(b):
    rows = [[Paragraph(b['label'], styles['boxlabel'])]] + [[Paragraph(p, small)] for p in b['parts']]
    t = Table(rows, colWidths=[COL], splitByRow=1)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), '#e4e8ee'), ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
    return [Spacer(0, 6), t, Spacer(0, 6)]


story = list(title)
after_heading = True
for b in spec['blocks']:
    k = b['kind']
    if k.startswith('h'):
        story.append(Paragraph(b['text'], styles[k]))
        after_heading = True
        continue
    if k == 'para':
        story.append(Paragraph(b['text'], first if after_heading else body))
    elif k == 'item':
        story.append(Paragraph(b['text'], ParagraphStyle('d', parent=styles['item'], leftIndent=13 * b['depth'], bulletIndent=13 * b['depth'] - 11), bulletText=b['marker']))
    elif k == 'box':
        story.extend(box(b))
    else:
        story.append(Paragraph(b['text'], styles[k]))
    after_heading = k not in ('para', 'item')


def furniture(canvas, doc):
    n = canvas.getPageNumber()
    canvas.saveState()
    if n > 1 and spec['head']:
        canvas.setFont('Times-Italic', 8)
        canvas.drawCentredString(W / 2, H - M + 18, spec['head'])
        canvas.setLineWidth(0.4)
        canvas.line(M, H - M + 13, W - M, H - M + 13)
    canvas.setFont('Times-Roman', 8.5)
    canvas.drawCentredString(W / 2, M - 26, str(n))
    canvas.restoreState()


pad = {'leftPadding': 0, 'rightPadding': 0, 'topPadding': 0, 'bottomPadding': 0}
frames_first = [Frame(M, H - M - TOP, W - 2 * M, TOP, id='title', **pad), Frame(M, M, COL, H - 2 * M - TOP, id='c1', **pad), Frame(M + COL + GAP, M, COL, H - 2 * M - TOP, id='c2', **pad)]
frames_rest = [Frame(M, M, COL, H - 2 * M, id='c1', **pad), Frame(M + COL + GAP, M, COL, H - 2 * M, id='c2', **pad)]
doc = BaseDocTemplate(sys.argv[2], pagesize=(W, H), invariant=1, title=spec['info'].get('Title', ''), author=spec['info'].get('Author', ''), creator='ReportLab')
doc.addPageTemplates([PageTemplate('first', frames_first, onPage=furniture, autoNextPageTemplate='rest'), PageTemplate('rest', frames_rest, onPage=furniture)])
doc.build(story)

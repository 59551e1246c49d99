// Draws one spec of scripts/unseen12/layouts.ts with the JavaScript PDF library it names, as a
// web dashboard or report generator would: the standard 14 fonts (WinAnsi, no ToUnicode), no
// tagged structure, every line (pdfkit, jsPDF) or word (pdf-lib) placed by the caller, pdfmake
// left to lay out its own document definition. The libraries are not the repo's dependencies:
// they are imported from the node_modules folder given first.
//   node scripts/unseen12/render.mjs NODE_MODULES SPEC.json OUT.pdf
import { readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, specPath, out] = process.argv.slice(2);
const require = createRequire(join(modules, 'noop.js'));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const FIXED = new Date(Date.UTC(2023, 10, 14, 22, 13, 20));
const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] };

// ---- a caller's own line breaking and column flow, shared by the pdfkit and pdf-lib layouts ----

/** Words to lines no wider than `width`; a mark is glued to the word before it. */
function breakLines(tokens, width, measure) {
  tokens = tokens.flatMap((t) => splitLong(t, width, measure));
  const lines = [];
  let cur = [];
  let w = 0;
  for (const t of tokens) {
    const tw = measure(t);
    const gap = cur.length && !t.sup ? measure({ ...t, text: ' ' }) : 0;
    if (cur.length && w + gap + tw > width && !t.sup) {
      lines.push(cur);
      cur = [];
      w = 0;
    }
    cur.push(t);
    w += (cur.length > 1 && !t.sup ? gap : 0) + tw;
  }
  if (cur.length) lines.push(cur);
  return lines;
}

/** A word wider than the line (a URL) is cut where it overflows, as pdfkit's own wrapper cuts it. */
function splitLong(t, width, measure) {
  if (t.sup || measure(t) <= width) return [t];
  const out = [];
  let rest = t.text;
  while (rest) {
    let n = rest.length;
    while (n > 1 && measure({ ...t, text: rest.slice(0, n) }) > width) n--;
    out.push({ ...t, text: rest.slice(0, n) });
    rest = rest.slice(n);
  }
  return out;
}

const words = (text, font, size) => text.split(/\s+/).filter(Boolean).map((w) => ({ text: w, font, size }));
// Several marks on one word are one superscript run, separated by commas.
const marks = (ms, font, size) => (ms?.length ? [{ text: ms.join(','), font, size: size * 0.65, sup: true }] : []);

/** Styles of the flowed layouts: font, size, leading, indents, space before. */
function style(b, base) {
  switch (b.kind) {
    case 'h1': return { font: 'bold', size: base + 3, lead: 1.25, left: 0, right: 0, before: base * 1.2, keep: true };
    case 'h2': return { font: 'bold', size: base + 1, lead: 1.25, left: 0, right: 0, before: base, keep: true };
    case 'h3': return { font: 'bolditalic', size: base, lead: 1.25, left: 0, right: 0, before: base * 0.8, keep: true };
    case 'quote': return { font: 'italic', size: base - 0.5, lead: 1.3, left: 14, right: 14, before: base * 0.5 };
    case 'pull': return { font: 'italic', size: base + 2, lead: 1.3, left: 10, right: 10, before: base };
    case 'item': return { font: 'regular', size: base, lead: 1.3, left: 14 * (b.depth ?? 1), right: 0, before: base * 0.25, marker: b.marker };
    case 'ref': return { font: 'regular', size: base - 1, lead: 1.3, left: 14, right: 0, hang: 14, before: base * 0.3 };
    default: return { font: 'regular', size: base, lead: 1.3, left: 0, right: 0, before: base * 0.6 };
  }
}

/**
 * Flows the blocks down columns and pages. `dev` draws: line(tokens, x, y, width, justify),
 * rule(x, y, w), text(str, x, y, font, size, align, width), newPage(); y runs down from the top.
 */
function flow(dev, g) {
  const colW = (g.width - g.margin * 2 - g.gutter * (g.columns - 1)) / g.columns;
  let page = 1;
  let col = 0;
  let y = g.top;
  // The notes reserved at the foot of the current column, and the height they take.
  let feet = [];
  let feetH = 0;
  const noteLines = (n) => breakLines([{ text: n.n, font: 'regular', size: g.note * 0.7, sup: false, mark: true }, ...words(n.text, 'regular', g.note)], colW, dev.measure);
  const noteH = (n) => noteLines(n).length * g.note * 1.2 + 2;
  const bottom = () => g.height - g.bottom - (feetH ? feetH + 6 : 0);
  const flushFeet = () => {
    if (!feet.length) return;
    const x = g.margin + col * (colW + g.gutter);
    let fy = g.height - g.bottom - feetH;
    dev.rule(x, fy - 3, colW * 0.3);
    for (const n of feet) {
      for (const l of noteLines(n)) {
        fy += g.note * 1.2;
        dev.line(l, x, fy, colW, false);
      }
      fy += 2;
    }
    feet = [];
    feetH = 0;
  };
  const nextColumn = () => {
    flushFeet();
    if (col + 1 < g.columns) col++;
    else {
      dev.newPage();
      page++;
      col = 0;
    }
    y = page === 1 ? g.firstTop : g.top;
  };
  const reserve = (notes) => {
    for (const n of notes ?? []) {
      const h = noteH(n);
      if (bottom() - h < y + g.base * 2) nextColumn();
      feet.push(n);
      feetH += h;
    }
  };
  const place = (lines, s, justifyAll) => {
    lines.forEach((l, i) => {
      const lh = (l[0]?.size ?? s.size) * s.lead;
      if (y + lh > bottom()) nextColumn();
      y += lh;
      const x = g.margin + col * (colW + g.gutter) + s.left + (i > 0 && s.hang ? s.hang : 0);
      if (i === 0 && s.marker) dev.line([{ text: s.marker, font: s.font, size: s.size }], x - 12, y, 12, false);
      dev.line(l, x, y, colW - s.left - s.right - (i > 0 && s.hang ? s.hang : 0), justifyAll && i < lines.length - 1);
    });
  };
  y = g.firstTop;
  feet = [...(g.titleNotes ?? [])];
  feetH = feet.reduce((h, n) => h + noteH(n), 0);
  for (const b of g.blocks) {
    const s = style(b, g.base);
    const w = colW - s.left - s.right;
    y += s.before;
    if (b.kind === 'box') {
      const lab = breakLines(words(b.label, 'bold', g.base), w - 8, dev.measure);
      if (y + g.base * 4 > bottom()) nextColumn();
      dev.rule(g.margin + col * (colW + g.gutter), y + 2, colW);
      place(lab, { ...s, font: 'bold', left: 4, right: 4 }, false);
      for (const p of b.parts ?? []) {
        y += g.base * 0.4;
        place(breakLines(words(p, 'regular', g.base - 0.5), w - 8, dev.measure), { ...s, left: 4, right: 4, size: g.base - 0.5 }, g.justify);
      }
      y += 4;
      dev.rule(g.margin + col * (colW + g.gutter), y, colW);
      y += 4;
      continue;
    }
    const lines = breakLines([...words(b.text, s.font, s.size), ...marks(b.marks, s.font, s.size)], w - (s.hang ?? 0), dev.measure);
    // A heading is not left at a column's foot.
    if (s.keep && y + s.size * s.lead * (lines.length + 2) > bottom()) nextColumn();
    reserve(b.notes);
    place(lines, s, g.justify && b.kind !== 'pull' && !b.kind.startsWith('h'));
  }
  flushFeet();
  return page;
}

/** The title block: masthead, title, byline, date, set across the page; returns where the text starts. */
function titleBlock(dev, g) {
  let y = g.top;
  const W = g.width - 2 * g.margin;
  for (const m of spec.masthead) {
    y += 10;
    dev.line(words(m, 'italic', 8), g.margin, y, W, false);
  }
  y += 12;
  for (const l of breakLines(words(spec.title, 'bold', 18), W, dev.measure)) {
    y += 22;
    dev.line(l, g.margin, y, W, false);
  }
  y += 18;
  dev.line([...words(spec.byline, 'regular', 11), ...marks(spec.titleMarks, 'regular', 11)], g.margin, y, W, false);
  y += 14;
  dev.line(words(spec.date, 'regular', 10), g.margin, y, W, false);
  y += 8;
  dev.rule(g.margin, y, W);
  return y + 6;
}

// ---- pdfkit: two columns, a header drawn by the pageAdded callback, footnotes at each column's foot ----

async function pdfkit() {
  const PDFDocument = require('pdfkit');
  const [width, height] = PAPER[spec.paper];
  const doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: true, info: { ...spec.info, CreationDate: FIXED, ModDate: FIXED }, compress: true });
  const done = new Promise((r) => doc.pipe(createWriteStream(out)).on('finish', r));
  const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', bolditalic: 'Helvetica-BoldOblique' };
  let pageNo = 1;
  doc.on('pageAdded', () => {
    pageNo++;
    doc.font('Helvetica').fontSize(8).fillColor('#555555');
    doc.text(spec.head, 50, 28, { lineBreak: false });
    const n = String(pageNo);
    doc.text(n, width - 50 - doc.widthOfString(n), 28, { lineBreak: false });
    doc.moveTo(50, 40).lineTo(width - 50, 40).lineWidth(0.5).stroke('#999999');
    doc.fillColor('black');
  });
  const measure = (t) => doc.font(FONTS[t.font]).fontSize(t.size).widthOfString(t.text);
  const dev = {
    measure,
    // One text object per run of the line: pdfkit writes each call as its own BT … TJ … ET.
    line(tokens, x, y, _w) {
      let cx = x;
      let run = [];
      const flush = () => {
        if (!run.length) return;
        const t = run[0];
        const str = run.map((r) => r.text).join(' ');
        doc.font(FONTS[t.font]).fontSize(t.size).text(str, cx, y - t.size * 0.8, { lineBreak: false });
        cx += measure({ ...t, text: str });
        run = [];
      };
      for (const t of tokens) {
        if (t.sup || t.mark) {
          flush();
          doc.font(FONTS[t.font]).fontSize(t.size).text(t.text, cx, y - t.size * 0.8 - t.size * 0.6, { lineBreak: false });
          cx += measure(t) + (t.mark ? 2 : 0);
          continue;
        }
        if (run.length && (run[0].font !== t.font || run[0].size !== t.size)) {
          flush();
          cx += measure({ ...t, text: ' ' });
        } else if (!run.length && cx > x && !tokens[tokens.indexOf(t) - 1]?.mark) cx += measure({ ...t, text: ' ' });
        run.push(t);
      }
      flush();
    },
    rule(x, y, w) {
      doc.moveTo(x, y).lineTo(x + w, y).lineWidth(0.4).stroke('#777777');
    },
    newPage() {
      doc.addPage({ size: [width, height], margin: 0 });
    },
  };
  const g = { width, height, margin: 50, gutter: 18, columns: 2, top: 56, bottom: 50, base: 9.5, note: 7.5, blocks: spec.blocks, titleNotes: spec.titleNotes, justify: false };
  g.firstTop = titleBlock(dev, g);
  flow(dev, g);
  doc.end();
  await done;
}

// ---- pdf-lib: one column, every word drawn on its own, lines justified by placing the words ----

async function pdflib() {
  const { PDFDocument, StandardFonts, rgb } = require('pdf-lib');
  const [width, height] = PAPER[spec.paper];
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  const F = {
    regular: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
    italic: await doc.embedFont(StandardFonts.TimesRomanItalic),
    bolditalic: await doc.embedFont(StandardFonts.TimesRomanBoldItalic),
  };
  let page = doc.addPage([width, height]);
  const measure = (t) => F[t.font].widthOfTextAtSize(t.text, t.size);
  const dev = {
    measure,
    line(tokens, x, y, w, justify) {
      const natural = tokens.reduce((s, t) => s + measure(t), 0);
      const gaps = tokens.filter((t, i) => i > 0 && !t.sup).length;
      const space = measure({ ...tokens[0], text: ' ' });
      const gap = justify && gaps ? Math.max(space, (w - natural) / gaps) : space;
      let cx = x;
      tokens.forEach((t, i) => {
        if (i > 0 && !t.sup) cx += tokens[i - 1].mark ? 2 : gap;
        const raise = t.sup ? t.size * 0.9 : 0;
        page.drawText(t.text, { x: cx, y: height - y + raise, size: t.size, font: F[t.font] });
        cx += measure(t);
      });
    },
    rule(x, y, w) {
      page.drawLine({ start: { x, y: height - y }, end: { x: x + w, y: height - y }, thickness: 0.4, color: rgb(0.4, 0.4, 0.4) });
    },
    newPage() {
      page = doc.addPage([width, height]);
    },
  };
  const g = { width, height, margin: 72, gutter: 0, columns: 1, top: 72, bottom: 72, base: 11, note: 8.5, blocks: spec.blocks, titleNotes: spec.titleNotes, justify: true };
  g.firstTop = titleBlock(dev, g);
  flow(dev, g);
  // The running foot, drawn once the pages exist.
  doc.getPages().forEach((p, i) => {
    const text = `${spec.foot} – ${i + 1}`;
    const w = F.regular.widthOfTextAtSize(text, 9);
    p.drawText(text, { x: (width - w) / 2, y: 40, size: 9, font: F.regular });
  });
  writeFileSync(out, await doc.save({ useObjectStreams: false }));
}

// ---- jsPDF: one column, splitTextToSize breaks every block, one text() call per line ----

async function jspdf() {
  const { jsPDF } = require('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: spec.paper.toLowerCase(), compress: true });
  doc.setCreationDate(FIXED);
  doc.setFileId('00000000000000000000000000000000');
  doc.setProperties({ title: spec.title });
  const [W, H] = PAPER[spec.paper];
  const M = 64;
  let y = 64;
  const FONT = { regular: 'normal', bold: 'bold', italic: 'italic', bolditalic: 'bolditalic' };
  const room = (h) => {
    if (y + h > H - 64) {
      doc.addPage();
      y = 64;
    }
  };
  const para = (text, font, size, left = 0, before = 6, marker = '', sup = []) => {
    doc.setFont('helvetica', FONT[font]).setFontSize(size);
    const lines = doc.splitTextToSize(text, W - 2 * M - left);
    y += before;
    lines.forEach((l, i) => {
      room(size * 1.35);
      y += size * 1.35;
      if (i === 0 && marker) doc.text(marker, M + left - 14, y);
      doc.text(l, M + left, y);
      if (i === lines.length - 1 && sup.length) {
        const x = M + left + doc.getTextWidth(l) + 1;
        doc.setFontSize(size * 0.65).text(sup.join(','), x, y - size * 0.4);
        doc.setFontSize(size);
      }
    });
  };
  for (const m of spec.masthead) para(m, 'italic', 8, 0, 0);
  para(spec.title, 'bold', 18, 0, 12);
  para(spec.byline, 'regular', 11, 0, 10, '', spec.titleMarks);
  para(spec.date, 'regular', 10, 0, 2);
  y += 10;
  for (const b of spec.blocks) {
    const size = 10.5;
    if (b.kind.startsWith('h')) {
      room(size * 5);
      para(b.text, b.kind === 'h3' ? 'bolditalic' : 'bold', b.kind === 'h1' ? 13 : b.kind === 'h2' ? 11.5 : 10.5, 0, 12);
    } else if (b.kind === 'item') para(b.text, 'regular', size, 18 * (b.depth ?? 1), 3, b.marker, b.marks);
    else if (b.kind === 'quote' || b.kind === 'pull') para(b.text, 'italic', b.kind === 'pull' ? 13 : 10, 24, 8, '', b.marks);
    else if (b.kind === 'ref') para(b.text, 'regular', 9.5, 0, 4);
    else if (b.kind === 'box') {
      y += 6;
      room(40);
      doc.setDrawColor(120).line(M, y + 4, W - M, y + 4);
      para(b.label, 'bold', size, 8, 6);
      for (const p of b.parts ?? []) para(p, 'regular', 10, 8, 4);
      y += 6;
      doc.line(M, y, W - M, y);
    } else para(b.text, 'regular', size, 0, 7, '', b.marks);
  }
  if (spec.endnotes.length) {
    room(60);
    para(spec.notesHeading, 'bold', 13, 0, 14);
    for (const n of spec.endnotes) para(`${/^\d+$/.test(n.n) ? `${n.n}.` : n.n} ${n.text}`, 'regular', 9, 0, 3);
  }
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('helvetica', 'normal').setFontSize(9);
    doc.text(`Page ${i} of ${pages}`, W / 2, H - 36, { align: 'center' });
  }
  writeFileSync(out, Buffer.from(doc.output('arraybuffer')));
}

// ---- pdfmake: a document definition, one column, lists as ol/ul, a table, notes at the end ----

async function pdfmake() {
  const pm = require('pdfmake');
  pm.setFonts({ Times: { normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic', bolditalics: 'Times-BoldItalic' } });
  pm.setUrlAccessPolicy(() => false);
  // The standard fonts are named, not read from files: nothing else is opened.
  pm.setLocalAccessPolicy((p) => /^Times-/.test(p));
  const sup = (ms) => (ms?.length ? [{ text: ms.join(','), sup: true }] : []);
  const content = [
    ...spec.masthead.map((m) => ({ text: m, italics: true, fontSize: 8 })),
    { text: spec.title, bold: true, fontSize: 18, margin: [0, 12, 0, 8] },
    { text: [spec.byline, ...sup(spec.titleMarks)], fontSize: 11 },
    { text: spec.date, fontSize: 10, margin: [0, 2, 0, 14] },
  ];
  let list = null;
  for (const b of spec.blocks) {
    if (b.kind === 'item') {
      // A run of items is one numbered list, as a report generator sets every list.
      if (!list) {
        list = { ol: [], margin: [0, 4, 0, 4] };
        content.push(list);
      }
      const item = { text: [b.text, ...sup(b.marks)], margin: [0, 1, 0, 1] };
      if ((b.depth ?? 1) > 1 && list.ol.length) {
        const prev = list.ol[list.ol.length - 1];
        const sub = prev.stack ? prev.stack[1] : null;
        if (sub) sub.ol.push(item);
        else list.ol[list.ol.length - 1] = { stack: [prev, { ol: [item], margin: [0, 2, 0, 2] }] };
      } else list.ol.push(item);
      continue;
    }
    list = null;
    if (b.kind.startsWith('h')) content.push({ text: b.text, bold: true, fontSize: b.kind === 'h1' ? 14 : b.kind === 'h2' ? 12 : 11, margin: [0, 12, 0, 4], headlineLevel: 1 });
    else if (b.kind === 'quote' || b.kind === 'pull') content.push({ text: [b.text, ...sup(b.marks)], italics: true, margin: [24, 4, 24, 6], fontSize: b.kind === 'pull' ? 14 : 10.5 });
    else if (b.kind === 'box') content.push({ table: { widths: ['*'], body: [[{ stack: [{ text: b.label, bold: true, margin: [0, 0, 0, 4] }, ...(b.parts ?? []).map((p) => ({ text: p, margin: [0, 0, 0, 4] }))], fillColor: '#eeeeee' }]] }, layout: 'noBorders', margin: [0, 6, 0, 8] });
    else if (b.kind === 'table') {
      content.push({ text: b.text, bold: true, fontSize: 10, margin: [0, 8, 0, 4] });
      content.push({ table: { headerRows: 1, widths: ['*', 'auto', 'auto', 'auto'], body: b.rows.map((r, i) => r.map((c) => ({ text: c, bold: i === 0, fontSize: 9.5 }))) }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] });
    } else if (b.kind === 'ref') content.push({ text: b.text, fontSize: 10, margin: [18, 2, 0, 2] });
    else content.push({ text: [b.text, ...sup(b.marks)], margin: [0, 0, 0, 7], alignment: 'justify' });
  }
  if (spec.endnotes.length) {
    content.push({ text: spec.notesHeading, bold: true, fontSize: 14, margin: [0, 14, 0, 6] });
    for (const n of spec.endnotes) content.push({ text: `${/^\d+$/.test(n.n) ? `${n.n}.` : n.n} ${n.text}`, fontSize: 9, margin: [0, 0, 0, 3] });
  }
  const def = {
    pageSize: spec.paper,
    pageMargins: [60, 56, 60, 60],
    info: { title: spec.title, creationDate: FIXED, modDate: FIXED },
    defaultStyle: { font: 'Times', fontSize: 11, lineHeight: 1.15 },
    footer: (current) => ({ columns: [{ text: spec.foot, fontSize: 8 }, { text: String(current), alignment: 'right', fontSize: 8 }], margin: [60, 20, 60, 0] }),
    pageBreakBefore: (node, following) => node.headlineLevel === 1 && following.getFollowingNodesOnPage().length === 0,
    content,
  };
  await pm.createPdf(def).write(out);
}

await { pdfkit, 'pdf-lib': pdflib, jspdf, pdfmake }[spec.layout]();

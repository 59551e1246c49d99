// Hostile inputs, written byte by byte so the tests need no tool or download: the JBIG2 image
// that made pdf.js loop, and small PDFs with many pages or an odd text layer.

/** Assembles a PDF from object bodies (object n is bodies[n-1]), with a correct xref table. */
export function assemblePdf(bodies: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer | string) => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
};

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function segment(number: number, type: number, data: Buffer): Buffer {
  // header: number, flags (type; 1-byte page association), no referred-to segments, page 1, length
  return Buffer.concat([u32(number), Buffer.from([type, 0x00, 0x01]), u32(data.length), data]);
}

/**
 * An embedded JBIG2 stream announcing a generic region of side × side pixels with a few bytes
 * of data: the arithmetic decoder pads with 0xFF, so a decoder that trusts the header works
 * through side² pixels and allocates a row at a time, the 40–70 MB/s loop of issue 12.
 */
export function jbig2Bomb(side = 50000): Buffer {
  const pageInfo = Buffer.concat([u32(side), u32(side), u32(0), u32(0), Buffer.from([0x00, 0x00, 0x00])]);
  const region = Buffer.concat([
    u32(side), u32(side), u32(0), u32(0), Buffer.from([0x00]), // region info
    Buffer.from([0x00]), // generic region flags: arithmetic coding, template 0
    Buffer.from([0x03, 0xff, 0xfd, 0xff, 0x02, 0xfe, 0xfe, 0xfe]), // adaptive template pixels
    Buffer.from([0x12, 0x34, 0x56, 0x78]),
  ]);
  const jbig2 = Buffer.concat([segment(0, 48, pageInfo), segment(1, 38, region)]);
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    stream(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode`, jbig2),
    stream('', 'q 612 0 0 792 0 0 cm /Im0 Do Q'),
  ]);
}

/** A PDF of `pages` pages sharing one content stream and font: small on disk, long to read. */
export function manyPages(pages: number, text = 'Protection of civilians remains a central concern of humanitarian diplomacy in every region.'): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const lines = Array.from({ length: 40 }, (_, i) => `BT /F1 10 Tf 72 ${740 - i * 16} Td (${text} ${i + 1}) Tj ET`).join('\n');
  const pageObjs = Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream('', lines),
    ...pageObjs,
  ]);
}

/** Japanese text in an unembedded CID font that names a predefined CMap (as many CJK PDFs do). */
export function cjkPdf(): Buffer {
  const text = '人道支援における文民の保護は、すべての地域で人道外交の中心的な関心事である。';
  const hex = Buffer.from(text, 'utf16le').swap16().toString('hex');
  const lines = Array.from({ length: 12 }, (_, i) => `BT /F1 14 Tf 72 ${720 - i * 24} Td <${hex}> Tj ET`).join('\n');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor << /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 740 /StemV 80 >> >>',
    stream('', lines),
  ]);
}

// The shared pieces of the committee PDFs (ADR 029, ADR 051): an A4 pdfkit document, tagged (PDF/UA subset:
// structure tree, headings, tables with header cells, language da-DK, the title shown as the window
// title), DejaVu Sans embedded (æøå and every other Danish letter), page numbers as artifacts, sources as a
// list. Built fully in memory, so a failure still answers with an error, never a half file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { now, reportMessages as rm } from '@sundhed/shared';
import { repoRoot } from '../../db/paths';

/** Resolves files of installed packages: the bundle's own require (build.mjs banner), Jest's, or one for tsx. */
const requirePackage: NodeJS.Require =
  typeof require === 'function' ? require : createRequire(join(repoRoot, 'apps/api/package.json'));
const fontFiles = new Map<string, Buffer>();
/** A DejaVu font file, read once per process (parsing it stays per document: pdfkit subsets per file). */
function font(file: string): Buffer {
  let data = fontFiles.get(file);
  if (!data)
    fontFiles.set(file, (data = readFileSync(requirePackage.resolve(['dejavu-fonts-ttf', 'ttf', file].join('/')))));
  return data;
}

export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';
export const GREY = '#444444';

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
type Cell = string | { text: string; type: 'TH' };

export function heading(doc: Doc, root: Struct, level: 'H1' | 'H2', text: string) {
  if (level === 'H2') doc.moveDown(0.8);
  // A heading close to the page's end moves to the next page with the table under it.
  if (level === 'H2' && doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  doc
    .font(BOLD)
    .fontSize(level === 'H1' ? 17 : 13)
    .fillColor('black')
    .text(text, { structParent: root, structType: level });
  doc.moveDown(0.3).font(REGULAR).fontSize(9);
}

export function paragraph(doc: Doc, root: Struct, text: string, colour = 'black') {
  doc.font(REGULAR).fontSize(9).fillColor(colour).text(text, { structParent: root, structType: 'P' });
  doc.fillColor('black');
}

/** A table with a header row of TH cells; columns as widths in points (the page's text width is 483). */
export function table(doc: Doc, root: Struct, headers: string[], widths: number[], rows: string[][]) {
  const header: Cell[] = headers.map((h) => ({ text: h, type: 'TH' }));
  doc.font(REGULAR).fontSize(8.5);
  const options = {
    structParent: root,
    columnStyles: widths,
    defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' },
    rowStyles: (i: number) => (i === 0 ? { font: { src: BOLD }, backgroundColor: '#eeeeee' } : undefined),
    data: [header, ...rows],
  };
  doc.table(options);
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}

/** A tagged list (L > LI > LBody) of short lines, e.g. the sources. */
export function list(doc: Doc, root: Struct, lines: string[]) {
  const l = doc.struct('L');
  root.add(l);
  for (const line of lines) {
    const item = doc.struct('LI');
    l.add(item);
    doc.font(REGULAR).fontSize(8).text(line, { structParent: item, structType: 'LBody' });
    item.end();
  }
  l.end();
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(GREY)
      .text(rm.page(i + 1, range.count), doc.page.margins.left, doc.page.height - 40, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders a committee PDF: `draw` writes the content under the document's structure root; page numbers
 * are added after. Resolves with the whole file.
 */
export function renderPdf(
  info: { title: string; subject: string; keywords: string },
  draw: (doc: Doc, root: Struct) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 60, left: 56, right: 56 },
    pdfVersion: '1.7',
    tagged: true,
    // pdfkit supports PDF/UA (XMP pdfuaid, structure, language); @types/pdfkit lists only PDF/A.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: 'da-DK',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: info.title,
      Author: rm.pdfAuthor,
      Subject: info.subject,
      Keywords: info.keywords,
      CreationDate: now(),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, font('DejaVuSans.ttf'));
  doc.registerFont(BOLD, font('DejaVuSans-Bold.ttf'));
  const root = doc.struct('Document');
  doc.addStructure(root);
  draw(doc, root);
  pageNumbers(doc);
  root.end();
  doc.end();
  return done;
}

// Extracts a PDF's text and document info with pdf-parse (pdf.js), outside Jest: pdf.js starts its worker
// with a dynamic import, which Jest's VM refuses. Reads the PDF on stdin, writes JSON on stdout.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const text = await parser.getText();
const info = await parser.getInfo();
await parser.destroy();
process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, info: info.info }));

// `npm run size`: what a first visit downloads, gzipped, against the budget. Exits 1 when over.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetsOf, checkBudget, formatKB, gzipSize } from './budget.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
let html;
try {
  html = await readFile(path.join(dist, 'index.html'));
} catch {
  console.error('No dist/index.html: run `npm run build` first.');
  process.exit(1);
}
const entries = [{ file: 'index.html', raw: html.length, gzip: gzipSize(html) }];
for (const file of assetsOf(html.toString('utf8'))) {
  const content = await readFile(path.join(dist, file));
  entries.push({ file, raw: content.length, gzip: gzipSize(content) });
}
for (const e of entries) console.log(`${e.file.padEnd(32)} ${formatKB(e.raw).padStart(10)} raw ${formatKB(e.gzip).padStart(10)} gzipped`);
const result = checkBudget(entries);
console.log(`first visit: ${formatKB(result.total)} gzipped of a ${formatKB(result.budget)} budget (${result.ok ? formatKB(result.left) + ' to spare' : 'OVER by ' + formatKB(-result.left)})`);
process.exit(result.ok ? 0 : 1);

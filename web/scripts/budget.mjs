// Size-budget logic for `npm run size`, kept pure so it can be unit-tested.
import { gzipSync } from 'node:zlib';

/** The budget for everything a first visit downloads (JS + CSS, plus the page and its icon). */
export const BUDGET_BYTES = 200 * 1024;

/** Local files a page loads up front: scripts, stylesheets, preloads and icons. */
export function assetsOf(html) {
  const out = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  let m;
  while ((m = tag.exec(html))) {
    const attrs = m[2];
    const attr = (name) => {
      const a = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
      return a ? a[2] ?? a[3] ?? a[4] : null;
    };
    const url = m[1].toLowerCase() === 'script' ? attr('src') : attr('href');
    if (!url) continue;
    if (m[1].toLowerCase() === 'link') {
      const rel = (attr('rel') || '').toLowerCase().split(/\s+/);
      if (!rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(r))) continue;
    }
    if (/^(https?:)?\/\//i.test(url) || url.startsWith('data:')) {
      throw new Error(`the page loads from another origin: ${url}`);
    }
    out.push(url.replace(/^\//, '').split(/[?#]/)[0]);
  }
  return [...new Set(out)];
}

export function gzipSize(content) {
  return gzipSync(content, { level: 9 }).length;
}

/** Sums sizes and says whether they fit the budget. */
export function checkBudget(entries, budget = BUDGET_BYTES) {
  const total = entries.reduce((sum, e) => sum + e.gzip, 0);
  return { total, budget, ok: total <= budget, left: budget - total };
}

export function formatKB(bytes) {
  return (bytes / 1024).toFixed(1) + ' KB';
}

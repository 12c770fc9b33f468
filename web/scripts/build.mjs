// Builds web/dist: index.html, one JS bundle and one CSS file (content-hashed names), plus the
// static files in public/ (the neutral quick-exit page and the icon). Runs on Node 18+.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const watch = process.argv.includes('--watch');

function options() {
  return {
    absWorkingDir: root,
    entryPoints: { app: 'src/main.tsx' },
    bundle: true,
    // Under /assets/ the server caches files for a year: their names change with their content.
    outdir: path.join(dist, 'assets'),
    entryNames: '[name]-[hash]',
    format: 'esm',
    splitting: false,
    minify: true,
    sourcemap: false,
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    metafile: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
}

/** Writes index.html and the public/ files with the names of the freshly built bundle. */
async function writePages(metafile) {
  const outputs = Object.keys(metafile.outputs).map((f) => 'assets/' + path.basename(f));
  const js = outputs.filter((f) => f.endsWith('.js'));
  const css = outputs.filter((f) => f.endsWith('.css'));
  if (js.length !== 1 || css.length !== 1) throw new Error(`expected one JS and one CSS file, got ${outputs.join(', ')}`);
  const fill = (html) => html.replaceAll('%JS%', js[0]).replaceAll('%CSS%', css[0]);
  await writeFile(path.join(dist, 'index.html'), fill(await readFile(path.join(root, 'index.html'), 'utf8')));
  for (const name of await readdir(path.join(root, 'public'))) {
    const from = path.join(root, 'public', name);
    if (name.endsWith('.html')) await writeFile(path.join(dist, name), fill(await readFile(from, 'utf8')));
    else await cp(from, path.join(dist, name));
  }
  console.log(`built dist/: index.html, ${js[0]}, ${css[0]}`);
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
if (!watch) {
  const result = await esbuild.build(options());
  await writePages(result.metafile);
} else {
  // Development: rebuild on every change (old hashed files are removed so dist stays small).
  const ctx = await esbuild.context({
    ...options(),
    plugins: [
      {
        name: 'pages',
        setup(b) {
          b.onStart(() => rm(path.join(dist, 'assets'), { recursive: true, force: true }));
          b.onEnd((r) => (r.errors.length ? undefined : writePages(r.metafile)));
        },
      },
    ],
  });
  await ctx.watch();
  console.log('watching src/ …');
}

// `npm test`: bundles each src/**/*.test.ts with esbuild for Node, then runs them and the plain
// scripts/*.test.mjs files with Node's built-in test runner (works on Node 18).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.test-build');

async function find(dir, suffix) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await find(p, suffix)));
    else if (entry.name.endsWith(suffix)) found.push(p);
  }
  return found;
}

await rm(out, { recursive: true, force: true });
const tsTests = await find(path.join(root, 'src'), '.test.ts');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: tsTests,
  outdir: out,
  outbase: path.join(root, 'src'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  packages: 'external',
  logLevel: 'warning',
});
const files = [
  ...(await find(out, '.test.mjs')),
  ...(await find(path.join(root, 'scripts'), '.test.mjs')),
  ...(await find(path.join(root, 'e2e'), '.test.mjs')),
];
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);

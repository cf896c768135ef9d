import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expandInputs, readerKindOf } from './expand.ts';

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'imon-expand-'));
  await mkdir(p('news', 'ru', 'deep'), { recursive: true });
  await mkdir(p('news', 'node_modules', 'pkg'), { recursive: true });
  await mkdir(p('news', '.git'), { recursive: true });
  for (const f of [
    'news/b.md', 'news/a.txt', 'news/C.HTML', 'news/feed.rss', 'news/ru/z.jsonl', 'news/ru/deep/x.atom', 'news/ru/deep/y.xml',
    'news/photo.jpg', 'news/notes', 'news/.hidden.txt', 'news/.git/config.txt', 'news/node_modules/pkg/readme.md', 'one.markdown', 'page.htm', 'doc.pdf',
  ]) {
    await writeFile(p(f), 'x');
  }
});
after(() => rm(dir, { recursive: true, force: true }));

test('readerKindOf: the supported extensions, case-insensitive', () => {
  assert.equal(readerKindOf('a.TXT'), 'txt');
  assert.equal(readerKindOf('a.markdown'), 'md');
  assert.equal(readerKindOf('a.htm'), 'html');
  assert.equal(readerKindOf('a.atom'), 'feed');
  assert.equal(readerKindOf('a.jsonl'), 'jsonl');
  assert.equal(readerKindOf('a.json'), null);
  assert.equal(readerKindOf('README'), null);
});

test('a folder: recursive, sorted (files before subfolders), hidden files and node_modules skipped, others skipped silently', async () => {
  const r = await expandInputs([p('news')]);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.files, [
    p('news', 'C.HTML'), p('news', 'a.txt'), p('news', 'b.md'), p('news', 'feed.rss'),
    p('news', 'ru', 'z.jsonl'), p('news', 'ru', 'deep', 'x.atom'), p('news', 'ru', 'deep', 'y.xml'),
  ]);
});

test('files named explicitly: kept in the order given, without duplicates; unsupported ones are errors', async () => {
  const r = await expandInputs([p('page.htm'), p('one.markdown'), p('page.htm'), p('doc.pdf'), p('news', 'notes')]);
  assert.deepEqual(r.files, [p('page.htm'), p('one.markdown')]);
  assert.equal(r.errors.length, 2);
  assert.equal(r.errors[0].file, p('doc.pdf'));
  assert.match(r.errors[0].reason, /^unsupported file type "\.pdf"/);
  assert.match(r.errors[1].reason, /^unsupported file type \(expected/);
});

test('a missing path is an error and the others go on', async () => {
  const r = await expandInputs([p('missing.txt'), p('one.markdown'), p('nope', 'x.md')]);
  assert.deepEqual(r.files, [p('one.markdown')]);
  assert.deepEqual(r.errors, [
    { file: p('missing.txt'), reason: 'no such file or folder' },
    { file: p('nope', 'x.md'), reason: 'no such file or folder' },
  ]);
});

test('globs: expanded and sorted, unsupported matches skipped, no match is an error', async () => {
  const r = await expandInputs([`${dir}/news/**/*.{jsonl,atom,jpg}`, `${dir}/*.zip`, `${dir}/*.pdf`]);
  assert.deepEqual(r.files, [p('news', 'ru', 'z.jsonl'), p('news', 'ru', 'deep', 'x.atom')]);
  assert.deepEqual(r.errors, [
    { file: `${dir}/*.zip`, reason: 'no files match' },
    { file: `${dir}/*.pdf`, reason: 'no supported files match' },
  ]);
});

test('a symlink loop inside a folder does not hang the walk', async () => {
  await mkdir(p('loop', 'sub'), { recursive: true });
  await writeFile(p('loop', 'sub', 'k.txt'), 'x');
  await symlink(p('loop'), p('loop', 'sub', 'back'));
  const r = await expandInputs([p('loop')]);
  assert.deepEqual(r.files, [p('loop', 'sub', 'k.txt')]);
});

test('unreadable file and folder: "permission denied", the rest goes on', async (t) => {
  await mkdir(p('locked'), { recursive: true });
  await writeFile(p('locked', 'in.txt'), 'x');
  await writeFile(p('secret.txt'), 'x');
  await chmod(p('secret.txt'), 0o000);
  await chmod(p('locked'), 0o000);
  t.after(async () => {
    await chmod(p('locked'), 0o755);
    await chmod(p('secret.txt'), 0o644);
  });
  const inputs = [p('secret.txt'), p('locked'), p('one.markdown')];
  const expected = {
    files: [p('one.markdown')],
    errors: [
      { file: p('secret.txt'), reason: 'permission denied' },
      { file: p('locked'), reason: 'permission denied' },
    ],
  };
  if (process.getuid?.() !== 0) {
    assert.deepEqual(await expandInputs(inputs), expected);
    return;
  }
  // Root reads anything whatever the mode bits, so chmod 000 proves nothing here: run the
  // same call in a child process as the unprivileged user "nobody" (uid 65534).
  await chmod(dir, 0o755); // mkdtemp makes a 0700 folder nobody could enter
  const moduleUrl = pathToFileURL(fileURLToPath(new URL('./expand.ts', import.meta.url))).href;
  const script = `const { expandInputs } = await import(${JSON.stringify(moduleUrl)});
    console.log(JSON.stringify(await expandInputs(${JSON.stringify(inputs)})));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    uid: 65534,
    gid: 65534,
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (child.error || child.status !== 0) {
    t.skip(`running as root and could not run a child as "nobody" (${child.error?.message ?? child.stderr.split('\n')[0]})`);
    return;
  }
  assert.deepEqual(JSON.parse(child.stdout), expected);
});

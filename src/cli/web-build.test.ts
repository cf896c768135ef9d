import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { webBuildNeeded } from './web-build.ts';

test('the web app is rebuilt when never built or when a source is newer than the bundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'imon-web-'));
  try {
    mkdirSync(join(root, 'src', 'pages'), { recursive: true });
    writeFileSync(join(root, 'src', 'pages', 'Overview.tsx'), 'export {}');
    writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
    assert.equal(webBuildNeeded(root), 'the web app has not been built yet');

    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<html></html>');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'src', 'pages', 'Overview.tsx'), past, past);
    utimesSync(join(root, 'src', 'pages'), past, past);
    utimesSync(join(root, 'src'), past, past);
    utimesSync(join(root, 'index.html'), past, past);
    assert.equal(webBuildNeeded(root), null);

    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'pages', 'Overview.tsx'), future, future);
    assert.equal(webBuildNeeded(root), 'web/src changed since the last build');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

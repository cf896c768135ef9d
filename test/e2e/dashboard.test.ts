// The dashboard in a real browser: Debian's Chromium driven by playwright-core against
// `imon serve` over a store built from the bundled samples. Each test keeps screenshots in a
// folder of its own (printed as a diagnostic) and fails on any console error of the page.
// Without Chromium the tests report themselves skipped, with the reason.
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { imon, startImon } from '../support/imon.ts';
import { browserMissing, launchBrowser, openPage, type TestPage } from './browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const webIndex = join(root, 'web/dist/index.html');
const missing = await browserMissing();

/** Whether web/dist is missing or older than a file of the app's source (then it is built again). */
function webBuildStale(): boolean {
  if (!existsSync(webIndex)) return true;
  const built = statSync(webIndex).mtimeMs;
  const newer = (path: string): boolean => statSync(path).isDirectory()
    ? readdirSync(path).some((name) => newer(join(path, name)))
    : statSync(path).mtimeMs > built;
  return newer(join(root, 'web/src')) || newer(join(root, 'web/index.html'));
}

/** Starts `imon serve --port 0` and resolves with the child and the address it printed. */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = startImon(['--data', dataDir, 'serve', '--port', '0']);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = /listening on (http:\/\/\S+)\n/.exec(stdout);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`imon serve exited (${code}): ${stderr}`)));
  });
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Each test is skipped, with the reason, where there is no browser (so the runner counts them). */
const e2e = (name: string, fn: (t: TestContext) => Promise<void>) => test(name, { skip: missing ?? false }, fn);

describe('dashboard in Chromium', () => {
  let work: string;
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let editorToken: string;
  let viewerToken: string;
  const opened: TestPage[] = [];

  before(async () => {
    if (missing) return;
    // The e2e run needs the built app, as the source is now; CI builds it first (npm run build),
    // this covers a bare `npm test` and a build left over from before a change.
    if (webBuildStale()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    work = mkdtempSync(join(tmpdir(), 'imon-e2e-'));
    const dataDir = join(work, 'store');
    // IMON_E2E_SEED names a store already built from the samples, copied to save a minute when iterating.
    if (process.env.IMON_E2E_SEED) {
      cpSync(process.env.IMON_E2E_SEED, dataDir, { recursive: true });
      rmSync(join(dataDir, 'imon.lock'), { force: true });
    }
    const started = await imon(['--data', dataDir, 'start', '--no-serve']);
    assert.equal(started.code, 0, started.stderr);
    // Tokens first: the server holds the embedded store while it runs.
    for (const role of ['editor', 'viewer'] as const) {
      const created = await imon(['--data', dataDir, 'token', 'create', '--role', role, '--json']);
      assert.equal(created.code, 0, created.stderr);
      if (role === 'editor') editorToken = JSON.parse(created.stdout).token;
      else viewerToken = JSON.parse(created.stdout).token;
    }
    server = await serve(dataDir);
    browser = await launchBrowser();
  });

  after(async () => {
    for (const p of opened) await p.close().catch(() => {});
    await browser?.close();
    if (server) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    // Screenshots stay for a person to look at; the store goes.
    if (work) rmSync(join(work, 'store'), { recursive: true, force: true });
  });

  /** A fresh page, and the folder for this test's screenshots. */
  async function start(t: TestContext): Promise<{ tp: TestPage; page: Page; shot(name: string): Promise<void> }> {
    const tp = await openPage(browser);
    opened.push(tp);
    const dir = join(work, t.name.replace(/[^\w]+/g, '-').slice(0, 60));
    mkdirSync(dir, { recursive: true });
    t.diagnostic(`screenshots: ${dir}`);
    const shot = async (name: string) => {
      await tp.page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    };
    return { tp, page: tp.page, shot };
  }

  /** Waits for the page's content (its heading, and no "Loading…" left) and asserts nothing failed. */
  async function settled(page: Page): Promise<void> {
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.match(/Loading|Загрузка/));
    assert.equal(await page.locator('main [role="alert"]').count(), 0, await page.locator('main [role="alert"]').allTextContents().then((t) => t.join('; ')));
  }

  e2e('every page opens, then reads in Russian after the switch', async (t) => {
    const fact = (await getJson<{ items: { id: number; recordId: number; source: { id: string }; evidence: { start: number; end: number } }[] }>(
      `${server.url}/api/facts?type=trade&limit=1`)).items[0];
    const pages: [string, string, RegExp][] = [
      ['overview', '/', /Overview/],
      ['monitor', '/monitor', /Monitor/],
      ['partners', '/parties', /Partners/],
      ['profile', '/parties/BY', /Belarus/],
      ['map', '/map', /Map/],
      ['relations', '/relations', /Relations/],
      ['calendar', '/calendar', /Calendar/],
      ['search', '/search', /Search/],
      ['source', `/sources/${fact.source.id}?start=${fact.evidence.start}&end=${fact.evidence.end}`, /./],
      ['record', `/records/${fact.recordId}`, /./],
      ['review', '/review', /Review queue/],
      ['exports', '/exports', /Exports/],
    ];
    const { tp, page, shot } = await start(t);
    for (const [name, path, heading] of pages) {
      await page.goto(server.url + path);
      await settled(page);
      assert.match(await page.locator('main h1').first().innerText(), heading, path);
      await shot(`${name}-en`);
    }
    // The profile has its chart and the map its shapes.
    await page.goto(`${server.url}/parties/BY`);
    await settled(page);
    await page.locator('.chart svg').first().waitFor();
    assert.ok((await page.locator('table.data tbody tr').count()) > 0);

    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Обзор' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(await page.locator('main h1').first().innerText(), 'Беларусь');
    await shot('profile-ru');
    for (const [name, path] of pages) {
      await page.goto(server.url + path);
      await settled(page);
      const nav = await page.getByRole('navigation').innerText();
      assert.doesNotMatch(nav, /Overview|Search|Exports/, 'navigation still in English');
      await shot(`${name}-ru`);
    }
    // Dates and numbers are written the Russian way: "22 окт. 2026 г.", "1 235".
    await page.goto(`${server.url}/`);
    await settled(page);
    const overview = await page.locator('main').innerText();
    assert.match(overview, /\d{1,2} (янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\.? \d{4} г\./);
    assert.match(overview, /\d[\u00a0\u202f ]\d{3}/, 'thousands separated by a space');
    // The first Tab reaches the skip link; the sections are links in a labelled navigation.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'К содержанию');
    // The choice is remembered.
    await page.reload();
    await page.getByRole('link', { name: 'Обзор' }).waitFor();
    assert.deepEqual(tp.errors(), []);
  });

  e2e('searching a Russian word finds Russian texts with the word marked', async (t) => {
    const { tp, page, shot } = await start(t);
    await page.goto(`${server.url}/search`);
    await settled(page);
    await page.getByLabel('Words to find').fill('тракторы');
    await page.getByLabel('Words to find').press('Enter');
    await page.waitForURL(/q=/);
    await settled(page);
    const heading = await page.locator('#hits-sources').innerText();
    const total = Number(/\((\d+)\)/.exec(heading)?.[1]);
    assert.ok(total > 0, heading);
    const marks = await page.locator('.snippet mark').allInnerTexts();
    assert.ok(marks.some((m) => /трактор/i.test(m)), `marked: ${marks.join(', ')}`);
    await shot('results');
    // A facet narrows the results; a Russian text opens with its evidence.
    await page.locator('.facets a').first().click();
    await settled(page);
    await page.locator('.hit a').first().click();
    await page.waitForURL(/\/sources\//);
    await settled(page);
    assert.ok((await page.locator('.source .body mark').count()) > 0);
    await shot('source');
    assert.deepEqual(tp.errors(), []);
  });

  e2e('a partner opens from the map, by mouse and by keyboard', async (t) => {
    const { tp, page, shot } = await start(t);
    await page.goto(`${server.url}/map`);
    await settled(page);
    await page.locator('path[data-id="BY-HO"]').waitFor();
    await shot('map');
    // Shaded by documents with a chosen partner.
    await page.getByLabel('Partner').selectOption('BY');
    await page.waitForURL(/partner=BY/);
    await settled(page);
    assert.ok((await page.locator('path.region[fill^="#"]:not([fill="#f4f4f1"])').count()) > 0, 'some regions are shaded');
    await shot('map-partner-BY');
    await page.locator('path[data-id="BY-HO"]').click();
    await page.waitForURL(/\/parties\/BY-HO$/);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Gomel Region');
    await shot('profile-from-map');

    await page.goBack();
    await page.locator('path[data-id="UZ"]').waitFor();
    await page.locator('path[data-id="UZ"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/parties\/UZ$/);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Uzbekistan');
    assert.deepEqual(tp.errors(), []);
  });

  e2e('a fact is accepted, edited and rejected with a token; without the role it is refused', async (t) => {
    const { tp, page, shot } = await start(t);
    await page.goto(`${server.url}/review?type=trade`);
    await settled(page);
    const items = page.locator('.review-item');
    await items.first().waitFor();
    assert.ok(await items.first().getByRole('button', { name: 'Accept' }).isDisabled(), 'no token, no review');

    // A viewer token is refused with the API's message.
    tp.expectError(/status of 403/);
    await page.getByLabel('API token (editor or admin)').fill(viewerToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await items.first().getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: /editor role/ }).waitFor();
    await shot('refused');

    await page.getByRole('button', { name: 'Forget token' }).click();
    await page.getByLabel('API token (editor or admin)').fill(editorToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    const ids = (await items.evaluateAll((els) => els.slice(0, 3).map((e) => Number(e.getAttribute('data-fact')))));

    await page.locator(`[data-fact="${ids[0]}"]`).getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: `Fact ${ids[0]}: accepted.` }).waitFor();

    const second = page.locator(`[data-fact="${ids[1]}"]`);
    await second.getByRole('button', { name: 'Edit' }).click();
    await second.getByLabel('period', { exact: true }).fill('2019');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: `Fact ${ids[1]}: edited.` }).waitFor();

    await page.locator(`[data-fact="${ids[2]}"]`).getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('status').filter({ hasText: `Fact ${ids[2]}: rejected.` }).waitFor();
    await shot('reviewed');

    const status = async (id: number) => (await getJson<{ reviewStatus: string; fields: { period?: string } }>(`${server.url}/api/facts/${id}`));
    assert.equal((await status(ids[0])).reviewStatus, 'accepted');
    assert.deepEqual([(await status(ids[1])).reviewStatus, (await status(ids[1])).fields.period], ['edited', '2019']);
    assert.equal((await status(ids[2])).reviewStatus, 'rejected');
    // The token stays with this tab only.
    assert.equal(await page.evaluate(() => sessionStorage.getItem('imon.token')), editorToken);
    assert.equal(await page.evaluate(() => localStorage.getItem('imon.token')), null);
    assert.deepEqual(tp.errors(), []);
  });

  e2e('a number leads to its evidence: figure, record, the marked span in the source', async (t) => {
    const { tp, page, shot } = await start(t);
    await page.goto(`${server.url}/parties/BY`);
    await settled(page);
    const figure = page.locator('#trade table.data tbody td.num a').first();
    const value = await figure.innerText();
    await figure.click();
    await page.waitForURL(/\/records\/\d+$/);
    await settled(page);
    assert.ok((await page.locator('main').innerText()).includes(value), `the record shows ${value}`);
    const quote = page.locator('blockquote a').first();
    const quoteText = await quote.innerText();
    await quote.click();
    await page.waitForURL(/\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+$/);
    await settled(page);
    const selected = await page.locator('.source .body mark.selected').allInnerTexts();
    assert.equal(selected.join(''), quoteText);
    await shot('evidence');
    assert.deepEqual(tp.errors(), []);
  });

  e2e('the monitor shows targets with a status and plans, in English and Russian; a goal leads to its evidence', async (t) => {
    const { tp, page, shot } = await start(t);
    await page.goto(`${server.url}/monitor`);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Monitor');
    const targetTab = page.getByRole('tab', { name: 'Targets' });
    assert.equal(await targetTab.getAttribute('aria-selected'), 'true');
    const targets = page.locator('[data-target]');
    await targets.first().waitFor();
    const statuses = await page.locator('[data-target] .badge').allTextContents();
    assert.ok(statuses.length > 0 && statuses.every((s) => /^(achieved|on track|behind|missed|unknown)$/.test(s)), statuses.join(', '));
    await shot('targets-en');

    // The tabs answer the arrow keys; the plans tab lists plans with their status.
    await targetTab.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/tab=plans/);
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Plans');
    await page.locator('[data-plan]').first().waitFor();
    const planStatuses = await page.locator('[data-plan] .badge').allTextContents();
    assert.ok(planStatuses.some((s) => /^(active|expiring|expired|renewed)$/.test(s)), planStatuses.join(', '));
    await shot('plans-en');

    // In Russian: the labels and the statuses.
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('tab', { name: 'Планы' }).waitFor();
    assert.equal(await page.locator('main h1').innerText(), 'Мониторинг');
    assert.ok((await page.locator('[data-plan] .badge').allTextContents()).some((s) => /^(действует|истекает|истёк|заменён)$/.test(s)));
    await shot('plans-ru');
    await page.getByRole('tab', { name: 'Цели' }).click();
    await page.waitForURL(/tab=targets/);
    await settled(page);
    await targets.first().waitFor();
    const ruStatuses = await page.locator('[data-target] .badge').allTextContents();
    assert.ok(ruStatuses.every((s) => /^(достигнута|в графике|отстаёт|не достигнута|нет данных)$/.test(s)), ruStatuses.join(', '));
    await shot('targets-ru');

    // A goal's figure opens the sentence that set it, marked in its source.
    const goal = page.locator('[data-target] a.figure').first();
    const link = new URL(await goal.getAttribute('href') ?? '', server.url);
    assert.match(link.pathname, /^\/sources\/[0-9a-f]{64}$/);
    const [from, to] = [Number(link.searchParams.get('start')), Number(link.searchParams.get('end'))];
    await goal.click();
    await page.waitForURL(/\/sources\/[0-9a-f]{64}\?start=\d+&end=\d+$/);
    await settled(page);
    const source = await getJson<{ body: string }>(`${server.url}/api${link.pathname}`);
    const selected = await page.locator('.source .body mark.selected').allInnerTexts();
    assert.equal(selected.join(''), source.body.slice(from, to));
    await shot('evidence');
    assert.deepEqual(tp.errors(), []);
  });

  e2e('text from a source is shown as text, never as markup', async (t) => {
    const { tp, page, shot } = await start(t);
    const posted = await fetch(`${server.url}/api/sources`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Minsk <b>and</b> Tashkent',
        lang: 'en',
        date: '2026-03-02',
        text: 'Belarus and Uzbekistan signed a roadmap for 2026-2028 in Tashkent on 2 March 2026. <img src=x onerror="document.title=1"> Trade reached $1.2 billion in 2025.',
      }),
    });
    assert.equal(posted.status, 201, await posted.clone().text());
    const { id } = (await posted.json()) as { id: string };
    await page.goto(`${server.url}/sources/${id}`);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Minsk <b>and</b> Tashkent');
    assert.equal(await page.locator('main img, main b').count(), 0);
    assert.match(await page.locator('.source .body').innerText(), /<img src=x onerror="document\.title=1">/);
    assert.notEqual(await page.title(), '1');
    await shot('source-as-text');
    assert.deepEqual(tp.errors(), []);
  });
});

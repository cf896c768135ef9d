import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing } from '../../../browser/chromium.ts';
import { footnoteLinks } from '../../../report/test-support.ts';
import { testEngines } from '../../../store/test-stores.ts';
import { openApiFixture, type ApiFixture } from '../../test-fixture.ts';

const noBrowser = await browserMissing();

for (const engine of testEngines) {
  describe(`GET /api/report (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let fx: ApiFixture;
    before(async () => {
      fx = await openApiFixture(engine);
    });
    after(async () => fx?.close());
    const get = (query: string) => fx.app.inject({ method: 'GET', url: `/api/report?${query}` });

    test('html: the briefing page, styled but unable to run anything, every footnote reference resolving', async () => {
      const res = await get('party=BY&with=UZ&date=2023-12-31');
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
      assert.equal(res.headers['content-disposition'], 'inline; filename="briefing-belarus-uzbekistan-2023-12-31.html"');
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /style-src 'unsafe-inline'/);
      assert.doesNotMatch(csp, /script-src/);
      const page = res.body;
      assert.match(page, /Cooperation of Belarus with Uzbekistan/);
      assert.match(page, /State as of 31 December 2023/);
      for (const heading of ['Trade and targets', 'Documents and plans', 'Events', 'Projects', 'Coverage and gaps', 'Sources']) {
        assert.match(page, new RegExp(`<h2>\\d\\. ${heading}</h2>`));
      }
      assert.match(page, /<svg /, 'the trade chart');
      assert.match(page, /Belarus and Uzbekistan lift trade/, 'a source title in the footnotes');
      assert.doesNotMatch(page, /Belarus-Kazakhstan commission meets in Minsk/, 'nothing about Kazakhstan');
      const { refs, entries } = footnoteLinks(page);
      assert.ok(entries.length >= 5);
      assert.deepEqual(entries, entries.map((_, i) => i + 1));
      assert.deepEqual([...new Set(refs)].sort((a, b) => a - b), entries);
    });

    test('a party by name, in Russian, from a year', async () => {
      const res = await get(`party=${encodeURIComponent('Беларусь')}&lang=ru&from=2022&date=2023-12-31`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(res.body, /<html lang="ru">/);
      assert.match(res.body, /Сотрудничество: Беларусь/);
      assert.match(res.body, /с 2022 года/);
    });

    test('404 for a party nobody knows; 400 for wrong parameters', async () => {
      for (const query of ['party=Nowhereland', 'party=BY&with=Nowhereland']) {
        const res = await get(query);
        assert.equal(res.statusCode, 404, query);
        assert.match(res.json().error, /no party matches "Nowhereland"/);
      }
      for (const query of ['', 'party=', 'party=BY&format=docx', 'party=BY&from=20', 'party=BY&lang=de', 'party=BY&date=2023-02-30', 'party=BY&with=Belarus']) {
        const res = await get(query);
        assert.equal(res.statusCode, 400, query);
        assert.equal(typeof res.json().error, 'string');
      }
    });

    test('pdf: a download printed by Chromium', { skip: noBrowser ?? false }, async () => {
      const res = await get('party=BY&with=UZ&format=pdf&date=2023-12-31');
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.headers['content-disposition'], 'attachment; filename="briefing-belarus-uzbekistan-2023-12-31.pdf"');
      assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    });
  });
}

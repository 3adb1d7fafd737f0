import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bodyExcerpt, redactHeaders, redactText, redactUrl, redactValue } from '../../src/core/redact.js';

const SECRET = 'sk_live_very_secret_value_123';

describe('redaction', () => {
  it('redacts secret headers whatever their case', () => {
    const h = redactHeaders({ 'X-API-Key': SECRET, authorization: `Bearer ${SECRET}`, 'x-tts-access-token': SECRET, accept: 'json' });
    expect(JSON.stringify(h)).not.toContain(SECRET);
    expect(h.accept).toBe('json');
  });

  it('redacts secret query params and keeps the rest', () => {
    const url = `https://x.test/p?app_key=abc&sign=${SECRET}&access_token=${SECRET}&app_secret=${SECRET}&page=2`;
    const out = redactUrl(url);
    expect(out).not.toContain(SECRET);
    expect(out).toContain('app_key=abc');
    expect(out).toContain('page=2');
  });

  it('redacts secret body keys deeply', () => {
    const v = redactValue({ data: { access_token: SECRET, refresh_token: SECRET, nested: [{ client_secret: SECRET }] }, ok: 1 });
    expect(inspect(v, { depth: 10 })).not.toContain(SECRET);
  });

  it('redacts pairs and known values in free text (HTML pages, form bodies)', () => {
    const text = `<p>access_token=${SECRET}&x=1</p> {"refresh_token": "${SECRET}"} key ${SECRET}`;
    const out = redactText(text, [SECRET]);
    expect(out).not.toContain(SECRET);
    expect(out).toContain('x=1');
  });

  it('makes short single-line excerpts', () => {
    const out = bodyExcerpt(`<html>\n<body>${'x'.repeat(500)}</body></html>`);
    expect(out.length).toBeLessThanOrEqual(201);
    expect(out).not.toContain('\n');
  });
});

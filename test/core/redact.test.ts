import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bodyExcerpt, redactHeaders, redactText, redactUrl, redactValue, secretsSent } from '../../src/core/redact.js';

const SECRET = 'sk_live_very_secret_value_123';

describe('redaction', () => {
  it('redacts secret headers whatever their case', () => {
    const h = redactHeaders({
      'X-API-Key': SECRET,
      authorization: `Bearer ${SECRET}`,
      'x-tts-access-token': SECRET,
      accept: 'json',
    });
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

describe('redaction at any depth and by value', () => {
  it('redacts a body nested ten thousand levels deep all the way down, without overflowing the stack', () => {
    let deep: unknown = { access_token: SECRET, note: `echo ${SECRET}` };
    for (let i = 0; i < 10_000; i++) deep = i % 2 ? { next: deep } : [deep];
    const out = redactValue(deep, [SECRET]);
    let bottom = out as Record<string, unknown> | unknown[];
    for (let i = 0; i < 10_000; i++) bottom = (Array.isArray(bottom) ? bottom[0] : bottom.next) as typeof bottom;
    expect(bottom).toEqual({ access_token: '[REDACTED]', note: 'echo [REDACTED]' });
  });

  it('redacts known values inside strings, keeps a cycle and a __proto__ key as plain data', () => {
    const cyclic: Record<string, unknown> = { msg: `token ${SECRET} refused`, url: `https://x.test/cb?sign=${SECRET}` };
    cyclic.self = cyclic;
    const parsed = JSON.parse(`{"__proto__": {"polluted": "${SECRET}"}}`) as Record<string, unknown>;
    const out = redactValue({ cyclic, parsed }, [SECRET]) as { cyclic: Record<string, unknown>; parsed: Record<string, unknown> };
    expect(out.cyclic.msg).toBe('token [REDACTED] refused');
    expect(out.cyclic.url).toBe('https://x.test/cb?sign=[REDACTED]');
    expect(out.cyclic.self).toBe(out.cyclic);
    expect(Object.getPrototypeOf(out.parsed)).toBe(Object.prototype);
    expect(inspect(out, { depth: 10 })).not.toContain(SECRET);
  });

  it('redacts the OAuth code being exchanged: auth_code always, code next to grant_type', () => {
    expect(redactUrl(`https://auth.test/token/get?auth_code=${SECRET}&grant_type=authorized_code`)).not.toContain(SECRET);
    expect(redactUrl(`https://auth.test/token?grant_type=authorization_code&code=${SECRET}`)).not.toContain(SECRET);
    expect(redactUrl('https://api.test/errors?code=36009003')).toContain('code=36009003'); // an error code stays
  });

  it('cuts an excerpt after redacting, so a secret across the cut shows no half', () => {
    const text = `${'x'.repeat(190)} key ${SECRET} end`;
    const out = bodyExcerpt(text, [SECRET]);
    expect(out).not.toContain(SECRET.slice(0, 4));
    expect(bodyExcerpt(`{"refresh_token": "${SECRET}`)).not.toContain(SECRET); // a quoted value cut short
  });

  it('finds the secrets a request is sending: secret query params, headers, form and JSON fields', () => {
    const found = secretsSent(
      { refresh_token: 'rt_0123456789', page: '2', grant_type: 'authorization_code', code: 'oauth_code_123' },
      { authorization: 'Bearer at_0123456789', 'content-type': 'application/x-www-form-urlencoded' },
      'client_secret=cs_0123456789&merchant_id=7',
    );
    expect(found).toEqual(expect.arrayContaining(['rt_0123456789', 'oauth_code_123', 'at_0123456789', 'cs_0123456789']));
    expect(found).not.toContain('2');
    expect(secretsSent({}, { 'content-type': 'application/json' }, '{"a":{"password":"pw_0123456789"}}')).toEqual([
      'pw_0123456789',
    ]);
  });

  it('redacts header values by name, by pair and by value', () => {
    const h = redactHeaders(
      { location: `https://x.test/cb?access_token=${SECRET}&state=s`, 'set-cookie': 'sid=abc', 'x-echo': `key ${SECRET}` },
      [SECRET],
    );
    expect(JSON.stringify(h)).not.toContain(SECRET);
    expect(h['set-cookie']).toBe('[REDACTED]');
    expect(h.location).toContain('state=s');
  });
});

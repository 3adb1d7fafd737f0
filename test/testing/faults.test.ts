import { describe, expect, it } from 'vitest';
import { FaultPlan, type FaultRule } from '../../src/testing/index.js';

const none = new Uint8Array(0);
const req = (method: string, path: string, body?: string) =>
  new Request(`https://api.test${path}`, { method, body: body ?? null });
const hit = (plan: FaultPlan, method: string, path: string, body?: string) =>
  plan.intercept(req(method, path, body), body ? Buffer.from(body) : none)?.kind ?? null;

describe('FaultPlan', () => {
  it('applies a rule `times` times, then lets requests through', () => {
    const plan = new FaultPlan().add({ path: '/x', kind: 'status', status: 503, times: 2 });
    expect([1, 2, 3].map(() => hit(plan, 'GET', '/x'))).toEqual(['status', 'status', null]);
    expect(plan.pending).toBe(0);
  });

  it('defaults to once, supports Infinity and skips the first `after` matches', () => {
    const plan = new FaultPlan()
      .add({ method: 'post', path: '/once', kind: 'reset' })
      .add({ path: '/always', kind: 'delay', ms: 0, times: Infinity })
      .add({ path: '/third', kind: 'truncate', after: 2 });
    expect([hit(plan, 'POST', '/once'), hit(plan, 'POST', '/once')]).toEqual(['reset', null]);
    expect(Array.from({ length: 5 }, () => hit(plan, 'GET', '/always'))).toEqual(Array(5).fill('delay'));
    expect([1, 2, 3, 4].map(() => hit(plan, 'GET', '/third'))).toEqual([null, null, 'truncate', null]);
  });

  it('matches method case-insensitively, exact path strings, RegExps on the pathname only', () => {
    const plan = new FaultPlan()
      .add({ method: 'GET', path: '/a', kind: 'status', status: 500, times: Infinity })
      .add({ path: /^\/items\/\d+$/g, kind: 'status', status: 502, times: Infinity });
    expect(hit(plan, 'get', '/a')).toBe('status');
    expect(hit(plan, 'GET', '/a?q=1')).toBe('status');
    expect(hit(plan, 'POST', '/a')).toBeNull();
    expect(hit(plan, 'GET', '/a/b')).toBeNull();
    // A /g RegExp would alternate true/false without the lastIndex reset.
    expect([hit(plan, 'GET', '/items/1'), hit(plan, 'GET', '/items/2')]).toEqual(['status', 'status']);
  });

  it('takes the first rule with budget; every matching rule counts towards its own `after`', () => {
    const first: FaultRule = { path: '/x', kind: 'status', status: 503 };
    const second: FaultRule = { path: '/x', kind: 'reset', after: 1 };
    const plan = new FaultPlan().add(first).add(second);
    expect([hit(plan, 'GET', '/x'), hit(plan, 'GET', '/x'), hit(plan, 'GET', '/x')]).toEqual(['status', 'reset', null]);
    expect(plan.journal.map((e) => e.fault)).toEqual([first, second, undefined]);
  });

  it('matches with a predicate that sees a clone of the request and the body text', async () => {
    let seen: Request | undefined;
    const plan = new FaultPlan().add({
      method: 'POST',
      kind: 'status',
      status: 409,
      times: Infinity,
      match: (request, body) => {
        seen = request;
        return request.headers.get('x-k') === '1' && JSON.parse(body).id === 7;
      },
    });
    const r = new Request('https://api.test/o', { method: 'POST', headers: { 'x-k': '1' }, body: '{"id":7}' });
    expect(plan.intercept(r, Buffer.from('{"id":7}'))?.kind).toBe('status');
    expect(seen).not.toBe(r);
    expect(await r.text()).toBe('{"id":7}'); // the original is still readable by the handler
    expect(hit(plan, 'POST', '/o', '{"id":8}')).toBeNull();
  });

  it('rejects malformed rules', () => {
    const plan = new FaultPlan();
    expect(() => plan.add({ kind: 'status', status: 99 })).toThrow(RangeError);
    expect(() => plan.add({ kind: 'delay', ms: -1 })).toThrow(RangeError);
    expect(() => plan.add({ kind: 'truncate', bytes: 1.5 })).toThrow(RangeError);
    expect(() => plan.add({ kind: 'reset', times: -1 })).toThrow(RangeError);
    expect(() => plan.add({ kind: 'reset', after: NaN })).toThrow(RangeError);
    expect(() => plan.add({ kind: 'bogus' } as unknown as FaultRule)).toThrow(TypeError);
  });

  it('clear() drops rules but keeps the journal; clearJournal() the reverse', () => {
    const plan = new FaultPlan().add({ kind: 'reset', times: Infinity });
    hit(plan, 'GET', '/x');
    plan.clear();
    expect(hit(plan, 'GET', '/x')).toBeNull();
    expect(plan.count()).toBe(2);
    plan.clearJournal();
    expect(plan.count()).toBe(0);
  });
});

describe('request journal', () => {
  it('records method, path, raw query, lower-cased headers and body', () => {
    const plan = new FaultPlan();
    const r = new Request('https://api.test/p%20q?b=%2F&a=1', { method: 'PUT', headers: { 'X-Trace': 't' }, body: 'hé' });
    const before = Date.now();
    plan.intercept(r, Buffer.from('hé'));
    expect(plan.journal[0]).toMatchObject({
      seq: 1,
      method: 'PUT',
      pathname: '/p%20q',
      search: '?b=%2F&a=1',
      body: 'hé',
      bodyBytes: 3,
      bodyTruncated: false,
    });
    expect(plan.journal[0]?.headers['x-trace']).toBe('t');
    expect(plan.journal[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it('is capped: old entries go first, sequence numbers keep counting', () => {
    const plan = new FaultPlan({ journal: { limit: 16, bodyLimit: 4 } });
    for (let i = 0; i < 100; i++) hit(plan, 'POST', '/w', `body-${i}`);
    expect(plan.journal.length).toBeLessThanOrEqual(16);
    expect(plan.journal.at(-1)?.seq).toBe(100);
    expect(plan.journal.at(-1)).toMatchObject({ body: 'body', bodyTruncated: true, bodyBytes: 7 });
    expect(() => new FaultPlan({ journal: { limit: 0 } })).toThrow(RangeError);
  });
});

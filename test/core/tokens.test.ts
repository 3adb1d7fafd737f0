import { describe, expect, it } from 'vitest';
import { MemoryTokenStore, TokenManager, type RefreshLock } from '../../src/core/tokens.js';

interface Tok {
  access: string;
  exp: number;
}

function setup(now = 1_000_000, lock?: RefreshLock) {
  const store = new MemoryTokenStore<Tok>();
  let refreshes = 0;
  const manager = new TokenManager<Tok>({
    store,
    refresh: async () => {
      refreshes++;
      await new Promise((r) => setTimeout(r, 5));
      return { access: `t${refreshes}`, exp: now + 3600 };
    },
    expiresAt: (t) => t.exp,
    accessToken: (t) => t.access,
    marginSeconds: 60,
    lock,
    now: () => now,
  });
  return { store, manager, refreshes: () => refreshes };
}

describe('token refresh', () => {
  it('returns a fresh stored token without refreshing', async () => {
    const { store, manager, refreshes } = setup();
    await store.set('s', { access: 'a', exp: 1_000_000 + 3600 });
    expect((await manager.get('s')).access).toBe('a');
    expect(refreshes()).toBe(0);
  });

  it('refreshes ahead of expiry (inside the margin)', async () => {
    const { store, manager, refreshes } = setup();
    await store.set('s', { access: 'a', exp: 1_000_000 + 30 });
    expect((await manager.get('s')).access).toBe('t1');
    expect(refreshes()).toBe(1);
    expect((await store.get('s'))?.access).toBe('t1');
  });

  it('coalesces 100 concurrent callers on an expired token into exactly one refresh', async () => {
    const { store, manager, refreshes } = setup();
    await store.set('s', { access: 'old', exp: 1 });
    const got = await Promise.all(Array.from({ length: 100 }, () => manager.get('s')));
    expect(refreshes()).toBe(1);
    expect(new Set(got.map((t) => t.access))).toEqual(new Set(['t1']));
  });

  it('renew() after a rejection refreshes once, and not again if the store already changed', async () => {
    const { store, manager, refreshes } = setup();
    const rejected = { access: 'a', exp: 1_000_000 + 3600 };
    await store.set('s', rejected);
    const [x, y] = await Promise.all([manager.renew('s', rejected), manager.renew('s', rejected)]);
    expect(x.access).toBe('t1');
    expect(y.access).toBe('t1');
    expect((await manager.renew('s', rejected)).access).toBe('t1');
    expect(refreshes()).toBe(1);
  });

  it('re-reads the store under the lock (another process refreshed meanwhile)', async () => {
    // eslint-disable-next-line prefer-const -- assigned once, after the lock that reads it is built
    let store!: MemoryTokenStore<Tok>;
    const lock: RefreshLock = {
      async withLock(_key, fn) {
        // The "other process" stores a fresh token while we wait for the lock.
        await store.set('s', { access: 'other', exp: 1_000_000 + 3600 });
        return fn();
      },
    };
    const s = setup(1_000_000, lock);
    store = s.store;
    await store.set('s', { access: 'old', exp: 1 });
    expect((await s.manager.get('s')).access).toBe('other');
    expect(s.refreshes()).toBe(0);
  });

  it('a failed refresh rejects every waiter and does not stick', async () => {
    const store = new MemoryTokenStore<Tok>();
    let calls = 0;
    const manager = new TokenManager<Tok>({
      store,
      refresh: async () => {
        calls++;
        throw new Error('refresh token expired');
      },
      expiresAt: (t) => t.exp,
      accessToken: (t) => t.access,
    });
    await store.set('s', { access: 'old', exp: 1 });
    const results = await Promise.allSettled([manager.get('s'), manager.get('s')]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(calls).toBe(1);
    await expect(manager.get('s')).rejects.toThrow('refresh token expired');
    expect(calls).toBe(2);
  });
});

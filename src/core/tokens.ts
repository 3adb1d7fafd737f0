/**
 * Token storage and refresh shared by the APIs with expiring tokens (TikTok Shop sellers, Local Service
 * merchants). One rule set: refresh ahead of expiry, single-flight per key, re-read the store under the lock
 * (another process may have refreshed already), and never loop on a dead refresh token.
 */

/** Where tokens live between calls and processes. Back it with a database or Redis in production. */
export interface TokenStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete?(key: string): Promise<void>;
}

/** The default store: process memory. Tokens are lost on restart; use a persistent store for real sellers. */
export class MemoryTokenStore<T> implements TokenStore<T> {
  private readonly map = new Map<string, T>();
  async get(key: string) {
    return this.map.get(key);
  }
  async set(key: string, value: T) {
    this.map.set(key, value);
  }
  async delete(key: string) {
    this.map.delete(key);
  }
}

/**
 * A lock around a refresh, so that across processes only one refreshes a key (see the Redis entry).
 * In one process the TokenManager already coalesces concurrent refreshes.
 */
export interface RefreshLock {
  withLock<R>(key: string, fn: () => Promise<R>): Promise<R>;
}

export interface TokenManagerOptions<T> {
  store: TokenStore<T>;
  /** Obtains a new token set from the current one (or from nothing, for client-credential grants). */
  refresh: (current: T | undefined, key: string) => Promise<T>;
  /** Unix seconds when the access token expires. */
  expiresAt: (token: T) => number;
  /** The access token itself, to tell whether the stored set changed. */
  accessToken: (token: T) => string;
  /** Refresh this many seconds before expiry. Default 300. */
  marginSeconds?: number;
  lock?: RefreshLock | undefined;
  /** Unix seconds now; injectable for tests. */
  now?: () => number;
}

export class TokenManager<T> {
  private readonly inflight = new Map<string, Promise<T>>();
  private readonly margin: number;
  private readonly now: () => number;

  constructor(private readonly o: TokenManagerOptions<T>) {
    this.margin = o.marginSeconds ?? 300;
    this.now = o.now ?? (() => Math.floor(Date.now() / 1000));
  }

  get store(): TokenStore<T> {
    return this.o.store;
  }

  /** A token valid for at least the margin, refreshing it first when needed. */
  async get(key: string): Promise<T> {
    const current = await this.o.store.get(key);
    if (current && !this.isStale(current)) return current;
    return this.refreshOnce(key, current);
  }

  /**
   * The server rejected `rejected` as expired: refresh, unless the store already holds a different token
   * (someone refreshed in the meantime), in which case that one is returned.
   */
  async renew(key: string, rejected: T | undefined): Promise<T> {
    const current = await this.o.store.get(key);
    if (current && rejected && this.o.accessToken(current) !== this.o.accessToken(rejected) && !this.isStale(current)) {
      return current;
    }
    return this.refreshOnce(key, current, rejected);
  }

  isStale(token: T): boolean {
    return this.o.expiresAt(token) - this.margin <= this.now();
  }

  private refreshOnce(key: string, seen: T | undefined, rejected?: T): Promise<T> {
    const running = this.inflight.get(key);
    if (running) return running;
    const run = async () => {
      // Under the lock, look again: another process may have stored a fresh token while we waited for it.
      const latest = await this.o.store.get(key);
      if (latest && !this.isStale(latest) && !this.same(latest, rejected)) return latest;
      const next = await this.o.refresh(latest ?? seen, key);
      await this.o.store.set(key, next);
      return next;
    };
    const work = this.o.lock ? this.o.lock.withLock(key, run) : run();
    this.inflight.set(key, work);
    const done = () => this.inflight.delete(key);
    work.then(done, done);
    return work;
  }

  private same(a: T, b: T | undefined): boolean {
    return b !== undefined && this.o.accessToken(a) === this.o.accessToken(b);
  }
}

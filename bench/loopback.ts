/**
 * How every client reaches the bench server, and only the bench server.
 *
 * The peer SDK hard-codes https://open-api.tiktokglobalshop.com and calls global fetch, so the fair setup is to
 * point that very host name at the loopback TLS server for everyone: a connector whose `lookup` answers 127.0.0.1
 * for any name (nothing can leave the machine), whose port is the server's (a lookup cannot change the port the
 * URL implies, 443), and which trusts the bench certificate (verified, not `rejectUnauthorized: false`: its SAN
 * names the host). Each client gets its own Agent with the SDK's default pool settings, so no client inherits
 * warm sockets from another.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { join } from 'node:path';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { BENCH_DIR } from './bodies.js';

export const TIKTOK_HOST = 'open-api.tiktokglobalshop.com';
export const TIKTOK_ORIGIN = `https://${TIKTOK_HOST}`;
export const BENCH_CA = readFileSync(join(BENCH_DIR, 'fixtures', 'loopback-cert.pem'));

export interface ServerPorts {
  http: number;
  https: number;
}

/** Every name resolves to 127.0.0.1: a misrouted request hits the bench server or nothing, never the internet. */
export const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all)
    (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};

/** An undici connector that sends https to the bench TLS port (host name and SNI unchanged) and http as given. */
export function loopbackConnector(ports: ServerPorts): buildConnector.connector {
  const base = buildConnector({ ca: BENCH_CA, lookup: loopbackLookup });
  return (opts, callback) => {
    if (opts.protocol === 'https:') return base({ ...opts, port: String(ports.https) }, callback);
    return base({ ...opts, hostname: '127.0.0.1', host: '127.0.0.1' }, callback);
  };
}

/** The SDK's default pool settings (src/core/http.ts createAgent), on the loopback connector. */
export function loopbackAgent(ports: ServerPorts): Agent {
  return new Agent({
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 600_000,
    connections: 128,
    pipelining: 1,
    connect: loopbackConnector(ports),
  });
}

/**
 * For the plain-HTTP table: a dispatcher that sends the peer's hard-coded https origin to the plain port instead.
 * The peer's own code (signing, URL building, fetch, response.json()) is unchanged; only its transport is.
 */
export function plainRewrite(agent: Dispatcher, ports: ServerPorts): Dispatcher {
  const plainOrigin = `http://127.0.0.1:${ports.http}`;
  return agent.compose((dispatch) => (opts, handler) => {
    const origin = String(opts.origin ?? '');
    return dispatch(origin.startsWith(TIKTOK_ORIGIN) ? { ...opts, origin: plainOrigin } : opts, handler);
  });
}

/** Requests answered and connections accepted so far, per transport. */
export interface ServerStats {
  plain: number;
  tls: number;
  connections: { plain: number; tls: number };
}

export interface BenchServer extends ServerPorts {
  child: ChildProcess;
  /** Requests the server has answered so far, per transport. */
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/** Forks bench/server.ts (through tsx) and waits for its ports; bounded: 20 s or it fails loudly. */
export function startServer(): Promise<BenchServer> {
  const child = fork(join(BENCH_DIR, 'server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('bench server did not start within 20 s'));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited early (code ${code})`));
    });
    child.once('message', (msg: { ready?: boolean; http: number; https: number }) => {
      if (!msg.ready) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        child,
        http: msg.http,
        https: msg.https,
        stats: () =>
          new Promise((done) => {
            const onMessage = (m: { stats?: ServerStats }) => {
              if (!m.stats) return;
              child.off('message', onMessage);
              done(m.stats);
            };
            child.on('message', onMessage);
            child.send({ stats: true });
          }),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.disconnect(); // the server exits on disconnect; kill it if it does not within 2 s
            setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
          }),
      });
    });
  });
}

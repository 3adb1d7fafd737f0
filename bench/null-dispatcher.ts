/**
 * A dispatcher that answers every request with one fixed response, in a microtask, without a socket: the SDK's own
 * CPU per call (plan, sign, URL, decode, envelope, validation, meta) measured with nothing else in the loop.
 * It speaks undici's handler API as a real dispatcher does (controller style: onRequestStart, onResponseStart,
 * onResponseData, onResponseEnd), so the SDK's transport code runs unchanged.
 */
import { Dispatcher } from 'undici';

export class FixedResponseDispatcher extends Dispatcher {
  readonly #body: Buffer;
  readonly #headers: Record<string, string>;

  constructor(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    super();
    this.#body = Buffer.from(body);
    this.#headers = { ...headers, 'content-length': String(this.#body.length) };
  }

  override dispatch(_opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const controller = {
      aborted: false,
      paused: false,
      reason: null,
      rawHeaders: null,
      rawTrailers: null,
      abort() {},
      pause() {},
      resume() {},
    } as unknown as Dispatcher.DispatchController;
    queueMicrotask(() => {
      handler.onRequestStart?.(controller, {});
      handler.onResponseStart?.(controller, 200, this.#headers, 'OK');
      handler.onResponseData?.(controller, this.#body);
      handler.onResponseEnd?.(controller, {});
    });
    return true;
  }
}

/**
 * The server's clock as best known. TikTok rejects a timestamp outside [now - 5 min, now + 30 s] of its own clock
 * (TikTok Shop docs: Common parameters, Common errors): a host running 31 s fast fails every call. On that error the
 * client learns the offset from the response's `Date` header and replays once (see auth.ts); later calls use the
 * corrected clock.
 */
export class ServerClock {
  #skewMs = 0;

  /** Current Unix time in seconds on the server's clock (the 10-digit `timestamp` query value). */
  nowSeconds(): number {
    return Math.floor((Date.now() + this.#skewMs) / 1000);
  }

  /** Server minus local time in ms, as last measured; 0 until a timestamp error was seen. */
  get skewMs(): number {
    return this.#skewMs;
  }

  /**
   * Learns the offset from an HTTP `Date` header. Returns false when the header is missing or unreadable (nothing
   * learned, so a replay would fail the same way).
   */
  observe(dateHeader: string | undefined): boolean {
    const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
    if (Number.isNaN(server)) return false;
    // Date has 1-second resolution: the server's instant lies in [server, server + 1000). Take the middle.
    this.#skewMs = server + 500 - Date.now();
    return true;
  }
}

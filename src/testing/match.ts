/**
 * How fault rules and journal queries name requests: by method and by path.
 *
 * Paths are compared against the URL's `pathname` exactly as the client sent it (percent-encoding
 * untouched, no query string): a query is part of the request's identity for signing, not for
 * "which endpoint was hit", and mixing the two made `count('GET', '/x')` miss `/x?page=2`.
 */

/** `'*'` (or leaving it out) matches every method; otherwise compared case-insensitively. */
export type MethodMatcher = string;

/** A string matches the pathname exactly; a RegExp is tested against the pathname. */
export type PathMatcher = string | RegExp;

/** True when `method` is selected by `matcher` (undefined or `'*'` select everything). */
export function methodMatches(matcher: MethodMatcher | undefined, method: string): boolean {
  if (matcher === undefined || matcher === '*') return true;
  return matcher.toUpperCase() === method.toUpperCase();
}

/** True when `pathname` is selected by `matcher` (undefined selects everything). */
export function pathMatches(matcher: PathMatcher | undefined, pathname: string): boolean {
  if (matcher === undefined) return true;
  if (typeof matcher === 'string') return matcher === pathname;
  // A /g or /y RegExp keeps state between test() calls; reset it so the same rule
  // gives the same answer for every request.
  matcher.lastIndex = 0;
  return matcher.test(pathname);
}

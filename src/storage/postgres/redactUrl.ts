/**
 * A connection URL as it may be shown (messages, logs, a summary line): without its password,
 * whether in the user-info part or as a `password=` parameter. A URL that does not parse keeps
 * only what comes before any "@".
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const at = url.lastIndexOf('@');
    return at < 0 ? url : `${url.slice(0, url.indexOf('//') + 2)}…${url.slice(at)}`;
  }
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}

/**
 * Every failure the library reports on purpose. The CLI prints `where: message` on one line
 * and never a stack trace, so messages must name the problem and, where there is one, the fix.
 */
export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_UNREADABLE'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_JSON'
  | 'E_FIELD'
  | 'E_NO_BODY'
  | 'E_DATE'
  | 'E_FORMAT'
  | 'E_DATA'
  | 'E_PIPELINE'
  | 'E_STORE'
  | 'E_WRITE'
  | 'E_NOT_STORED'
  | 'E_QUERY';

export class ReadoutError extends Error {
  override readonly name = 'ReadoutError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The file (and line, for JSONL) the problem is in, when there is one. */
    readonly where?: string,
  ) {
    super(message);
  }

  /** The one line a user sees. */
  describe(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

export function isReadoutError(e: unknown): e is ReadoutError {
  return e instanceof ReadoutError;
}

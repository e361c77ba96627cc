import type { ErrorCode } from './errorCodes';

/** The wire shape of an error: what crosses the bridge and what a person may read. */
export interface BridgeError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * The one error type of DeskID. `message` is always safe to show a person: it never
 * holds a secret, a code or a stack. Detail meant for developers goes to logs instead.
 */
export class DeskIdError extends Error {
  override readonly name = 'DeskIdError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  toJSON(): BridgeError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromJSON(error: BridgeError): DeskIdError {
    return new DeskIdError(error.code, error.message, error.details);
  }
}

/** True for a DeskIdError, also one that crossed a realm (structured clone). */
export function isDeskIdError(value: unknown): value is DeskIdError {
  return value instanceof DeskIdError;
}

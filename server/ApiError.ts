import { errorStatus, type ApiErrorCode } from '../protocol';

/**
 * An error the server answers with `{"error": {"code", "message", "details"?}}`.
 * `message` is shown to a person: it names what to do and never holds a secret.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  /** `status` overrides the code's usual status (only for 404 `invalid_request`: no such route). */
  constructor(code: ApiErrorCode, message: string, details?: Record<string, unknown>, status?: number) {
    super(message);
    this.code = code;
    this.status = status ?? errorStatus[code];
    this.details = details;
  }

  /** Seconds until a retry may succeed, for `Retry-After` on 423 and 429. */
  get retryAfter(): number | undefined {
    const value = this.details?.retryAfter;
    return typeof value === 'number' ? value : undefined;
  }
}

/** A 423/429 error carrying `details.retryAfter` (whole seconds, at least 1). */
export function retryError(
  code: ApiErrorCode,
  message: string,
  retryAfterMs: number,
  extra: Record<string, unknown> = {},
): ApiError {
  return new ApiError(code, message, { ...extra, retryAfter: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

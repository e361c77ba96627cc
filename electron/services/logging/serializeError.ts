/** An error as DeskID's log keeps it. */
export interface LoggedError {
  type: string;
  message: string;
  /** `DeskIdError`'s code, or Node's (`ENOENT`): not `code`, which is a secret's name in logs. */
  errorCode?: string;
  stack?: string;
  cause?: LoggedError;
}

/**
 * Keeps what helps diagnose an error — its type, message, code, stack and causes — and
 * nothing else: an error's other fields (a request body, a failed input) stay out of logs.
 */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { errorCode: code } : {}),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(error.cause === undefined || depth >= 3 ? {} : { cause: serializeError(error.cause, depth + 1) }),
  };
}

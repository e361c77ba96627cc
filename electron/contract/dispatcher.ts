import { z } from 'zod';
import { calls, isCallName, type CallName, type CallOutput } from './calls';
import { DeskIdError } from './DeskIdError';
import { detailSchemaOf } from './errorDetailSchemas';
import type { BridgeResult } from './bridge';

/** One implementation per call. The host side (Electron main or browser host) supplies them. */
export type CallHandlers = {
  [N in CallName]: (input: z.output<(typeof calls)[N]['input']>) => Promise<CallOutput<N>> | CallOutput<N>;
};

export interface DispatcherOptions {
  handlers: CallHandlers;
  /** Receives unexpected errors with their detail; never shown to the renderer. */
  logError?: (name: string, error: unknown) => void;
}

/**
 * Builds the host-side entry point of the bridge: validates the call name and input,
 * runs the handler, validates its output, and always answers a `BridgeResult`. It never
 * throws, so nothing unexpected crosses the bridge.
 */
export function createDispatcher({ handlers, logError = ignoreError }: DispatcherOptions) {
  return async function dispatch(name: unknown, input: unknown): Promise<BridgeResult> {
    if (!isCallName(name)) {
      return fail(new DeskIdError('unknown_call', `There is no bridge call named "${String(name)}".`));
    }
    const parsedInput = calls[name].input.safeParse(input);
    if (!parsedInput.success) {
      return fail(
        new DeskIdError(
          'invalid_request',
          `The request for "${name}" was not valid: ${describeIssues(parsedInput.error)}.`,
        ),
      );
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value: unknown = await handler(parsedInput.data);
      const parsedOutput = calls[name].output.safeParse(value);
      if (!parsedOutput.success) {
        logError(name, parsedOutput.error);
        return fail(new DeskIdError('internal', 'Something went wrong inside DeskID. Please try again.'));
      }
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      if (error instanceof DeskIdError) return fail(withCheckedDetails(error, (problem) => logError(name, problem)));
      logError(name, error);
      return fail(new DeskIdError('internal', 'Something went wrong inside DeskID. Please try again.'));
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

function ignoreError(): void {
  // No logger given: unexpected errors still answer `internal`, their detail is dropped.
}

function fail(error: DeskIdError): BridgeResult {
  return { ok: false, error: error.toJSON() };
}

/**
 * The error with only the details the contract documents for its code
 * (`errorDetailSchemas`), parsed, so unknown keys are gone: the renderer reads them by
 * type alone. A code with no documented details crosses with none (they may have come
 * from the ID server's own answer); details of the wrong shape are dropped and logged.
 */
function withCheckedDetails(error: DeskIdError, log: (problem: unknown) => void): DeskIdError {
  if (error.details === undefined) return error;
  const schema = detailSchemaOf(error.code);
  if (schema === undefined) return new DeskIdError(error.code, error.message);
  const parsed = schema.safeParse(error.details);
  if (parsed.success) return new DeskIdError(error.code, error.message, parsed.data as Record<string, unknown>);
  log(new Error(`The details of a "${error.code}" error do not match the contract: ${describeIssues(parsed.error)}.`));
  return new DeskIdError(error.code, error.message);
}

/** Names the fields at fault without echoing their values (which may be secrets). */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : 'input';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

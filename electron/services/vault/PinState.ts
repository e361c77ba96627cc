import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { maxPinFailures, pinDelaySeconds } from './pinThrottlePolicy';
import { writeFileAtomic } from './writeFileAtomic';

const pinStateSchema = z
  .object({
    format: z.literal('deskid-pin-state'),
    version: z.literal(1),
    failures: z.number().int().min(0),
    lastFailureAt: z.number().nullable(),
    nextAttemptAt: z.number().nullable(),
  })
  .strict();

/** The persisted wrong-PIN counter of one vault. */
export type PinStateRecord = z.infer<typeof pinStateSchema>;

/** What the app may show about PIN attempts. */
export interface PinStatus {
  /** Wrong PINs in a row since the last good unlock. */
  failures: number;
  /** PIN attempts left before `pin_reset_required`. */
  attemptsLeft: number;
  /** Seconds until the next attempt is allowed (0: now). */
  retryAfter: number;
  /** True after {@link maxPinFailures} wrong PINs: keychain plus ID-server sign-in needed. */
  resetRequired: boolean;
}

const empty: PinStateRecord = {
  format: 'deskid-pin-state',
  version: 1,
  failures: 0,
  lastFailureAt: null,
  nextAttemptAt: null,
};

/**
 * The wrong-PIN throttle of one vault, kept in its own small file (atomic writes) so that
 * restarting DeskID does not reset it. Times are milliseconds from `now()`.
 */
export class PinState {
  constructor(
    private readonly file: string,
    private readonly now: () => number,
  ) {}

  /** Reads the record; a missing file is a clean slate, a damaged one is `vault_damaged`. */
  async read(): Promise<PinStateRecord> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
      throw error;
    }
    let parsed: ReturnType<typeof pinStateSchema.safeParse>;
    try {
      parsed = pinStateSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = pinStateSchema.safeParse(null);
    }
    if (!parsed.success) {
      throw new DeskIdError('vault_damaged', 'The PIN attempt record of this profile is damaged.', {
        file: this.file,
        reason: 'pin state unreadable',
        backup: null,
      });
    }
    return parsed.data;
  }

  /** The status as of now. */
  async status(): Promise<PinStatus> {
    return this.toStatus(await this.read());
  }

  /** Throws `pin_reset_required` or `pin_throttled` when a PIN may not be tried now. */
  async assertMayTry(): Promise<void> {
    const status = await this.status();
    if (status.resetRequired) throw pinResetRequired(status);
    if (status.retryAfter > 0) {
      throw new DeskIdError('pin_throttled', `Too many wrong PINs. Try again in ${formatWait(status.retryAfter)}.`, {
        ...status,
      });
    }
  }

  /** Counts one wrong PIN and returns the new status. */
  async recordFailure(): Promise<PinStatus> {
    const record = await this.read();
    const at = this.now();
    const failures = record.failures + 1;
    const delay = pinDelaySeconds(failures);
    const next: PinStateRecord = {
      ...record,
      failures,
      lastFailureAt: at,
      nextAttemptAt: delay > 0 ? at + delay * 1000 : null,
    };
    await writeFileAtomic(this.file, `${JSON.stringify(next)}\n`);
    return this.toStatus(next);
  }

  /**
   * Takes back the attempt just counted by {@link recordFailure} when it could not be
   * checked at all (keychain unreachable): that was no guess.
   */
  async forgetLastAttempt(): Promise<void> {
    const record = await this.read();
    if (record.failures === 0) return;
    const failures = record.failures - 1;
    const delay = pinDelaySeconds(failures);
    const next: PinStateRecord = {
      ...record,
      failures,
      nextAttemptAt: delay > 0 && record.lastFailureAt !== null ? record.lastFailureAt + delay * 1000 : null,
    };
    await writeFileAtomic(this.file, `${JSON.stringify(next)}\n`);
  }

  /** Clears the counter after a good unlock or a reset. */
  async clear(): Promise<void> {
    const record = await this.read();
    if (record.failures === 0 && record.nextAttemptAt === null) return;
    await writeFileAtomic(this.file, `${JSON.stringify(empty)}\n`);
  }

  private toStatus(record: PinStateRecord): PinStatus {
    const wait = record.nextAttemptAt === null ? 0 : Math.max(0, Math.ceil((record.nextAttemptAt - this.now()) / 1000));
    return {
      failures: record.failures,
      attemptsLeft: Math.max(0, maxPinFailures - record.failures),
      retryAfter: wait,
      resetRequired: record.failures >= maxPinFailures,
    };
  }
}

/** The error once the PIN alone may no longer unlock the profile. */
export function pinResetRequired(status: PinStatus): DeskIdError {
  return new DeskIdError(
    'pin_reset_required',
    `The PIN was entered wrongly ${maxPinFailures} times. Sign in to your ID account to unlock this profile and choose a new PIN.`,
    { ...status },
  );
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Timers as the idle lock uses them; a test passes its own, moved by hand. */
export interface IdleTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Node's timers, unref'd so a pending idle lock never keeps a process alive. */
export const nodeTimers: IdleTimers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Options of {@link IdleLock}. */
export interface IdleLockOptions {
  /** The idle time allowed, read at each activity (the setting may have changed). */
  minutes: () => Promise<number>;
  /**
   * Whether anything is open that a lock would close (a profile, a sign-in). Read when a
   * touch would arm the timer: while nothing is, activity counts toward nothing, so after
   * a lock the count waits until someone opens a profile or signs in again.
   */
  anythingOpen: () => boolean;
  /** Called once the time has passed with no activity. */
  onIdle: () => void | Promise<void>;
  timers?: IdleTimers;
}

/**
 * Locks after a span without activity: each {@link touch} starts the count again, and
 * when `minutes` pass with none, `onIdle` runs (once, until the next touch that finds
 * something open: a touch while nothing is, as after the lock itself, arms nothing).
 */
export class IdleLock {
  private handle: unknown;
  private generation = 0;
  private readonly timers: IdleTimers;

  constructor(private readonly options: IdleLockOptions) {
    this.timers = options.timers ?? nodeTimers;
  }

  /** Activity: the count starts again from now, if anything is open to lock. */
  async touch(): Promise<void> {
    const generation = ++this.generation;
    const minutes = await this.options.minutes();
    // A later touch (or stop) came while the setting was read: it arms the timer.
    if (generation !== this.generation) return;
    this.disarm();
    // Nothing to lock (a lock came, even while the touching call ran): no count.
    if (!this.options.anythingOpen()) return;
    this.handle = this.timers.set(() => {
      this.handle = undefined;
      void this.options.onIdle();
    }, minutes * 60_000);
  }

  /** Stops counting until the next touch. */
  stop(): void {
    this.generation++;
    this.disarm();
  }

  private disarm(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
  }
}

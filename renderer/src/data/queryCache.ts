/** One cached answer: the value, or the error, of the last load; `loading` while one runs. */
export interface QueryEntry {
  value?: unknown;
  error?: unknown;
  loading: boolean;
}

const entries = new Map<string, QueryEntry>();
const listeners = new Set<() => void>();
let generation = 0;

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * The renderer's small data store: answers of bridge queries by key, shared by the
 * screens that show them. `clearQueries()` empties it when the app locks or the person
 * signs out, so nothing of the last person stays in renderer state.
 */
export const queryCache = {
  get: (key: string): QueryEntry | undefined => entries.get(key),
  /** How many times the store was cleared: a load asked before a clear must not fill it after. */
  generation: (): number => generation,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Runs `load` for `key` unless a load is already running; a load started before a clear is dropped. */
  load(key: string, load: () => Promise<unknown>): void {
    const current = entries.get(key);
    if (current?.loading === true) return;
    entries.set(key, { ...current, loading: true });
    notify();
    const started = generation;
    load().then(
      (value) => {
        if (started === generation) entries.set(key, { value, loading: false });
        notify();
      },
      (error: unknown) => {
        if (started === generation) entries.set(key, { error, loading: false });
        notify();
      },
    );
  },
  /** Puts an answer the app already has (for example the account after a step) in place. */
  set(key: string, value: unknown): void {
    entries.set(key, { value, loading: false });
    notify();
  },
  /** Forgets one answer, so its screens load it again. */
  invalidate(key: string): void {
    entries.delete(key);
    notify();
  },
  /** Forgets everything: on lock, switch person and sign-out. */
  clear(): void {
    generation += 1;
    entries.clear();
    notify();
  },
};

export const clearQueries = (): void => queryCache.clear();

import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { resolvePolicy, type EffectivePolicy } from './resolvePolicy';
import type { PolicyValues } from './policySchema';
import type { PolicyLayer, PolicySource, PolicyWarning } from './PolicySource';

/** Options of {@link MachinePolicy}. */
export interface MachinePolicyOptions {
  /** In rising precedence (`defaultPolicySources`). */
  sources: readonly PolicySource[];
  /** Where warnings go as they appear (start and each change); default nowhere. */
  warn?: (warning: PolicyWarning) => void;
}

/**
 * The machine policy of this computer: read from its sources at construction, read again
 * when {@link watch} sees a file change. Never throws for a bad source or value: those
 * are warnings, and the defaults (or the person's settings) hold.
 */
export class MachinePolicy {
  readonly sources: readonly PolicySource[];
  #layers: PolicyLayer[] = [];
  /** Each source's last layer that could be read, by position. */
  #lastGood: (PolicyLayer | undefined)[] = [];
  #listeners = new Set<() => void>();
  readonly #warn: (warning: PolicyWarning) => void;

  constructor({ sources, warn = () => undefined }: MachinePolicyOptions) {
    this.sources = sources;
    this.#warn = warn;
    this.reload();
  }

  /** The layers as last read, in rising precedence. */
  get layers(): readonly PolicyLayer[] {
    return this.#layers;
  }

  /**
   * Reads every source again; tells the listeners when anything changed. A source that
   * cannot be read this time (a `reg query` that failed or timed out, a file caught half
   * written) keeps the values it last gave, with the new warning: a passing failure must
   * not switch the organization's limits off until the next read. A source that is gone
   * (no file, no key) is read as empty: policy was removed.
   */
  reload(): void {
    const next = this.sources.map((source, index) => {
      const layer = source.read();
      const lastGood = this.#lastGood[index];
      if (!unreadable(layer)) this.#lastGood[index] = layer;
      else if (lastGood !== undefined) return { ...lastGood, warnings: layer.warnings };
      return layer;
    });
    const changed = JSON.stringify(next) !== JSON.stringify(this.#layers);
    this.#layers = next;
    if (!changed) return;
    for (const warning of resolvePolicy({ machine: next }).warnings) this.#warn(warning);
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch {
        // A listener's failure must not stop the others, nor escape into the app's event loop.
      }
    }
  }

  /** The settings in force, with the person's own settings (`user`) under machine policy. */
  resolve(user?: PolicyLayer): EffectivePolicy {
    return resolvePolicy({ ...(user === undefined ? {} : { user }), machine: this.#layers });
  }

  /** What machine policy sets (valid values only), by key. */
  enforced(): Partial<PolicyValues> {
    const { values, origins } = this.resolve();
    return Object.fromEntries(
      Object.entries(values).filter(([key]) => origins[key as keyof PolicyValues].kind === 'policy'),
    );
  }

  /** Whether the system-wide shortcut may be registered (for the tray and shortcut glue). */
  allowGlobalShortcut(): boolean {
    return this.resolve().values.allowGlobalShortcut;
  }

  /** Calls `listener` after each change of machine policy; answers how to stop. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Watches the folder of each file source (a file replaced by an editor or by
   * configuration management is a new file, which a watch on the file itself would miss)
   * and reloads once the changes settle for `debounceMs`. A folder that does not exist is
   * not watched. Sources without a file (the Windows registry, read through `reg query`)
   * are read again every `pollMs` (5 minutes: `reg query` blocks while it runs, and Group
   * Policy itself applies changes only every 90 minutes or so); a read that
   * finds nothing changed tells nobody. Neither keeps the process alive. Answers how to stop.
   */
  watch({ debounceMs = 200, pollMs = 5 * 60_000 }: { debounceMs?: number; pollMs?: number } = {}): () => void {
    let timer: NodeJS.Timeout | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.reload(), debounceMs);
      timer.unref();
    };
    const watchers: FSWatcher[] = [];
    for (const { file } of this.sources) {
      if (file === undefined) continue;
      const name = path.basename(file);
      try {
        const watcher = watch(path.dirname(file), { persistent: false }, (_event, changedName) => {
          if (changedName === null || changedName === name) changed();
        });
        watcher.on('error', () => watcher.close());
        watchers.push(watcher);
      } catch {
        // No such folder (no policy was ever installed): nothing to watch.
      }
    }
    const poll = this.sources.some(({ file }) => file === undefined)
      ? setInterval(() => this.reload(), pollMs)
      : undefined;
    poll?.unref();
    return () => {
      clearTimeout(timer);
      clearInterval(poll);
      for (const watcher of watchers) watcher.close();
    };
  }
}

/** A layer whose source could not be read at all (a warning about the whole source). */
function unreadable(layer: PolicyLayer): boolean {
  return layer.warnings.some((warning) => warning.key === null);
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import { readJsonFile } from '../vault/readJsonFile';
import { writeFileAtomic } from '../vault/writeFileAtomic';
import { defaultSettings, settingsFileSchema, settingsFileVersion, type Settings } from './settingsSchema';

/** Settings that machine policy sets, which override the file (`MachinePolicy`, through `enforcedSettings`). */
export type EnforcedSettings = () => Partial<Settings>;

/**
 * The user settings file, `settings.json` in DeskID's data directory (beside
 * `profiles.json`). A missing file means {@link defaultSettings}; a damaged one is
 * `file_error` naming the file, never silently the defaults or the weaker choice.
 * `enforced` (machine policy) overrides what the file says, and a change to an enforced
 * setting is refused (`set_by_policy`).
 */
export class SettingsFile {
  readonly file: string;
  readonly #enforced: EnforcedSettings;

  constructor(dataDir: string, enforced: EnforcedSettings = () => ({})) {
    this.file = path.join(dataDir, 'settings.json');
    this.#enforced = enforced;
  }

  /** The settings in force: the file's under machine policy. */
  async read(): Promise<Settings> {
    return { ...(await this.readOwn()), ...this.#enforced() };
  }

  /** The settings the file itself holds (the defaults for what it lacks), without machine policy. */
  async readOwn(): Promise<Settings> {
    return { ...defaultSettings, ...(await this.readStored()) };
  }

  /** Only what the file holds: a missing file is `{}`. */
  async readStored(): Promise<Partial<Settings>> {
    const stored = await readJsonFile(this.file, settingsFileSchema);
    if (stored === 'missing') return {};
    if (stored === 'damaged') {
      throw new DeskIdError(
        'file_error',
        `DeskID's settings file ${this.file} is damaged. Set the setting again (deskid settings set …) or delete the file to go back to the defaults.`,
        { file: this.file },
      );
    }
    const kept: Partial<typeof stored> = { ...stored };
    delete kept.format;
    delete kept.version;
    return withoutUndefined(kept);
  }

  /** Changes some settings (a damaged file is replaced) and answers the settings now in force. */
  async update(change: { [K in keyof Settings]?: Settings[K] | undefined }): Promise<Settings> {
    const enforced = this.#enforced();
    const locked = Object.keys(withoutUndefined(change)).filter(
      (key) => Object.hasOwn(enforced, key) && enforced[key as keyof Settings] !== change[key as keyof Settings],
    );
    if (locked.length > 0) {
      throw new DeskIdError(
        'set_by_policy',
        `${locked.join(', ')} ${locked.length === 1 ? 'is' : 'are'} set by your organization's policy and cannot be changed here.`,
        { keys: locked },
      );
    }
    const current = await this.readStored().catch((error: unknown) => {
      if (error instanceof DeskIdError && error.code === 'file_error') return {};
      throw error;
    });
    // A setting policy holds at the same value is not the person's own: the file keeps theirs.
    const own = Object.entries(withoutUndefined(change)).filter(([key]) => !Object.hasOwn(enforced, key));
    // The file keeps only what was chosen (so `deskid policy show` can tell a choice from a default).
    const stored = { sharedDesktopMode: defaultSettings.sharedDesktopMode, ...current, ...Object.fromEntries(own) };
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    await writeFileAtomic(
      this.file,
      `${JSON.stringify({ format: 'deskid-settings', version: settingsFileVersion, ...stored }, null, 2)}\n`,
      { keepBackup: true },
    );
    return { ...defaultSettings, ...stored, ...enforced };
  }
}

/** The keys that have a value (an older file lacks some; a partial change names some). */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

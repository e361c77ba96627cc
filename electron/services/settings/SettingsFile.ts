import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import { readJsonFile } from '../vault/readJsonFile';
import { writeFileAtomic } from '../vault/writeFileAtomic';
import { defaultSettings, settingsFileSchema, settingsFileVersion, type Settings } from './settingsSchema';

/**
 * The user settings file, `settings.json` in DeskID's data directory (beside
 * `profiles.json`). A missing file means {@link defaultSettings}; a damaged one is
 * `file_error` naming the file, never silently the defaults or the weaker choice.
 */
export class SettingsFile {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  /** The settings in force. */
  async read(): Promise<Settings> {
    const stored = await readJsonFile(this.file, settingsFileSchema);
    if (stored === 'missing') return { ...defaultSettings };
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
    return { ...defaultSettings, ...withoutUndefined(kept) };
  }

  /** Changes some settings (a damaged file is replaced) and answers the settings now in force. */
  async update(change: { [K in keyof Settings]?: Settings[K] | undefined }): Promise<Settings> {
    const current = await this.read().catch((error: unknown) => {
      if (error instanceof DeskIdError && error.code === 'file_error') return { ...defaultSettings };
      throw error;
    });
    const next: Settings = { ...current, ...withoutUndefined(change) };
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    await writeFileAtomic(
      this.file,
      `${JSON.stringify({ format: 'deskid-settings', version: settingsFileVersion, ...next }, null, 2)}\n`,
      { keepBackup: true },
    );
    return next;
  }
}

/** The keys that have a value (an older file lacks some; a partial change names some). */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

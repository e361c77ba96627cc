import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHostHarness } from '../../../../test/fixtures/hostHandlers';
import { defaultSettings } from '../../settings/settingsSchema';

// The settings screen's calls over the real settings file.
const running = useHostHarness();

describe('settings handlers', () => {
  it('answers the defaults, keeps a change, and refuses values out of range', async () => {
    const { host } = running;
    // The defaults: strict for a shared desktop (settingsSchema.ts).
    expect(await host.call('settings.get', {})).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({ sharedDesktopMode: true, autoLockMinutes: 5, clipboardClearSeconds: 30 });
    expect(await host.call('settings.update', { theme: 'high_contrast', autoLockMinutes: 2 })).toMatchObject({
      theme: 'high_contrast',
      autoLockMinutes: 2,
      clipboardClearSeconds: 30,
    });
    expect(await host.call('settings.get', {})).toMatchObject({ theme: 'high_contrast', autoLockMinutes: 2 });
    for (const bad of [
      { autoLockMinutes: 0 },
      { clipboardClearSeconds: 1.5 },
      { language: 'fr' },
      { sharedDesktopMode: false },
    ]) {
      const refused = await host.fail('settings.update', bad as never);
      expect(refused.code, JSON.stringify(bad)).toBe('invalid_request');
    }
    expect(await host.call('settings.get', {})).toMatchObject({ sharedDesktopMode: true, autoLockMinutes: 2 });
  });

  it('reads a version 1 file with the defaults for what it lacks', async () => {
    const { host } = running;
    await writeFile(
      path.join(host.dataDir, 'settings.json'),
      JSON.stringify({ format: 'deskid-settings', version: 1, sharedDesktopMode: false }),
    );
    expect(await host.call('settings.get', {})).toMatchObject({
      sharedDesktopMode: false,
      autoLockMinutes: 5,
      theme: 'system',
    });
  });
});

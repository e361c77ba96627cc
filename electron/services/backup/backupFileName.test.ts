import { describe, expect, it } from 'vitest';
import { backupFileName } from './backupFileName';

const day = new Date('2026-03-07T12:00:00Z');

describe('backupFileName', () => {
  it.each([
    ['Ana López', 'Ana-López'],
    // The same name typed decomposed ("o" and a combining accent) is not split either.
    ['Ana Lo\u0301pez', 'Ana-López'],
    ['Zoë Ñúñez-García', 'Zoë-Ñúñez-García'],
    ['Øyvind Åsmund', 'Øyvind-Åsmund'],
    ['李小龍', '李小龍'],
    ['Ｂｅｎ　Ｏｋａｆｏｒ', 'Ben-Okafor'],
    ['ward 3 / nights', 'ward-3-nights'],
    ['..\\..\\secret', 'secret'],
    ['  ', 'profile'],
    ['😀', 'profile'],
  ])('names the backup of “%s” after “%s”', (displayName, name) => {
    expect(backupFileName(displayName, day)).toBe(`DeskID-backup-${name}-2026-03-07.json`);
  });

  it('keeps the accented letter whole, never a dash inside the word', () => {
    expect(backupFileName('López', day)).not.toMatch(/Lo-pez/);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import plist from 'plist';
import { emptyLayer, reasonOf, type PolicySource } from './PolicySource';

/** Turns a binary plist into XML text; on macOS `plutil`, elsewhere none (a warning says so). */
export type BinaryPlistConverter = (file: string) => string;

/** macOS's own converter, present on every Mac. */
export const plutilToXml: BinaryPlistConverter = (file) =>
  execFileSync('/usr/bin/plutil', ['-convert', 'xml1', '-o', '-', file], { encoding: 'utf8' });

/**
 * Machine policy from a macOS managed-preferences file
 * (`/Library/Managed Preferences/<bundle id>.plist`, written by an MDM profile), read with
 * the `plist` library. MDM writes binary plists; those go through `convertBinary` first.
 */
export function plistPolicySource(
  file: string,
  convertBinary: BinaryPlistConverter | null = plutilToXml,
): PolicySource {
  return {
    name: file,
    file,
    read() {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLayer(file);
        return emptyLayer(file, [{ key: null, source: file, reason: `cannot be read: ${reasonOf(error)}` }]);
      }
      let parsed: unknown;
      try {
        const isBinary = bytes.subarray(0, 6).toString('latin1') === 'bplist';
        if (isBinary && convertBinary === null) throw new Error('it is a binary plist and plutil is not available');
        parsed = plist.parse(isBinary && convertBinary !== null ? convertBinary(file) : bytes.toString('utf8'));
      } catch (error) {
        return emptyLayer(file, [{ key: null, source: file, reason: `is not a readable plist: ${reasonOf(error)}` }]);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || parsed instanceof Date) {
        return emptyLayer(file, [{ key: null, source: file, reason: 'must hold one dictionary at its top' }]);
      }
      // Profiles installed by MDM add their own bookkeeping keys.
      const values = Object.fromEntries(
        Object.entries(parsed).filter(([key]) => !key.startsWith('Payload') && key !== 'PayloadContent'),
      );
      return { source: file, values, warnings: [] };
    },
  };
}

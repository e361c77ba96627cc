import { readFileSync } from 'node:fs';
import { emptyLayer, reasonOf, type PolicySource } from './PolicySource';

/**
 * Machine policy from a JSON file (Linux `/etc/deskid/policy.json`, or `DESKID_POLICY_FILE`):
 * one object whose keys are the settings' names. A missing file is no policy; a file that
 * is not a JSON object is a warning, and the defaults hold.
 */
export function jsonPolicySource(file: string): PolicySource {
  return {
    name: file,
    file,
    read() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLayer(file);
        return emptyLayer(file, [{ key: null, source: file, reason: `cannot be read: ${reasonOf(error)}` }]);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return emptyLayer(file, [{ key: null, source: file, reason: `is not valid JSON: ${reasonOf(error)}` }]);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return emptyLayer(file, [
          { key: null, source: file, reason: 'must hold one JSON object, { "key": value, … }' },
        ]);
      }
      return { source: file, values: parsed as Record<string, unknown>, warnings: [] };
    },
  };
}

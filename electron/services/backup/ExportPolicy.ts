import { DeskIdError } from '../../contract/DeskIdError';

/**
 * The part of policy that governs exports. The policy module (packaging issue) will
 * produce it from managed settings; until then callers pass `{ exportsAllowed: true }`.
 */
export interface ExportPolicy {
  exportsAllowed: boolean;
}

/** The refusal when policy switches exports off. */
export function exportDisabled(): DeskIdError {
  return new DeskIdError('export_disabled', 'Exports are switched off on this computer by your organisation.');
}

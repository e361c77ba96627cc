import { errorCodeSchema } from '../../contract/errorCodes';
import { auditEventTypes, auditOutcomes, auditUnlockMethods, type AuditEvent } from './AuditEvent';
import { auditFormats } from './auditFormats';

const identifier = /^[a-z][a-z0-9_.-]{0,39}$/;
const opaqueId = /^(?=.*[A-Za-z])[A-Za-z0-9_-]{1,64}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fields whose values come from a closed list, with that list. */
const closedFields = {
  type: { values: new Set<unknown>(auditEventTypes), list: 'auditEventTypes' },
  outcome: { values: new Set<unknown>(auditOutcomes), list: 'auditOutcomes' },
  method: { values: new Set<unknown>(auditUnlockMethods), list: 'auditUnlockMethods' },
  format: { values: new Set<unknown>(auditFormats), list: 'auditFormats' },
  reason: { values: new Set<unknown>(errorCodeSchema.options), list: 'the error codes' },
} as const;

/**
 * Guards the audit log's promise never to hold a secret or a code: a field of the wrong
 * shape is a caller's bug, so it is a `TypeError` that names the field, not its value.
 * Named values (`type`, `outcome`, `method`, `format`, `reason`) must be on their closed
 * list; TypeScript already holds callers to it, this holds anything cast past it.
 */
export function checkAuditEvent(event: AuditEvent): void {
  for (const [key, { values, list }] of Object.entries(closedFields)) {
    const value = event[key as keyof typeof closedFields];
    if ((value !== undefined || key === 'type') && !values.has(value)) {
      throw new TypeError(`Audit field "${key}" must be one of ${list}`);
    }
  }
  if (event.step !== undefined && !identifier.test(event.step)) {
    throw new TypeError('Audit field "step" must be a lowercase identifier');
  }
  if (event.accountId !== undefined && !uuid.test(event.accountId) && !opaqueId.test(event.accountId)) {
    throw new TypeError(
      'Audit field "accountId" must be a UUID or an opaque id (letters, digits, - or _; not only digits)',
    );
  }
  for (const key of ['count', 'failures'] as const) {
    const value = event[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new TypeError(`Audit field "${key}" must be a non-negative integer`);
    }
  }
  const known = new Set(['type', 'outcome', 'method', 'accountId', 'count', 'format', 'step', 'failures', 'reason']);
  for (const key of Object.keys(event)) {
    if (!known.has(key)) throw new TypeError(`Audit events have no field "${key}"`);
  }
}

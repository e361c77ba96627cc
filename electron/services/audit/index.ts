/** The per-profile, append-only JSON-lines audit log. */
export { AuditLog, type AuditLogOptions } from './AuditLog';
export {
  auditEventTypes,
  auditOutcomes,
  auditUnlockMethods,
  type AuditEvent,
  type AuditEventType,
  type AuditRecord,
} from './AuditEvent';
export { accountSources, auditFormats, type AccountSource, type AuditFormat } from './auditFormats';

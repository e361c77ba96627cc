/** The per-profile, append-only JSON-lines audit log. */
export { AuditLog, type AuditLogOptions } from './AuditLog';
export type { AuditEvent, AuditEventType, AuditRecord } from './AuditEvent';

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importFormats } from '../importers/ImportResult';
import { auditEventTypes, type AuditEvent } from './AuditEvent';
import { accountSources, auditFormats } from './auditFormats';
import { checkAuditEvent } from './checkAuditEvent';

/** An event as a careless caller might build it, past the type-checker. */
const cast = (event: Record<string, unknown>) => event as unknown as AuditEvent;

describe('checkAuditEvent', () => {
  it('takes every format of the list, on imports and exports, including names that start with a digit', () => {
    expect(auditFormats).toContain('2fas');
    for (const format of auditFormats) {
      expect(() => checkAuditEvent({ type: 'import', outcome: 'ok', format, count: 3 })).not.toThrow();
      expect(() => checkAuditEvent({ type: 'export', outcome: 'ok', format, count: 3 })).not.toThrow();
    }
  });

  it('knows every importer format and every other source of accounts', () => {
    for (const format of importFormats) expect(accountSources).toContain(format);
    for (const source of ['manual', 'id_server', 'otpauth'] as const) expect(accountSources).toContain(source);
    for (const source of accountSources) expect(auditFormats).toContain(source);
    expect(auditFormats).toContain('deskid-backup');
  });

  it('has every format named in the audit log section of docs/vault-format.md', async () => {
    const doc = await readFile(new URL('../../../docs/vault-format.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## `audit.jsonl`'), doc.indexOf('## Encrypted backup'));
    for (const format of auditFormats) expect(section).toContain(`\`${format}\``);
  });

  it('refuses a format that is not on the list with a TypeError naming the field, never the value', () => {
    for (const format of ['JBSWY3DPEHPK3PXP', 'twofas', '2FAS', 'aegis ', '', '482913']) {
      const check = () => checkAuditEvent(cast({ type: 'import', format }));
      expect(check).toThrow(TypeError);
      // The whole message, so the value is not in it.
      expect(check).toThrow(/^Audit field "format" must be one of auditFormats$/);
    }
  });

  it('holds type, outcome, method and reason to their lists too', () => {
    for (const type of auditEventTypes) expect(() => checkAuditEvent({ type })).not.toThrow();
    expect(() => checkAuditEvent(cast({ type: 'JBSWY3DPEHPK3PXP' }))).toThrow('Audit field "type"');
    expect(() => checkAuditEvent(cast({}))).toThrow('Audit field "type"');
    expect(() => checkAuditEvent(cast({ type: 'lock', outcome: '482913' }))).toThrow('Audit field "outcome"');
    expect(() => checkAuditEvent(cast({ type: 'unlock', method: 'pin 739146' }))).toThrow('Audit field "method"');
    expect(() => checkAuditEvent(cast({ type: 'export', reason: 'JBSWY3DPEHPK3PXP' }))).toThrow('Audit field "reason"');
    expect(() =>
      checkAuditEvent({ type: 'unlock', outcome: 'refused', method: 'keychain', reason: 'export_disabled' }),
    ).not.toThrow();
  });
});

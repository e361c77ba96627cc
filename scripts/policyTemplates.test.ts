import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import plist from 'plist';
import { describe, expect, it } from 'vitest';
import { policyDefinitions, policyKeys } from '../electron/services/policy/policySchema';
import { kindNames } from '../electron/services/policy/templates/xmlText';
import { policyTemplateFiles, repoRoot, withPolicyTable } from './policyTemplates';

const committed = (file: string) => readFile(path.join(repoRoot, file), 'utf8');
const files = policyTemplateFiles();
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('policy templates', () => {
  it('are committed as npm run policy:templates writes them, the IT guide’s table too', async () => {
    for (const [file, text] of Object.entries(files)) {
      expect(await committed(file), `${file} differs: run npm run policy:templates`).toBe(text);
    }
    const guide = await committed('docs/it-guide.md');
    expect(withPolicyTable(guide), 'docs/it-guide.md: run npm run policy:templates').toBe(guide);
  });

  it('are well-formed XML', () => {
    for (const file of [
      'build/policy/DeskID.admx',
      'build/policy/en-US/DeskID.adml',
      'build/policy/DeskID.mobileconfig',
    ]) {
      // Throws, naming line and column, at the first fault; `--` inside a comment is one.
      expect(SyntaxValidator.validate(files[file] ?? '', { invalidCharSequence: { comment: true } }), file).toBe(true);
    }
  });

  it('the ADMX has a policy for every key, of the key’s type, in the DeskID registry key', () => {
    const admx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      files['build/policy/DeskID.admx'] ?? '',
    ) as { policyDefinitions: { policies: { policy: Record<string, unknown>[] } } };
    const policies = admx.policyDefinitions.policies.policy;
    expect(policies.map((policy) => policy.name)).toEqual(policyKeys);
    for (const policy of policies) {
      const key = policy.name as keyof typeof policyDefinitions;
      expect(policy.key).toBe('Software\\Policies\\DeskID');
      const elements = policy.elements as Record<string, unknown> | undefined;
      const expected = { boolean: 'enabledValue', integer: 'decimal', string: 'text', list: 'multiText' }[
        policyDefinitions[key].kind
      ];
      expect(expected in policy || (elements !== undefined && expected in elements), key).toBe(true);
    }
  });

  it('the ADML and the mobileconfig give every key with its type and description', () => {
    const adml = unescape(files['build/policy/en-US/DeskID.adml'] ?? '');
    const mobileconfig = unescape(files['build/policy/DeskID.mobileconfig'] ?? '');
    for (const key of policyKeys) {
      const { description, kind } = policyDefinitions[key];
      expect(adml).toContain(`<string id="${key}">${key}</string>`);
      expect(adml).toContain(`<string id="${key}_Explain">${description}`);
      expect(adml).toMatch(new RegExp(`${key}_Explain">[^<]*Type: ${kindNames[kind]}\\.`));
      // An XML comment cannot hold `--`, so `--server` is written `-server` there.
      expect(mobileconfig).toContain(`<!-- ${key} (${kindNames[kind]}): ${description.replace(/--/g, '-')} -->`);
    }
  });

  it('the mobileconfig is a plist whose payload holds every key at its default, typed; policy.json too', () => {
    const profile = plist.parse(files['build/policy/DeskID.mobileconfig'] ?? '') as {
      PayloadContent: Record<string, unknown>[];
    };
    const [payload] = profile.PayloadContent;
    expect(payload?.PayloadType).toBe('org.deskid.app');
    const example = JSON.parse(files['build/policy/policy.json'] ?? '') as Record<string, unknown>;
    for (const key of policyKeys) {
      expect(payload?.[key], key).toEqual(policyDefinitions[key].default);
      expect(example[key], key).toEqual(policyDefinitions[key].default);
    }
  });
});

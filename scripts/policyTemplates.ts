/**
 * `npm run policy:templates`: writes, from the policy schema
 * (electron/services/policy/policySchema.ts), the Group Policy template (ADMX and en-US
 * ADML), the macOS configuration profile and an example policy.json to build/policy/, and
 * the policy table of docs/it-guide.md between its markers. A test regenerates them and
 * fails when the committed copies differ.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAdml } from '../electron/services/policy/templates/renderAdml';
import { renderAdmx } from '../electron/services/policy/templates/renderAdmx';
import { renderMobileconfig } from '../electron/services/policy/templates/renderMobileconfig';
import { renderPolicyJson, renderPolicyTable } from '../electron/services/policy/templates/renderPolicyTable';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** Every generated file, by its path in the repository. */
export function policyTemplateFiles(): Record<string, string> {
  return {
    'build/policy/DeskID.admx': renderAdmx(),
    'build/policy/en-US/DeskID.adml': renderAdml(),
    'build/policy/DeskID.mobileconfig': renderMobileconfig(),
    'build/policy/policy.json': renderPolicyJson(),
  };
}

export const tableStart = '<!-- policy-table:start (npm run policy:templates) -->';
export const tableEnd = '<!-- policy-table:end -->';

/** The IT guide with its policy table replaced by the schema's; an error when the markers are missing. */
export function withPolicyTable(guide: string): string {
  const start = guide.indexOf(tableStart);
  const end = guide.indexOf(tableEnd);
  if (start === -1 || end < start) {
    throw new Error(`docs/it-guide.md needs the lines ${tableStart} and ${tableEnd} where the policy table goes.`);
  }
  return `${guide.slice(0, start + tableStart.length)}\n${renderPolicyTable()}\n${guide.slice(end)}`;
}

async function main(): Promise<void> {
  for (const [file, text] of Object.entries(policyTemplateFiles())) {
    const target = path.join(repoRoot, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    process.stdout.write(`wrote ${file}\n`);
  }
  const guide = path.join(repoRoot, 'docs', 'it-guide.md');
  await writeFile(guide, withPolicyTable(await readFile(guide, 'utf8')));
  process.stdout.write('wrote the policy table in docs/it-guide.md\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

import { policyDefinitions, policyKeys } from '../policySchema';
import { formatDefault } from './renderAdml';
import { kindNames } from './xmlText';

/** The IT guide's policy table (Markdown), one row a setting. */
export function renderPolicyTable(): string {
  const rows = policyKeys.map((key) => {
    const definition = policyDefinitions[key];
    const cells = [
      `\`${key}\``,
      kindNames[definition.kind],
      formatDefault(definition.default).replace(/\|/g, '\\|'),
      definition.userMayChange ? 'yes, unless policy sets it' : 'no',
      definition.description.replace(/\|/g, '\\|'),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| setting | type | default | the person may change it | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** An example `policy.json` (Linux `/etc/deskid/policy.json`): every setting at its default. */
export function renderPolicyJson(): string {
  return `${JSON.stringify(Object.fromEntries(policyKeys.map((key) => [key, policyDefinitions[key].default])), null, 2)}\n`;
}

import { policyDefinitions, policyKeys, type PolicyKey } from '../policySchema';
import { kindNames, xmlText } from './xmlText';

/** The en-US words of the Group Policy template (`en-US/DeskID.adml`): each setting's name, type, default and description. */
export function renderAdml(): string {
  const strings = policyKeys
    .flatMap((key) => [
      `      <string id="${key}">${key}</string>`,
      `      <string id="${key}_Explain">${xmlText(explainText(key))}</string>`,
    ])
    .join('\n');
  const presentations = policyKeys
    .filter((key) => policyDefinitions[key].kind !== 'boolean')
    .map(renderPresentation)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from electron/services/policy/policySchema.ts by npm run policy:templates. Do not edit. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>DeskID</displayName>
  <description>Managed settings of DeskID, the multi-factor enrollment client and desktop authenticator.</description>
  <resources>
    <stringTable>
      <string id="DeskID">DeskID</string>
${strings}
    </stringTable>
    <presentationTable>
${presentations}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** The description, then the type and the default, as Group Policy's help pane shows them. */
function explainText(key: PolicyKey): string {
  const definition = policyDefinitions[key];
  const choices = definition.choices === undefined ? '' : ` One a line, from: ${definition.choices.join(', ')}.`;
  return `${definition.description}${choices}\n\nType: ${kindNames[definition.kind]}. Default: ${formatDefault(definition.default)}.`;
}

/** A default as the templates and the IT guide write it. */
export function formatDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  if (value === '') return '(not set)';
  return String(value);
}

function renderPresentation(key: PolicyKey): string {
  const definition = policyDefinitions[key];
  const box =
    definition.kind === 'integer'
      ? `<decimalTextBox refId="${key}" defaultValue="${String(definition.default)}">${key}</decimalTextBox>`
      : definition.kind === 'string'
        ? `<textBox refId="${key}"><label>${key}</label></textBox>`
        : `<multiTextBox refId="${key}">${key}</multiTextBox>`;
  return `      <presentation id="${key}">\n        ${box}\n      </presentation>`;
}

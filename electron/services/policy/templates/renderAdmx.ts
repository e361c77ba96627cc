import { policyDefinitions, policyKeys, type PolicyKey } from '../policySchema';
import { policyRegistryPath } from '../registryPolicySource';

/**
 * The Group Policy template (`DeskID.admx`): one policy a setting, in a "DeskID" category,
 * for the computer and the user (`class="Both"`: HKLM wins over HKCU), written to
 * `Software\Policies\DeskID` under the setting's own name. Switches are REG_DWORD 0/1,
 * numbers a decimal box with the schema's range, texts a text box, lists a multi-line box
 * (REG_MULTI_SZ). The words live in the ADML ({@link renderAdml}).
 */
export function renderAdmx(): string {
  const policies = policyKeys.map(renderPolicy).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from electron/services/policy/policySchema.ts by npm run policy:templates. Do not edit. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="deskid" namespace="DeskID.Policies.DeskID" />
    <using prefix="windows" namespace="Microsoft.Policies.Windows" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <categories>
    <category name="DeskID" displayName="$(string.DeskID)" />
  </categories>
  <policies>
${policies}
  </policies>
</policyDefinitions>
`;
}

function renderPolicy(key: PolicyKey): string {
  const definition = policyDefinitions[key];
  const head = `    <policy name="${key}" class="Both" displayName="$(string.${key})" explainText="$(string.${key}_Explain)" key="${policyRegistryPath}"`;
  const common = `      <parentCategory ref="DeskID" />\n      <supportedOn ref="windows:SUPPORTED_Windows_10_0" />`;
  if (definition.kind === 'boolean') {
    return `${head} valueName="${key}">
${common}
      <enabledValue><decimal value="1" /></enabledValue>
      <disabledValue><decimal value="0" /></disabledValue>
    </policy>`;
  }
  const element =
    definition.kind === 'integer'
      ? `<decimal id="${key}" valueName="${key}" minValue="${String(definition.range?.min ?? 0)}" maxValue="${String(definition.range?.max ?? 4294967295)}" />`
      : definition.kind === 'string'
        ? `<text id="${key}" valueName="${key}" maxLength="1024" />`
        : `<multiText id="${key}" valueName="${key}" />`;
  return `${head} presentation="$(presentation.${key})">
${common}
      <elements>
        ${element}
      </elements>
    </policy>`;
}

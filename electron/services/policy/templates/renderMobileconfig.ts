import { macBundleId } from '../defaultPolicySources';
import { policyDefinitions, policyKeys, type PolicyKey } from '../policySchema';
import { kindNames, xmlText } from './xmlText';

/** Fixed, so that the generated profile is the same at each run (an MDM replaces a profile by its identifier). */
const profileUuid = '5E3B7A8C-2D14-4F6B-9A0E-3C1D2B4A5F60';
const payloadUuid = 'A1C9E4F2-7B3D-4E58-8F1A-6D2C0B9E7A31';

/**
 * The macOS configuration profile (`DeskID.mobileconfig`) for Jamf, Intune or another MDM:
 * one payload of type `org.deskid.app` holding every setting at its default, each with a
 * comment giving its type and description. IT edits the values (or deletes keys it does
 * not manage) before uploading it; macOS writes them to
 * `/Library/Managed Preferences/org.deskid.app.plist`.
 */
export function renderMobileconfig(): string {
  const settings = policyKeys.map(renderSetting).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- Generated from electron/services/policy/policySchema.ts by npm run policy:templates. Do not edit. -->
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key>
      <string>${macBundleId}</string>
      <key>PayloadIdentifier</key>
      <string>${macBundleId}.policy</string>
      <key>PayloadUUID</key>
      <string>${payloadUuid}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
      <key>PayloadDisplayName</key>
      <string>DeskID settings</string>
${settings}
    </dict>
  </array>
  <key>PayloadDisplayName</key>
  <string>DeskID</string>
  <key>PayloadDescription</key>
  <string>Managed settings of DeskID.</string>
  <key>PayloadIdentifier</key>
  <string>${macBundleId}.profile</string>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadScope</key>
  <string>System</string>
  <key>PayloadUUID</key>
  <string>${profileUuid}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
`;
}

function renderSetting(key: PolicyKey): string {
  const definition = policyDefinitions[key];
  // "--" may not appear inside an XML comment.
  const comment = `${key} (${kindNames[definition.kind]}): ${definition.description}`.replace(/--/g, '-');
  return `      <!-- ${xmlText(comment)} -->\n      <key>${key}</key>\n      ${plistValue(definition.default)}`;
}

function plistValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '<true/>' : '<false/>';
  if (typeof value === 'number') return `<integer>${String(value)}</integer>`;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '<array/>'
      : `<array>${value.map((item) => `<string>${xmlText(String(item))}</string>`).join('')}</array>`;
  }
  return `<string>${xmlText(String(value))}</string>`;
}

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The MSI's own component (never change its GUID: Windows Installer tracks the component by
 * it across upgrades): the `installed-by-msi` marker beside DeskID.exe, by which the app
 * knows IT updates it and turns auto-update off (electron/services/update/installKind.ts),
 * and `<install dir>\resources\cli` appended to the machine PATH, so `deskid` runs in any
 * new console. Both go when the MSI is uninstalled (`Permanent="no"`).
 */
export const msiCliComponentGuid = '1F193F22-E0B6-42EB-9BD6-9F7A477F4A1B';

/** The marker's file name (the same as `msiMarkerName` in electron/services/update). */
export const msiMarkerFile = 'installed-by-msi';

/** The WiX fragment added to electron-builder's `ProductComponents` (all in APPLICATIONFOLDER). */
export function msiCliComponent(markerSource: string): string {
  return [
    `<Component Id="DeskIdCommand" Guid="{${msiCliComponentGuid}}">`,
    `  <File Id="DeskIdMsiMarker" Name="${msiMarkerFile}" Source="${markerSource}" ReadOnly="yes" KeyPath="yes"/>`,
    '  <Environment Id="DeskIdCommandOnPath" Name="PATH" Value="[APPLICATIONFOLDER]resources\\cli" Action="set" Part="last" System="yes" Permanent="no"/>',
    '</Component>',
  ].join('\n');
}

/**
 * electron-builder's `msiProjectCreated` hook: it runs on the generated .wxs before WiX
 * compiles it. Writes the marker beside the project and adds {@link msiCliComponent} to the
 * product's component group. Throws if the project has no such group (an electron-builder
 * whose template changed: the MSI must not silently ship without `deskid` on the PATH).
 */
export async function msiProjectCreated(projectFile: string): Promise<void> {
  const project = await readFile(projectFile, 'utf8');
  const group = /(<ComponentGroup Id="ProductComponents"[^>]*>)([\s\S]*?)(<\/ComponentGroup>)/;
  if (!group.test(project)) {
    throw new Error(
      `${projectFile}: no <ComponentGroup Id="ProductComponents">; check electron-builder's MSI template`,
    );
  }
  const marker = path.join(path.dirname(projectFile), msiMarkerFile);
  await writeFile(marker, 'Installed by the DeskID MSI: IT updates this copy; DeskID does not update itself.\r\n');
  const component = msiCliComponent(marker.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
  await writeFile(
    projectFile,
    project.replace(
      group,
      (_all, open: string, body: string, close: string) => `${open}${body}\n${component}\n${close}`,
    ),
  );
}

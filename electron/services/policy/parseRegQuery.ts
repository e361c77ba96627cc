/** A registry value as `reg query` prints it, read into its JavaScript form. */
export type RegistryValue =
  | { type: 'REG_DWORD' | 'REG_QWORD'; value: number }
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; value: string }
  | { type: 'REG_MULTI_SZ'; value: string[] }
  | { type: string; value: string };

const valueLine = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*?))?\s*$/;

/**
 * Reads the output of `reg query <key>` (Windows' own registry tool, its text format):
 * the values directly under the first key printed, by name. Sub-keys (with `/s`) are left
 * out. DWORDs are printed in hex (`0x1e`), multi-strings joined by a literal `\0`.
 */
export function parseRegQuery(output: string): Record<string, RegistryValue> {
  const values: Record<string, RegistryValue> = {};
  let keysSeen = 0;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      keysSeen += 1;
      continue;
    }
    if (keysSeen !== 1) continue;
    const match = valueLine.exec(line);
    if (match === null) continue;
    const [, name = '', type = '', data = ''] = match;
    values[name] = readData(type, data);
  }
  return values;
}

function readData(type: string, data: string): RegistryValue {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return { type, value: Number.parseInt(data, 16) };
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, value: data };
    case 'REG_MULTI_SZ':
      return { type, value: data === '' ? [] : data.split('\\0').filter((item) => item !== '') };
    default:
      return { type, value: data };
  }
}

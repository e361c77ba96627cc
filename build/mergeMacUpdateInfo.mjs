// The release workflow builds macOS once per architecture (each on its own runner, with its
// own native modules and single executable), so each run writes a latest-mac.yml naming only
// its own zip. electron-updater reads one latest-mac.yml for both: this joins their `files:`
// lists into the first. Usage: node build/mergeMacUpdateInfo.mjs OUT IN...
import { readFileSync, writeFileSync } from 'node:fs';

/** The lines of the `files:` block of a latest-mac.yml (each entry and its indented fields). */
export function filesBlock(text) {
  const lines = text.split('\n');
  const start = lines.indexOf('files:');
  if (start === -1) throw new Error('not an electron-builder update file: no "files:" block');
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith(' ')) end += 1;
  return { lines, start, end };
}

/** `first` with the `files:` entries of each of `others` added to its own. */
export function mergeUpdateInfo(first, ...others) {
  const { lines, end } = filesBlock(first);
  const added = others.flatMap((other) => {
    const block = filesBlock(other);
    return block.lines.slice(block.start + 1, block.end);
  });
  return [...lines.slice(0, end), ...added, ...lines.slice(end)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...inputs] = process.argv.slice(2);
  if (out === undefined || inputs.length === 0) {
    console.error('usage: node build/mergeMacUpdateInfo.mjs OUT IN...');
    process.exit(2);
  }
  const [first, ...others] = inputs.map((file) => readFileSync(file, 'utf8'));
  writeFileSync(out, mergeUpdateInfo(first, ...others));
}

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverVersion } from '../serverVersion';
import { buildOpenApi } from './buildOpenApi';

/** Where `npm run server:openapi` writes the document. */
export const openApiFile = fileURLToPath(new URL('../openapi.json', import.meta.url));

/** The document as it is written to `server/openapi.json`. */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(serverVersion), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Laid out by Prettier, which owns the repository's layout (a dev-only import).
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(openApiFile)) ?? {};
  writeFileSync(openApiFile, await prettier.format(openApiText(), { ...options, parser: 'json' }));
  process.stdout.write(`Wrote ${openApiFile}\n`);
}

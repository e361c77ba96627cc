import { buildRenderer } from '../../scripts/buildRenderer';

/** The browser host serves dist/renderer, so e2e tests always run against a fresh build. */
export default async function globalSetup(): Promise<void> {
  await buildRenderer();
}

// `npm run start:web`: builds the renderer quietly when its sources changed, then runs
// the browser host, which prints its one ready line.
import { buildRendererIfStale } from './buildRenderer';

await buildRendererIfStale();
await import('../electron/host/cli');

// `npm run start:web`: builds the renderer quietly, then runs the browser host, which
// prints its one ready line.
import { buildRenderer } from './buildRenderer';

await buildRenderer();
await import('../electron/host/cli');

// The `deskid` command (bin/deskid.js runs its bundle, dist/node/deskid.mjs; `npm run
// cli:dev` runs this source through tsx). The single executable starts from seaMain.ts.
import { runFromProcess } from './runFromProcess';

runFromProcess();

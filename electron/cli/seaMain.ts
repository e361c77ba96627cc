// The single executable's entry (scripts/buildSea.ts). Its modules are loaded once, on the
// build machine, into a V8 startup snapshot: the executable starts from that heap instead
// of loading and initialising some 2 MB of JavaScript at each run, and calls
// `runFromProcess` on the user's arguments. snapshotGuard is imported first, so that it
// sees every other module load; the build fails if one read the environment, the clock or
// randomness while loading (it would be frozen into every copy).
import { assertNothingFrozenIntoSnapshot, refuseCachedRandomness } from './snapshotGuard';
import { startupSnapshot } from 'node:v8';
// `deskid code`'s own modules (and what they import) go into the snapshot too: the command
// a person runs most starts with its code already initialised. The other commands are
// still loaded when they run.
import './commands/codeCommand';
import { runFromProcess } from './runFromProcess';
import { warmUpCodeCommand } from './snapshotWarmUp';

if (startupSnapshot.isBuildingSnapshot()) {
  assertNothingFrozenIntoSnapshot();
  // Node takes the snapshot once the event loop is empty, after this run.
  startupSnapshot.setDeserializeMainFunction(runFromProcess);
  // The warm-up makes ids: each must come from the OS then, not from a cache the snapshot keeps.
  const allowCachedRandomness = refuseCachedRandomness();
  warmUpCodeCommand()
    .finally(allowCachedRandomness)
    .catch((error: unknown) => {
      process.exitCode = 1;
      throw error;
    });
} else {
  runFromProcess();
}

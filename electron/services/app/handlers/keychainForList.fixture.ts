// Child process of keychainForList.test.ts, run with DBUS_SESSION_BUS_ADDRESS pointing
// nowhere: asks the people list's keychain check twice, and prints both answers and how
// many times the keychain was probed, as JSON.
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { keychainForList } from './keychainForList';

const real = new NapiKeychain(process.argv[2] ?? 'deskid-test-keychain-for-list');
let probes = 0;
const counted = Object.assign(Object.create(real) as NapiKeychain, {
  assertReachable: () => {
    probes += 1;
    return real.assertReachable();
  },
});
const shown = keychainForList(counted, () => 0);
const answers = [await shown.reachability(), await shown.reachability()];
process.stdout.write(JSON.stringify({ answers, probes }));

// Child process of keychainUnavailable.test.ts, run with DBUS_SESSION_BUS_ADDRESS pointing
// nowhere. `create`: tries to create a vault; `unlock`: tries to open and unlock an existing
// one; `erase`: tries to erase one. Prints the error code it gets as JSON.
import { isDeskIdError } from '../../contract/DeskIdError';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

const [mode, dir, service] = process.argv.slice(2);
if (dir === undefined || service === undefined)
  throw new TypeError('usage: create|unlock|erase <dir> <service> [vault id]');
const keychain = new NapiKeychain(service);
try {
  if (mode === 'create') await Vault.create({ dir, keychain });
  else if (mode === 'erase') await Vault.erase({ dir, keychain, vaultId: process.argv[5] ?? '' });
  else await (await Vault.open({ dir, keychain })).unlock();
  process.stdout.write(JSON.stringify({ code: 'none' }));
} catch (error) {
  process.stdout.write(
    JSON.stringify(
      isDeskIdError(error) ? { code: error.code, message: error.message } : { code: 'other', message: String(error) },
    ),
  );
}

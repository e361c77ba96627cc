// Child process of keychainUnavailable.test.ts: tries to create a vault and prints the
// error code it gets (run with DBUS_SESSION_BUS_ADDRESS pointing nowhere).
import { isDeskIdError } from '../../contract/DeskIdError';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

const [dir, service] = process.argv.slice(2);
if (dir === undefined || service === undefined) throw new TypeError('usage: <dir> <service>');
try {
  await Vault.create({ dir, keychain: new NapiKeychain(service) });
  process.stdout.write(JSON.stringify({ code: 'none' }));
} catch (error) {
  process.stdout.write(
    JSON.stringify(isDeskIdError(error) ? { code: error.code, message: error.message } : { code: 'other', message: String(error) }),
  );
}

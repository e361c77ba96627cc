// Child process of killDuringWrites.test.ts: writes vault entries in a loop and reports
// each write on stdout only after `put` has resolved. Usage:
//   node --import tsx killLoopWriter.fixture.ts <vault dir> <keychain service> <run tag>
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

const [dir, service, run] = process.argv.slice(2);
if (dir === undefined || service === undefined || run === undefined)
  throw new TypeError('usage: <dir> <service> <run>');
const vault = await Vault.open({ dir, keychain: new NapiKeychain(service) });
await vault.unlock();
process.stdout.write('ready\n');
for (let index = 0; ; index += 1) {
  const id = `${run}-${index}`;
  await vault.put(id, { run, index, padding: 'x'.repeat(index % 200) });
  process.stdout.write(`${id}\n`);
}

import { defaultPolicySources } from './defaultPolicySources';
import { MachinePolicy } from './MachinePolicy';

/**
 * This computer's machine policy as a host uses it: this OS's sources (or
 * `DESKID_POLICY_FILE`), read now and watched from now on (the watch never keeps the
 * process alive), each warning one line on stderr naming the key, the source and the reason.
 */
export function createMachinePolicy(env: NodeJS.ProcessEnv = process.env, { watch = true } = {}): MachinePolicy {
  const policy = new MachinePolicy({
    sources: defaultPolicySources(env),
    warn: ({ key, source, reason }) =>
      process.stderr.write(`DeskID policy: ${key === null ? source : `"${key}" in ${source}`} ${reason}\n`),
  });
  if (watch) policy.watch();
  return policy;
}

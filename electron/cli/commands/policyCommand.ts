import { describePolicy } from '../../services/policy/describePolicy';
import { machinePolicyFor } from '../../services/policy/machinePolicyFor';
import { readEffectivePolicy } from '../../services/policy/readEffectivePolicy';
import type { CliContext } from '../CliContext';
import { describeWord } from '../describeWord';
import { usageError } from '../usage';

/**
 * `deskid policy show [--json]`: every managed setting in force on this computer for this
 * OS user, where it came from (built-in default, the person's settings file, or the machine
 * policy source that set it), and every warning (a bad value or unknown key, ignored).
 */
export async function policyCommand(context: CliContext, [action]: string[]): Promise<void> {
  if (action !== 'show') throw usageError(`Unknown policy action ${describeWord(action ?? '')}. Actions: show.`);
  const policy = machinePolicyFor(context.io.env);
  const described = describePolicy(await readEffectivePolicy(context.dataDir, policy));
  const width = Math.max(...described.settings.map((setting) => setting.name.length));
  const lines = described.settings.map(({ name, value, origin, source }) => {
    const shown = Array.isArray(value) ? (value.length === 0 ? '(none)' : value.join(', ')) : String(value);
    const from = origin === 'default' ? 'default' : `${origin === 'policy' ? 'policy' : 'user'}: ${source ?? ''}`;
    return `${name.padEnd(width)}  ${shown === '' ? '(not set)' : shown}  [${from}]`;
  });
  const warnings = described.warnings.map(
    ({ name, source, reason }) => `warning: ${name === null ? source : `"${name}" in ${source}`} ${reason}`,
  );
  context.print(described, [...lines, ...warnings]);
}

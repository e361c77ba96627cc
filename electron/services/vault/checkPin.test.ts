import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { checkPin, type PinRule } from './checkPin';

/** The error `checkPin` throws for this PIN, or null when it takes it. */
function refusal(pin: string): unknown {
  try {
    checkPin(pin);
  } catch (error) {
    return error;
  }
  return null;
}

describe('checkPin', () => {
  it.each([
    ['482913', 'six digits'],
    ['４８２９１３', 'full-width digits (the digits they look like)'],
    ['0482913570', 'ten digits starting with 0'],
    ['4'.repeat(63) + '8', '64 digits'],
  ])('takes %s (%s)', (pin) => {
    expect(refusal(pin)).toBeNull();
  });

  it.each<[string, string, PinRule]>([
    ['', 'nothing', 'length'],
    ['4829', 'four digits', 'length'],
    ['4'.repeat(64) + '8', '65 digits', 'length'],
    ['hunter22', 'letters', 'digits'],
    ['Caf\u00e9-2931', 'letters and a sign', 'digits'],
    ['4829 13', 'a space', 'digits'],
    ['482913\n', 'a line break', 'digits'],
    ['48291Ⅻ', 'a Roman numeral (NFKC letters)', 'digits'],
    ['٤٨٢٩١٣', 'Arabic-Indic digits (not 0 to 9)', 'digits'],
    ['abc', 'three letters: digits before length', 'digits'],
    ['aaaaaa', 'one letter repeated: digits before repeated', 'digits'],
    ['777777', 'one digit repeated', 'repeated'],
    ['345678', 'a run up', 'run'],
    ['987654', 'a run down', 'run'],
    ['890123', 'a run up through 0', 'run'],
    ['123123', 'a common PIN', 'common'],
  ])('refuses %j (%s) by the rule %s, stating every rule, never echoing the PIN', (pin, _case, rule) => {
    const refused = refusal(pin);
    expect(refused).toBeInstanceOf(DeskIdError);
    expect(refused).toMatchObject({ code: 'invalid_pin', details: { rule, minLength: 6, maxLength: 64 } });
    const rules = 'A PIN is digits only (0 to 9), at least 6 of them';
    const { message } = refused as DeskIdError;
    expect(message).toContain(rules);
    // The rules' own examples (123456, 123123…) aside, the message does not hold the PIN.
    const [said = ''] = message.split(rules);
    if (pin.trim() !== '') expect(said).not.toContain(pin.trim());
  });
});

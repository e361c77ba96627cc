import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** A passphrase's zxcvbn score: 0 (very weak) to 4 (very strong). */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/**
 * Scores a passphrase with zxcvbn-ts (common passwords, names, words, keyboard patterns,
 * dates). This module holds the dictionaries, so the screen imports it lazily
 * (`import('./loadStrength')`) and the first screen's JavaScript stays small.
 */
export function scorePassphrase(passphrase: string, userInputs: string[] = []): StrengthScore {
  return zxcvbn.check(passphrase, userInputs).score;
}

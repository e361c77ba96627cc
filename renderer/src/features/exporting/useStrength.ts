import { useEffect, useState } from 'react';
import type { StrengthScore } from './loadStrength';

type Scorer = typeof import('./loadStrength').scorePassphrase;
let scorer: Promise<Scorer> | undefined;

/** zxcvbn-ts and its dictionaries, loaded on first use only (a chunk of their own). */
const loadScorer = (): Promise<Scorer> =>
  (scorer ??= import('./loadStrength').then((module) => module.scorePassphrase));

/**
 * The passphrase's strength score as it is typed; `undefined` while the checker loads
 * (or for an empty passphrase).
 */
export function useStrength(passphrase: string): StrengthScore | undefined {
  const [scored, setScored] = useState<{ passphrase: string; score: StrengthScore } | undefined>(undefined);
  useEffect(() => {
    if (passphrase === '') return undefined;
    let current = true;
    void loadScorer().then((score) => {
      if (current) setScored({ passphrase, score: score(passphrase) });
    });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return scored?.passphrase === passphrase ? scored.score : undefined;
}

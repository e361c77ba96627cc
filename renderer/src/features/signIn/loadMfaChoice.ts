type MfaChoiceModule = typeof import('./MfaChoice');

let loading: Promise<MfaChoiceModule> | undefined;

/**
 * The "confirm it's you" step (MfaChoice: passkey, codes, phone, recovery code) is a chunk
 * of its own: most starts show the password form and nothing more, and its code is a third
 * of the sign-in feature (bench:renderer). Loaded once; a failed load is tried again.
 */
export function loadMfaChoice(): Promise<MfaChoiceModule> {
  loading ??= import('./MfaChoice').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Loads it when the page is next idle after the first screen, so the step is usually
 * here before a password is answered; the cleanup cancels a load not yet begun.
 */
export function preloadMfaChoiceWhenIdle(): () => void {
  // jsdom has no requestIdleCallback: component tests load the step when it is needed.
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(() => void loadMfaChoice().catch(() => undefined), { timeout: 2_000 });
  return () => cancelIdleCallback(handle);
}

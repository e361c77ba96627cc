import { useState } from 'react';
import { PinResetCode } from './PinResetCode';
import { PinResetPassword, type PinResetMethods } from './PinResetPassword';

interface PinResetSignInProps {
  profileId: string;
  /** The password step's heading and words (a reset or a set-up). */
  title: string;
  intro: string;
  onProved: () => void;
  onCancel: () => void;
}

/**
 * Signing in to the profile's linked ID-server account for a PIN reset or its set-up:
 * the password, then a code. The host keeps the sign-in; this only learns the next step.
 */
export function PinResetSignIn({ profileId, title, intro, onProved, onCancel }: PinResetSignInProps) {
  const [methods, setMethods] = useState<PinResetMethods>();
  return methods === undefined ? (
    <PinResetPassword profileId={profileId} title={title} intro={intro} onSignedIn={setMethods} onCancel={onCancel} />
  ) : (
    <PinResetCode methods={methods} onProved={onProved} onCancel={onCancel} />
  );
}

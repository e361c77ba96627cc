import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SignInStep } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { useQuery } from '../../data/useQuery';
import { Field } from '../../ui/Field';
import { ActionError, isWaiting, useWait } from './ActionError';
import { formatDate } from '../../ui/formatLongDate';

/** The key of `signIn.server` in the renderer's store (the method choice reads it too). */
export const serverKey = 'signIn.server';

/**
 * Username and password, with why this matters and, below the button, the enforcement date
 * and the ID server (from the server).
 * Every refusal is in words; a lock or a rate limit counts down live and keeps the
 * button disabled until it is over.
 */
export function SignInForm({ onStep }: { onStep: (step: SignInStep) => void | Promise<void> }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const server = useQuery(serverKey, () => bridge.signIn.server({}));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useAction(async () => {
    const step = await bridge.signIn.password({ username, password });
    await onStep(step);
  });
  const left = useWait(signIn.error);
  const waiting = isWaiting(left);
  return (
    <form
      className="sign-in-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!waiting) void signIn.run(undefined);
      }}
    >
      <p>{t('signIn.intro')}</p>
      <Field
        label={t('signIn.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <Field
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <ActionError error={signIn.error} left={left} />
      <button type="submit" disabled={signIn.pending || waiting}>
        {signIn.pending ? t('common.working') : t('signIn.submit')}
      </button>
      {/* Below the button: this answer arrives after the first paint, and anything it
          inserted above would move the fields and the button under a person's pointer (a
          click whose mouse-up lands elsewhere is lost). */}
      {server.data !== undefined && (
        <p className="server-line">
          {t('signIn.enforceFrom', { date: formatDate(server.data.enforceFrom, t) })}{' '}
          {server.data.embedded
            ? t('signIn.serverEmbedded', { url: server.data.url })
            : t('signIn.server', { url: server.data.url })}
        </p>
      )}
    </form>
  );
}

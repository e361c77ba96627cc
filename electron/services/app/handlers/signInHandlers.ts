import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';
import { allowedMethodsOf } from '../../policy/policyLimits';
import { readAccountStatus } from '../../session/readAccountStatus';
import { codeForSignIn, findThisComputerAccount } from '../../session/thisComputerAccount';
import type { HostState } from './HostState';
import { mfaStepOf, signedInStepOf } from './signInSteps';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `signIn.${string}`>>;

/** The `signIn.*` calls: the password step, the MFA step (a sign-in or a step-up), status and sign-out. */
export function signInHandlers(state: HostState): Handlers {
  const { session, context } = state;
  return {
    'signIn.server': async () => {
      const info = await session.client.serverInfo();
      return {
        url: context.idServer.url,
        embedded: context.idServer.embedded,
        enforceFrom: info.policy.enforceFrom,
        enforced: info.policy.enforced,
        // The wizard offers what the server offers and machine policy allows.
        methods: allowedMethodsOf(info.policy.methods, context.policy),
        phoneChannels: info.phone.channels,
        defaultCountry: info.phone.defaultCountry,
      };
    },
    'signIn.password': async ({ username, password }) => {
      const answer = await session.signInWithPassword(username, password);
      return answer.status === 'mfa_required' ? mfaStepOf(state, answer.step) : signedInStepOf(state, answer);
    },
    'signIn.sendPhoneCode': async ({ factorId, channel }) => {
      const sent = await session.onOpenStep((transaction) =>
        session.client.signInPhoneSend({ body: { transaction, factorId, channel } }),
      );
      return { expiresIn: sent.expiresIn, resendAfter: sent.resendAfter };
    },
    'signIn.code': async (input) => {
      const { client } = session;
      const outcome = await session.finishStep((transaction) => {
        switch (input.method) {
          case 'totp':
            return client.signInTotp({ body: { transaction, code: input.code } });
          case 'phone':
            return client.signInPhoneVerify({ body: { transaction, factorId: input.factorId, code: input.code } });
          case 'recovery_code':
            return client.signInRecoveryCode({ body: { transaction, code: input.code } });
        }
      });
      return signedInStepOf(state, outcome);
    },
    'signIn.codeFromThisComputer': async () => {
      const step = session.openStep;
      const open = state.profiles.open;
      const account = await findThisComputerAccount(open, session.serverUrl, step?.username);
      if (step === undefined || open === undefined || account === undefined) {
        throw new DeskIdError(
          'account_not_found',
          'This computer has no authenticator for this account. Open your DeskID profile, or choose another way to sign in.',
        );
      }
      const code = await codeForSignIn(open, account, state.now());
      const outcome = await session.finishStep((transaction) =>
        session.client.signInTotp({ body: { transaction, code } }),
      );
      return signedInStepOf(state, outcome);
    },
    'signIn.passkeyOptions': async () => {
      const reply = await session.onOpenStep(
        (transaction) => session.client.signInPasskeyOptions({ body: { transaction } }),
        (answer) => answer.transaction,
      );
      return { options: reply.options };
    },
    'signIn.passkey': async ({ response }) => {
      const outcome = await session.finishStep((transaction) =>
        session.client.signInPasskeyVerify({ body: { transaction, response } }),
      );
      return signedInStepOf(state, outcome);
    },
    'signIn.stepUp': async () => mfaStepOf(state, await session.stepUp()),
    'signIn.status': async () => {
      if (!session.signedIn) return null;
      try {
        return await readAccountStatus(session);
      } catch (error) {
        // The server ended the session (the session service has forgotten it): nobody is signed in.
        if (error instanceof DeskIdError && error.code === 'unauthorized') return null;
        throw error;
      }
    },
    'signIn.signOut': async () => {
      // Whoever signs out at a shared desk leaves nothing open: their DeskID profile locks
      // too, through the one lock (the copied secret, a ceremony window, a PIN reset go).
      await state.lockAll('sign_out');
      return { done: true };
    },
  };
}

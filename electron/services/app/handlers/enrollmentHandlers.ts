import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';
import { hasPhoneExtension, phoneExtensionMessage } from '../../../../protocol/phoneExtension';
import { refuseMethodUnlessAllowed } from '../../policy/policyLimits';
import { renderRecoveryText } from '../../recoveryFile/renderRecoveryText';
import { authenticatorForPhone } from '../../session/authenticatorForPhone';
import { readAccountStatus } from '../../session/readAccountStatus';
import { storeAuthenticatorHere } from '../../session/thisComputerAccount';
import { toMethod } from '../../session/toMethod';
import type { HostState } from './HostState';
import { wizardRecoveryCode } from './recoveryCodes';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `enrollment.${string}`>>;

/**
 * The `enrollment.*` calls: adding methods and the recovery code (an `enroll` or a fresh
 * `full` session). A method machine policy leaves out is `method_not_allowed`.
 */
export function enrollmentHandlers(state: HostState): Handlers {
  const { session, profiles, context } = state;
  const withToken = session.withToken.bind(session);
  return {
    'enrollment.addPhone': async ({ number, country, channel }) => {
      // The protocol's own extension rule, before any request is sent.
      refuseMethodUnlessAllowed('phone', context.policy);
      if (hasPhoneExtension(number)) throw new DeskIdError('phone_extension_not_allowed', phoneExtensionMessage);
      const added = await withToken((token) => session.client.addPhone({ token, body: { number, country, channel } }));
      return {
        factorId: added.factorId,
        masked: added.masked,
        lineType: added.lineType,
        expiresIn: added.expiresIn,
        resendAfter: added.resendAfter,
      };
    },
    'enrollment.resendPhoneCode': async ({ factorId, channel }) => {
      const sent = await withToken((token) =>
        session.client.resendCode({ token, params: { id: factorId }, body: { channel } }),
      );
      return { resendAfter: sent.resendAfter };
    },
    'enrollment.verifyMethod': async ({ factorId, code }) =>
      toMethod(
        await withToken((token) => session.client.verifyFactor({ token, params: { id: factorId }, body: { code } })),
      ),
    'enrollment.addAuthenticatorHere': async ({ label }) => {
      refuseMethodUnlessAllowed('totp', context.policy);
      const open = await profiles.require();
      const username = session.accountName;
      const added = await withToken((token) =>
        session.client.addTotp({ token, body: label === undefined ? {} : { label } }),
      );
      const factor = await storeAuthenticatorHere({
        open,
        otpauthUri: added.otpauthUri,
        now: state.now(),
        verify: (code) =>
          withToken((token) => session.client.verifyFactor({ token, params: { id: added.factorId }, body: { code } })),
      });
      if (username !== undefined) await profiles.link({ url: session.serverUrl, username });
      return { method: toMethod(factor), profileName: open.profile.displayName };
    },
    'enrollment.addAuthenticatorPhone': async ({ label }) => {
      refuseMethodUnlessAllowed('totp', context.policy);
      const added = await withToken((token) =>
        session.client.addTotp({ token, body: label === undefined ? {} : { label } }),
      );
      const { qrSvg, setupKey } = await authenticatorForPhone(added.otpauthUri, added.secret);
      return { factorId: added.factorId, qrSvg, setupKey };
    },
    'enrollment.passkeyOptions': async () => {
      refuseMethodUnlessAllowed('passkey', context.policy);
      const reply = await withToken((token) => session.client.passkeyRegistrationOptions({ token, body: {} }));
      return { options: reply.options };
    },
    'enrollment.passkey': async ({ response, label }) =>
      toMethod(
        await withToken((token) =>
          session.client.passkeyRegistrationVerify({
            token,
            body: label === undefined ? { response } : { response, label },
          }),
        ),
      ),
    'enrollment.recoveryCode': async () => {
      const status = await readAccountStatus(session);
      return wizardRecoveryCode(session, status.recoveryCode);
    },
    'enrollment.saveRecoveryFile': async ({ language }) => {
      const held = session.heldRecoveryCode;
      const username = session.accountName;
      if (held === undefined || username === undefined) {
        throw new DeskIdError('recovery_code_not_issued', 'Show your recovery code first, then save it.');
      }
      const text = renderRecoveryText({
        code: held.code,
        account: username,
        server: session.serverUrl,
        issuedAt: held.issuedAt,
        language,
      });
      return context.saveFile({
        suggestedName: `DeskID-recovery-code-${username}-${held.issuedAt.slice(0, 10)}.txt`,
        text,
      });
    },
    'enrollment.confirmRecoveryCode': async ({ lastDigits }) => {
      // Always the server's judgement: it counts wrong digits toward its lock (api.md).
      await withToken((token) => session.client.confirmRecoveryCode({ token, body: { lastDigits } }));
      return readAccountStatus(session);
    },
  };
}

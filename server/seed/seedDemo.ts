import { randomBytes } from 'node:crypto';
import type { AppContext } from '../AppContext';
import { isLuhnValid } from '../../protocol/recoveryCodeFormat';
import { newId } from '../crypto/tokens';
import { parsePhone } from '../phone/parsePhone';
import { demoAccounts, demoPassword, demoTotpSecret } from './demoAccounts';

/** Creates the demo accounts that do not exist yet (safe to run on every start). */
export async function seedDemo(ctx: AppContext): Promise<void> {
  const passwordHash = await ctx.hasher.hash(demoPassword);
  for (const demo of demoAccounts) {
    if (ctx.store.accountByUsername(demo.username) !== undefined) continue;
    if (demo.recoveryCode !== undefined && !isLuhnValid(demo.recoveryCode.code)) {
      throw new Error(`The demo recovery code of ${demo.username} has a wrong check digit.`);
    }
    const now = ctx.config.now();
    const accountId = newId('acc');
    const recoveryHash = demo.recoveryCode === undefined ? undefined : await ctx.hasher.hash(demo.recoveryCode.code);
    ctx.store.atomically(() => {
      ctx.store.insertAccount({
        id: accountId,
        username: demo.username,
        displayName: demo.displayName,
        email: null,
        passwordHash,
        webauthnUserId: randomBytes(32).toString('base64url'),
        createdAt: now,
        passwordFailures: 0,
        lockedUntil: 0,
        recovery: null,
      });
      const base = {
        accountId,
        addedBySession: null,
        verified: true,
        createdAt: now,
        lastUsedAt: null,
        phone: null,
        totp: null,
        passkey: null,
      };
      if (demo.phone !== undefined) {
        ctx.store.insertFactor({
          ...base,
          id: newId('fac'),
          type: 'phone',
          label: `Phone ending ${demo.phone.slice(-4)}`,
          phone: parsePhone(demo.phone, 'US'),
        });
      }
      if (demo.totp === true) {
        const id = newId('fac');
        ctx.store.insertFactor({
          ...base,
          id,
          type: 'totp',
          label: 'Authenticator app',
          totp: { secretCipher: ctx.box.seal(demoTotpSecret, `totp:${id}`), lastStep: null },
        });
      }
      if (demo.recoveryCode !== undefined && recoveryHash !== undefined) {
        ctx.store.setRecoveryCode(accountId, {
          hash: recoveryHash,
          cipher: ctx.box.seal(demo.recoveryCode.code, `recovery:${accountId}`),
          issuedAt: now,
          confirmedAt: demo.recoveryCode.confirmed ? now : null,
          issuerSession: null,
        });
      }
    });
  }
}

/** The password of every demo account. */
export const demoPassword = 'DeskID-demo-password';

/** The authenticator secret of the demo TOTP accounts (base32, 160 bits): add it to any authenticator app. */
export const demoTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** One demo account in one policy state; `docs/id-server.md` lists them. */
export interface DemoAccount {
  username: string;
  displayName: string;
  state: string;
  phone?: string;
  totp?: true;
  /** 16-digit recovery code (a valid Luhn check digit), and whether it is confirmed. */
  recoveryCode?: { code: string; confirmed: boolean };
}

/** The demo accounts `--seed demo` creates: one in every state. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    username: 'demo.none',
    displayName: 'Dana None',
    state: 'no method: an enroll session once the policy is enforced',
  },
  {
    username: 'demo.phone',
    displayName: 'Pat Phone',
    state: 'phone only (SMS and voice), recovery code confirmed',
    phone: '+12015550101',
    recoveryCode: { code: '1111222233334444', confirmed: true },
  },
  {
    username: 'demo.totp',
    displayName: 'Tess Totp',
    state: 'authenticator app, recovery code confirmed',
    totp: true,
    recoveryCode: { code: '5555666677778884', confirmed: true },
  },
  {
    username: 'demo.passkey',
    displayName: 'Kim Passkey',
    state:
      'passkey-ready: compliant with a phone, ready to add a passkey (a passkey cannot be seeded: its key lives on your device)',
    phone: '+12015550102',
    recoveryCode: { code: '9999000011112228', confirmed: true },
  },
  {
    username: 'demo.pending',
    displayName: 'Robin Pending',
    state: 'authenticator app, recovery code issued but not confirmed (signs in with recovery_code_required)',
    totp: true,
    recoveryCode: { code: '4444333322221111', confirmed: false },
  },
];

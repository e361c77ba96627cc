import type { AccountStatus } from '../../../../electron/contract/accountStatus';

/** A compliant `full` account with one phone the person named "Desk phone", for the manage page's tests. */
export const account: AccountStatus = {
  username: 'pat.lee',
  displayName: 'Pat Lee',
  server: 'http://127.0.0.1:4000',
  scope: 'full',
  fresh: true,
  methods: [
    {
      id: 'f1',
      type: 'phone',
      label: 'Desk phone',
      verified: true,
      createdAt: '2025-03-10T09:29:00.000Z',
      lastUsedAt: '2025-04-02T15:00:00.000Z',
      phone: { masked: '•••-•••-0123', lineType: 'fixed_line', channels: ['voice'] },
    },
  ],
  recoveryCode: { status: 'confirmed', issuedAt: '2025-03-10T09:30:00.000Z', confirmedAt: '2025-03-10T09:31:00.000Z' },
  compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: true, missing: [] },
};

/** Two more methods under the names the ID server gives when nobody chose one. */
export const serverNamedMethods: AccountStatus['methods'] = [
  {
    id: 'f2',
    type: 'phone',
    label: 'Phone ending 0958',
    verified: true,
    createdAt: '2025-03-11T09:00:00.000Z',
    phone: { masked: '•••-•••-0958', lineType: 'mobile', channels: ['sms', 'voice'] },
  },
  { id: 'f3', type: 'totp', label: 'Authenticator app', verified: true, createdAt: '2025-03-12T09:00:00.000Z' },
];

/** The step-up the ID server answers: confirm with the account's one phone. */
export const phoneStepUp = {
  status: 'mfa_required' as const,
  methods: ['phone' as const],
  phones: [{ factorId: 'f1', masked: '•••-•••-0123', channels: ['voice' as const] }],
  codeFromThisComputer: false,
};

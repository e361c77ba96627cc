import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { renderWithApp } from '../../../../test/renderWithApp';
import { account as manageAccount } from '../../manage/manageTestAccount';
import { DoneStep } from './DoneStep';

const phone = { masked: '•••-•••-0958', lineType: 'mobile' as const, channels: ['sms' as const] };
const account: AccountStatus = {
  ...manageAccount,
  methods: [
    // The names the ID server gives when nobody chose one (in its own language, English).
    { id: 'f1', type: 'phone', label: 'Phone ending 0958', verified: true, createdAt: '2025-03-10T09:29:00Z', phone },
    { id: 'f2', type: 'totp', label: 'Authenticator app', verified: true, createdAt: '2025-03-10T09:29:00Z' },
    { id: 'f3', type: 'passkey', label: 'Passkey', verified: true, createdAt: '2025-03-10T09:29:00Z' },
    // Names a person typed: kept as typed, in any language.
    { id: 'f4', type: 'phone', label: 'Mi móvil', verified: true, createdAt: '2025-03-10T09:29:00Z', phone },
    { id: 'f5', type: 'passkey', label: 'Phone ending 0958', verified: true, createdAt: '2025-03-10T09:29:00Z' },
    { id: 'f6', type: 'phone', label: 'Phone ending 1111', verified: true, createdAt: '2025-03-10T09:29:00Z', phone },
  ],
};

const methodLines = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('DoneStep', () => {
  it('names the methods from their type and digits in English, and keeps a chosen name as typed', () => {
    renderWithApp(<DoneStep account={account} />, {});
    expect(methodLines()).toEqual([
      'Phone: Phone ending 0958',
      'Authenticator app: Authenticator app',
      'Passkey: Passkey',
      'Phone: Mi móvil (•••-•••-0958)',
      'Passkey: Phone ending 0958',
      'Phone: Phone ending 1111 (•••-•••-0958)',
    ]);
  });

  it('says the server’s names in Spanish, never in the server’s English', () => {
    renderWithApp(<DoneStep account={account} />, {}, { language: 'es' });
    expect(methodLines()).toEqual([
      'Teléfono: Teléfono terminado en 0958',
      'Aplicación de autenticación: Aplicación de autenticación',
      'Llave de acceso: Llave de acceso',
      'Teléfono: Mi móvil (•••-•••-0958)',
      'Llave de acceso: Phone ending 0958',
      'Teléfono: Phone ending 1111 (•••-•••-0958)',
    ]);
  });
});

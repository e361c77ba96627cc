import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryCache } from '../../data/queryCache';
import { policyAnswer } from '../../../test/policyAnswer';
import { renderWithApp } from '../../../test/renderWithApp';
import { PolicySection } from './PolicySection';

describe('the About page’s settings in force', () => {
  it('lists each setting, its value and where it came from, and the ignored values', async () => {
    queryCache.clear();
    const get = policyAnswer({ serverUrl: 'https://id.clinic.example', allowImport: false }, [
      { name: 'colour', source: '/etc/deskid/policy.json', reason: 'is not a DeskID setting; it is ignored' },
    ]);
    renderWithApp(<PolicySection />, { policy: { get } });
    const table = await screen.findByTestId('policy-table');
    const server = within(table).getByRole('row', { name: /ID server/ });
    expect(server.textContent).toBe(
      'ID serverhttps://id.clinic.exampleSet by your organization: /etc/deskid/policy.json',
    );
    expect(within(table).getByRole('row', { name: /Imports allowed/ }).textContent).toContain('Off');
    expect(screen.getByTestId('policy-warnings').textContent).toBe(
      '“colour” in /etc/deskid/policy.json is not a DeskID setting; it is ignored',
    );
  });
});

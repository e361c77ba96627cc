import { describe, expect, it } from 'vitest';
import { readPageRequest, runPageCeremony } from './runPageCeremony';
import { stringsFor } from './strings';

describe('the ceremony page', () => {
  it('reads its request from the URL fragment', () => {
    const request = { kind: 'register', options: { challenge: 'abc' } };
    expect(readPageRequest(`#${encodeURIComponent(JSON.stringify(request))}`)).toEqual(request);
  });

  it('refuses a fragment that is not a request, and answers failed without a prompt', async () => {
    for (const hash of ['', '#', '#%E0%A4%A', '#{"kind":"other","options":{}}', '#{"kind":"register"}']) {
      expect(readPageRequest(hash)).toBeUndefined();
    }
    await expect(runPageCeremony(undefined)).resolves.toEqual({ ok: false, problem: 'failed' });
  });

  it('speaks Spanish to a Spanish locale and English otherwise', () => {
    expect(stringsFor('es-MX').title).toBe('Llave de acceso de DeskID');
    expect(stringsFor('en-US').title).toBe('DeskID passkey');
    expect(stringsFor('fr').title).toBe('DeskID passkey');
  });
});

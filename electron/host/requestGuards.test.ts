import { describe, expect, it } from 'vitest';
import { checkHostHeader, checkLaunchSecret, checkOrigin } from './requestGuards';

describe('browser host request guards', () => {
  it('accepts only loopback host names on our port', () => {
    expect(checkHostHeader('localhost:4800', 4800)).toBeNull();
    expect(checkHostHeader('127.0.0.1:4800', 4800)).toBeNull();
    for (const host of ['evil.test:4800', 'localhost:4801', 'localhost', undefined, '127.0.0.1.evil.test:4800']) {
      expect(checkHostHeader(host, 4800)).toMatchObject({ status: 403 });
    }
  });

  it('accepts only our own origin', () => {
    const call = { method: 'POST', fetchSite: undefined };
    expect(checkOrigin({ ...call, origin: 'http://localhost:4800' }, 4800)).toBeNull();
    expect(checkOrigin({ ...call, origin: 'http://127.0.0.1:4800' }, 4800)).toBeNull();
    for (const origin of ['http://evil.test', 'https://localhost:4800', 'null', undefined, 'http://localhost:48000']) {
      expect(checkOrigin({ ...call, origin }, 4800)).toMatchObject({ status: 403 });
    }
  });

  it("accepts the page's own GET, which Chromium sends with Sec-Fetch-Site: same-origin and no Origin", () => {
    expect(checkOrigin({ method: 'GET', origin: undefined, fetchSite: 'same-origin' }, 4800)).toBeNull();
    expect(checkOrigin({ method: 'HEAD', origin: undefined, fetchSite: 'same-origin' }, 4800)).toBeNull();
  });

  it('refuses a request without Origin unless it is a same-origin GET', () => {
    for (const request of [
      { method: 'GET', origin: undefined, fetchSite: undefined },
      { method: 'GET', origin: undefined, fetchSite: 'cross-site' },
      { method: 'GET', origin: undefined, fetchSite: 'same-site' },
      { method: 'GET', origin: undefined, fetchSite: 'none' },
      { method: 'GET', origin: undefined, fetchSite: 'Same-Origin' },
      { method: 'POST', origin: undefined, fetchSite: 'same-origin' },
      { method: 'PUT', origin: undefined, fetchSite: 'same-origin' },
    ]) {
      expect(checkOrigin(request, 4800), JSON.stringify(request)).toMatchObject({ status: 403 });
    }
  });

  it('refuses a browser request that says it crosses sites, whatever its Origin says', () => {
    for (const fetchSite of ['cross-site', 'same-site', 'none']) {
      expect(checkOrigin({ method: 'POST', origin: 'http://localhost:4800', fetchSite }, 4800)).toMatchObject({
        status: 403,
      });
    }
  });

  it('accepts only the exact launch secret as a bearer token', () => {
    const secret = 'a'.repeat(43);
    expect(checkLaunchSecret(`Bearer ${secret}`, secret)).toBeNull();
    for (const header of [
      undefined,
      '',
      secret,
      `Bearer ${secret}x`,
      `Bearer ${secret.slice(1)}`,
      'Bearer ',
      `bearer ${secret}`,
    ]) {
      expect(checkLaunchSecret(header, secret)).toMatchObject({ status: 401 });
    }
  });
});

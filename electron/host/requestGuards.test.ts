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
    expect(checkOrigin('http://localhost:4800', 4800)).toBeNull();
    for (const origin of ['http://evil.test', 'https://localhost:4800', 'null', undefined, 'http://localhost:48000']) {
      expect(checkOrigin(origin, 4800)).toMatchObject({ status: 403 });
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

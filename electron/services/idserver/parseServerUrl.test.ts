import { describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { createIdServerClient } from './IdServerClient';
import { parseServerUrl } from './parseServerUrl';

const refusal = (address: string) => deskIdFailure(Promise.resolve().then(() => parseServerUrl(address)));

describe('parseServerUrl and the ID server client (issue 9.13)', () => {
  it('refuses plain http to a server that is not on loopback, and says to use https', async () => {
    for (const address of [
      'http://example.org',
      'http://id.example.org:8080/base/',
      'http://10.0.0.7',
      'http://128.0.0.1',
      'http://localhost.example.org',
      'http://127.0.0.1.example.org',
      'http://[::2]',
      'http://[::ffff:7f00:1]',
    ]) {
      expect(() => createIdServerClient({ baseUrl: address }), address).toThrow(/https:\/\//);
      const error = await refusal(address);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toContain('https://');
    }
    expect((await refusal('http://example.org:8443/x')).message).toContain('Use https://example.org:8443 ');
  });

  it('refuses what is not an https URL, or holds credentials', async () => {
    for (const address of ['id.example.org', 'ftp://id.example.org', 'https://user:pw@id.example.org', 'file:///x']) {
      expect((await refusal(address)).code).toBe('invalid_request');
    }
    expect((await refusal('https://user:hunter2@id.example.org')).message).not.toContain('hunter2');
  });

  it('accepts https anywhere and http on loopback', () => {
    expect(parseServerUrl('https://id.example.org/')).toBe('https://id.example.org');
    expect(parseServerUrl('https://id.example.org/deskid/')).toBe('https://id.example.org/deskid');
    expect(parseServerUrl('http://127.0.0.1:4123')).toBe('http://127.0.0.1:4123');
    expect(parseServerUrl('http://127.9.8.7')).toBe('http://127.9.8.7');
    expect(parseServerUrl('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(parseServerUrl('http://LOCALHOST:8080')).toBe('http://localhost:8080');
    expect(parseServerUrl('http://[::1]:9000')).toBe('http://[::1]:9000');
    expect(() => createIdServerClient({ baseUrl: 'http://127.0.0.1:4123' })).not.toThrow();
    expect(() => createIdServerClient({ baseUrl: 'https://id.example.org' })).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { ceremonyOrigin } from './ceremonyOrigin';

describe('ceremonyOrigin', () => {
  it("runs on the server's own origin when its host is the RP ID or under it", () => {
    expect(ceremonyOrigin('https://id.example.org', 'example.org')).toBe('https://id.example.org');
    expect(ceremonyOrigin('https://example.org:8443/', 'example.org')).toBe('https://example.org:8443');
    expect(ceremonyOrigin('http://localhost:4799', 'localhost')).toBe('http://localhost:4799');
  });

  it('runs on http://localhost:<port> for a loopback server with the RP ID localhost (the mock server)', () => {
    expect(ceremonyOrigin('http://127.0.0.1:4799', 'localhost')).toBe('http://localhost:4799');
    expect(ceremonyOrigin('http://[::1]:4799', 'localhost')).toBe('http://localhost:4799');
  });

  it("refuses an RP ID that does not cover the server's address, naming both", () => {
    const refuse = () => ceremonyOrigin('https://id.example.org', 'example.com');
    expect(refuse).toThrow(DeskIdError);
    expect(refuse).toThrow(/https:\/\/id\.example\.org .*"example\.com"/);
    // A look-alike suffix is not "under" the RP ID.
    expect(() => ceremonyOrigin('https://badexample.org', 'example.org')).toThrow(DeskIdError);
    expect(() => ceremonyOrigin('http://127.0.0.1:4799', 'example.org')).toThrow(DeskIdError);
  });
});

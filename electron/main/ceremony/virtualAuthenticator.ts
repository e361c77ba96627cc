/** The part of `webContents.debugger` the virtual authenticator uses. */
export interface CeremonyDebugger {
  attach(protocolVersion?: string): void;
  sendCommand(method: string, params?: object): Promise<unknown>;
}

/**
 * `--test-virtual-authenticator`: Chromium's DevTools-protocol virtual authenticator in
 * a ceremony window, standing in for Windows Hello or Touch ID (a user-verifying
 * `internal` CTAP2 authenticator that holds discoverable credentials and says yes at
 * once). Each window gets a new one, so the credentials made so far are kept here (in
 * memory, for this run only) and handed to the next: enroll, then sign in, in one run.
 */
export class VirtualAuthenticators {
  private credentials: object[] = [];

  /** Attaches an authenticator to a window's debugger, with the credentials made so far. */
  async attach(debug: CeremonyDebugger): Promise<{ keep: () => Promise<void> }> {
    debug.attach('1.3');
    await debug.sendCommand('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = (await debug.sendCommand('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ctap2Version: 'ctap2_1',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })) as { authenticatorId: string };
    for (const credential of this.credentials) {
      await debug.sendCommand('WebAuthn.addCredential', { authenticatorId, credential });
    }
    return {
      /** Reads the window's credentials back before it closes. */
      keep: async () => {
        const { credentials } = (await debug.sendCommand('WebAuthn.getCredentials', { authenticatorId })) as {
          credentials: object[];
        };
        this.credentials = credentials;
      },
    };
  }
}

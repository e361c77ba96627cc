/**
 * The ID-server half of a PIN reset, implemented by the ID-server client (it arrives
 * later). After {@link maxPinFailures} wrong PINs a vault opens only with the keychain key
 * **and** a 32-byte share that this authority hands back after the person signs in.
 * When a PIN is set with an authority, the vault draws a fresh share, deposits it here and
 * wraps the data key under HKDF(keychain key ‖ share); the share itself never touches disk.
 */
export interface PinResetAuthority {
  /** Keeps `share` with the person's ID-server account. */
  deposit(share: Uint8Array): Promise<void>;
  /** Signs the person in at the ID server and returns the share deposited earlier. */
  withdraw(): Promise<Uint8Array>;
}

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseRecoveryCode } from '../../../protocol/recoveryCodeFormat';
import { DeskIdError } from '../../contract/DeskIdError';
import { openAesGcm, sealAesGcm } from '../vault/aesGcm';
import { defaultArgon2Params, deriveArgon2Key, type Argon2Params } from '../vault/deriveArgon2Key';
import type { PinResetAuthority } from '../vault/PinResetAuthority';
import { writeFileAtomic } from '../vault/writeFileAtomic';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** `<profile dir>/pin-reset.json`, version 1: the reset share sealed under the recovery code. */
const pinResetFileSchema = z
  .object({
    format: z.literal('deskid-pin-reset'),
    version: z.literal(1),
    kdf: z
      .object({
        name: z.literal('argon2id'),
        memoryKiB: z.number().int().min(19_456).max(1_048_576),
        iterations: z.number().int().min(1).max(10),
        parallelism: z.number().int().min(1).max(16),
        salt: base64,
      })
      .strict(),
    iv: base64,
    tag: base64,
    ciphertext: base64,
  })
  .strict();

/**
 * The ID-server half of a PIN reset (see `PinResetAuthority`). The vault's 32-byte reset
 * share is sealed (AES-256-GCM) under an Argon2id key from the person's 16-digit
 * recovery code, which the ID server hands out only to a full, freshly signed-in session.
 * So after 10 wrong PINs the profile opens only with the OS keychain **and** a sign-in
 * to the ID server; nobody at the desktop can guess their way in offline (10^15 codes).
 *
 * - `deposit` needs the current recovery code (`recoveryCode`), e.g. right after the person
 *   saved and confirmed it, or from {@link fetchRecoveryCodeBySignIn}.
 * - `withdraw` calls `signIn` to get the code from the ID server again; the new share a
 *   reset then deposits is sealed under that same code.
 * A new recovery code issued later does not open the old seal: set the reset up again then.
 */
export class RecoveryCodePinReset implements PinResetAuthority {
  /** The code `withdraw` fetched: a reset seals the new share under it again. */
  private fetchedCode: string | undefined;

  constructor(
    private readonly options: {
      /** Where the sealed share lives: `pin-reset.json` in the profile's folder. */
      file: string;
      /** Binds the seal to one vault. */
      vaultId: string;
      /** The recovery code to seal under (for `deposit`). */
      recoveryCode?: string;
      /** Signs in to the ID server and answers the recovery code (for `withdraw`). */
      signIn?: () => Promise<string>;
      kdf?: Argon2Params;
    },
  ) {}

  async deposit(share: Uint8Array): Promise<void> {
    const { kdf = defaultArgon2Params } = this.options;
    const recoveryCode = this.options.recoveryCode ?? this.fetchedCode;
    if (recoveryCode === undefined) throw new TypeError('RecoveryCodePinReset.deposit needs the recovery code');
    const salt = randomBytes(16);
    const key = await deriveArgon2Key(digitsOf(recoveryCode), salt, kdf);
    const box = sealAesGcm(key, share, this.aad());
    key.fill(0);
    const file: z.infer<typeof pinResetFileSchema> = {
      format: 'deskid-pin-reset',
      version: 1,
      kdf: { name: 'argon2id', ...kdf, salt: salt.toString('base64') },
      iv: box.iv.toString('base64'),
      tag: box.tag.toString('base64'),
      ciphertext: box.ciphertext.toString('base64'),
    };
    await writeFileAtomic(this.options.file, `${JSON.stringify(file, null, 2)}\n`);
  }

  async withdraw(): Promise<Uint8Array> {
    const sealed = await this.readSealed();
    if (this.options.signIn === undefined) throw new TypeError('RecoveryCodePinReset.withdraw needs signIn');
    const recoveryCode = await this.options.signIn();
    this.fetchedCode = recoveryCode;
    const { kdf } = sealed;
    const key = await deriveArgon2Key(digitsOf(recoveryCode), Buffer.from(kdf.salt, 'base64'), kdf);
    const share = openAesGcm(
      key,
      {
        iv: Buffer.from(sealed.iv, 'base64'),
        tag: Buffer.from(sealed.tag, 'base64'),
        ciphertext: Buffer.from(sealed.ciphertext, 'base64'),
      },
      this.aad(),
    );
    key.fill(0);
    if (share?.length !== 32) {
      throw new DeskIdError(
        'pin_reset_required',
        'Your recovery code has changed since the PIN reset was set up, so DeskID cannot reset this PIN. Ask IT to reset this profile.',
      );
    }
    return share;
  }

  private aad(): string {
    return `deskid-pin-reset:v1:${this.options.vaultId}`;
  }

  private async readSealed(): Promise<z.infer<typeof pinResetFileSchema>> {
    const text = await readFile(this.options.file, 'utf8').catch(() => null);
    if (text === null) {
      throw new DeskIdError('pin_reset_required', 'This profile has no PIN reset set up. Ask IT to reset it.');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const result = pinResetFileSchema.safeParse(parsed);
    if (!result.success) {
      throw new DeskIdError('vault_damaged', 'The PIN reset file of this profile is damaged.', {
        file: this.options.file,
      });
    }
    return result.data;
  }
}

/** The 16 digits of a recovery code, read by the protocol's rule (spaces and dashes ignored, Luhn check). */
function digitsOf(code: string): string {
  const digits = parseRecoveryCode(code);
  if (digits === undefined) {
    throw new DeskIdError(
      'invalid_code',
      'That is not a recovery code: it has 16 digits, and the last one checks the others. Check it and try again.',
    );
  }
  return digits;
}

import { randomId } from '../../ids/randomId';
import { DeskIdError } from '../../../contract/DeskIdError';
import type { NewAccount } from '../../authenticator/accountSchema';
import type { ImportFormat } from '../../importers/ImportResult';

/** How long a preview waits for its commit. */
export const previewLifetimeMs = 10 * 60_000;

/** An import read and shown, not yet written: held on the host side only. */
export interface HeldPreview {
  profileId: string;
  format: ImportFormat;
  accounts: NewAccount[];
  /**
   * An import (another app's export, a Google export code), which machine policy's
   * `allowImport` governs, and not a picture of one `otpauth://` account (adding).
   */
  isImport: boolean;
}

/**
 * Import previews by id (`importing.preview` → `importing.commit`). The parsed accounts
 * (secrets included) never leave the host; a preview is forgotten when committed, on
 * lock ({@link clear}) and {@link previewLifetimeMs} after it was made.
 */
export class ImportPreviews {
  private readonly held = new Map<string, HeldPreview & { expiresAt: number }>();

  constructor(private readonly now: () => number) {}

  /** Holds a preview; answers its id. */
  hold(preview: HeldPreview): string {
    this.forgetExpired();
    const id = randomId();
    this.held.set(id, { ...preview, expiresAt: this.now() + previewLifetimeMs });
    return id;
  }

  /** Takes (and forgets) the preview `id` of `profileId`; `import_failed` in words when it is gone. */
  take(id: string, profileId: string): HeldPreview {
    this.forgetExpired();
    const preview = this.held.get(id);
    if (preview?.profileId !== profileId) {
      throw new DeskIdError(
        'import_failed',
        'This import preview is no longer open (it was added already, DeskID locked, or 10 minutes passed). Choose the file again.',
      );
    }
    this.held.delete(id);
    return preview;
  }

  /** Forgets every preview (on lock). */
  clear(): void {
    this.held.clear();
  }

  /** How many previews are held (for tests). */
  get size(): number {
    this.forgetExpired();
    return this.held.size;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [id, preview] of this.held) if (preview.expiresAt <= now) this.held.delete(id);
  }
}

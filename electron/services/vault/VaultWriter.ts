import { DeskIdError } from '../../contract/DeskIdError';
import { removeDamagedCopies } from './removeDamagedCopies';
import { serializeVaultFile } from './serializeVaultFile';
import {
  isCurrentBody,
  type DataKeyRecord,
  type LegacyDataKeyRecord,
  type StoredVaultBody,
  type VaultBody,
} from './vaultFileSchema';
import type { VaultSession } from './VaultSession';
import { writeFileAtomic } from './writeFileAtomic';

/** What a change given to {@link VaultWriter.mutate} returns when it re-keyed the vault. */
export interface Rekeyed {
  newDataKey: Buffer;
}

function isRekeyed(outcome: unknown): outcome is Rekeyed {
  return typeof outcome === 'object' && outcome !== null && Buffer.isBuffer((outcome as Partial<Rekeyed>).newDataKey);
}

/**
 * The write queue of one open vault: writes run one at a time, each on a freshly re-read
 * file, atomically, keeping the previous generation as `vault.json.bak`.
 */
export class VaultWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly session: VaultSession) {}

  /**
   * Serialises writes: reload, change a copy, write atomically (with .bak), then adopt.
   * The change works with a private copy of the data key, zeroed afterwards; a lock
   * while the write waits or works makes it fail with `vault_locked` before anything is
   * written. A change that returns `false` made no change and is not written. A change
   * that returns a new data key (PIN set, changed or removed) is a re-key: the `.bak` gets
   * the new generation too, so no file keeps the old key, and the vault adopts the new
   * one (a re-key also moves a version-1 vault to the current layout; any other change
   * needs a vault migrated by its unlock). When another DeskID process re-keyed the file meanwhile, this vault locks itself
   * and the write fails with `vault_locked`: entries are never sealed under an old key.
   */
  mutate(change: (body: StoredVaultBody, dataKey: Buffer) => unknown): Promise<void> {
    const { session } = this;
    return this.enqueue(async () => {
      const held = session.requireKey();
      // A private copy: lock() zeroes `held`, never the key this write seals with.
      const dataKey = Buffer.alloc(held.length);
      held.copy(dataKey);
      let newDataKey: Buffer | null = null;
      try {
        await session.reload();
        assertStillHeld(session, held);
        const current = session.body;
        if (current.dataKey.ciphertext !== session.keyWrapping) {
          session.lock();
          throw new DeskIdError(
            'vault_locked',
            'The PIN of this profile was changed in another DeskID window. Unlock it again.',
            { pinRequired: current.dataKey.pin !== null },
          );
        }
        const body = structuredClone(current);
        const outcome: unknown = await change(body, dataKey);
        if (outcome === false) return;
        if (isRekeyed(outcome)) newDataKey = outcome.newDataKey;
        // A version-1 body is written only re-keyed, hence in the current layout.
        if (!isCurrentBody(body)) throw new TypeError('Only a re-key may rewrite a version-1 vault');
        assertStillHeld(session, held);
        body.generation += 1;
        body.updatedAt = new Date(session.now()).toISOString();
        const text = serializeVaultFile(body);
        await writeFileAtomic(session.paths.file, text, { keepBackup: newDataKey === null });
        if (newDataKey !== null) await writeFileAtomic(session.paths.backup, text);
        session.body = body;
        if (newDataKey !== null && session.replaceKey(held, newDataKey, body.dataKey.ciphertext)) newDataKey = null;
      } finally {
        dataKey.fill(0);
        newDataKey?.fill(0);
      }
    });
  }

  /**
   * Rewrites a version-1 file in the current layout: the same data key and entries, the
   * data key wrapped as `next`. The previous generation is kept as `vault.json.bak` in
   * the new layout too, and the `vault.json.damaged-*` copies DeskID set aside before
   * (all in the old layout, each an offline check of the current PIN) are deleted, so no
   * file DeskID keeps still confirms a PIN guess on its own. Answers false, writing nothing, when the file no longer holds `legacy` (another
   * DeskID process migrated or changed it meanwhile).
   */
  migrate(legacy: LegacyDataKeyRecord, next: DataKeyRecord): Promise<boolean> {
    const { session } = this;
    return this.enqueue(async () => {
      await session.reload();
      const stored = session.body;
      if (isCurrentBody(stored) || stored.dataKey.ciphertext !== legacy.ciphertext) return false;
      const previous: VaultBody = { ...stored, dataKey: next };
      const migrated: VaultBody = {
        ...previous,
        generation: stored.generation + 1,
        updatedAt: new Date(session.now()).toISOString(),
      };
      await writeFileAtomic(session.paths.file, serializeVaultFile(migrated), { keepBackup: true });
      await writeFileAtomic(session.paths.backup, serializeVaultFile(previous));
      await removeDamagedCopies(session.paths.file);
      session.body = migrated;
      // Whichever unlock of this vault holds the key, it is the same data key: follow it.
      if (session.keyWrapping === legacy.ciphertext) session.keyWrapping = next.ciphertext;
      return true;
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * Throws `vault_locked` unless the vault still holds the key buffer `held`: a lock (or
 * a new key) since a queued write began makes that write fail instead of saving.
 */
function assertStillHeld(session: VaultSession, held: Buffer): void {
  if (session.dataKey !== held) {
    throw new DeskIdError(
      'vault_locked',
      'This profile was locked before the change was saved. Unlock it and try again.',
    );
  }
}

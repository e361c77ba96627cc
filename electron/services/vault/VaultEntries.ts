import type { JsonValue } from './entryCrypto';
import { sealEntry } from './entryCrypto';
import { isEntryId } from './entryId';
import type { VaultSession } from './VaultSession';
import type { VaultWriter } from './VaultWriter';

/** An entry's clear metadata, readable without decrypting its value. */
export interface VaultEntryMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A decrypted entry. */
export interface VaultEntry extends VaultEntryMeta {
  value: JsonValue;
}

/**
 * The entries of one open vault: reads with the data key in memory, changes through the
 * vault's write queue. Every method needs an unlocked vault (`vault_locked`).
 */
export class VaultEntries {
  constructor(
    private readonly session: VaultSession,
    private readonly writer: VaultWriter,
  ) {}

  /** Metadata of every entry, in stored order. */
  list(): Promise<VaultEntryMeta[]> {
    return this.withKey(() =>
      this.session.body.entries.map(({ id, createdAt, updatedAt }) => ({ id, createdAt, updatedAt })),
    );
  }

  /** Whether an entry with this id exists. */
  has(id: string): Promise<boolean> {
    return this.withKey(() => this.session.body.entries.some((entry) => entry.id === id));
  }

  /** The decrypted value of entry `id`, or `undefined` when there is none. */
  get(id: string): Promise<JsonValue | undefined> {
    return this.withKey((dataKey) => {
      const record = this.session.body.entries.find((entry) => entry.id === id);
      return record === undefined ? undefined : this.session.decrypt(dataKey, record);
    });
  }

  /** Every entry, decrypted, in stored order. */
  entries(): Promise<VaultEntry[]> {
    return this.withKey((dataKey) =>
      this.session.body.entries.map((record) => ({
        id: record.id,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        value: this.session.decrypt(dataKey, record),
      })),
    );
  }

  /** Adds or replaces several entries in one atomic write. */
  async putMany(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    for (const { id } of items) checkEntryId(id);
    if (items.length === 0) return;
    await this.writer.mutate((body, dataKey) => {
      const at = new Date(this.session.now()).toISOString();
      for (const { id, value } of items) {
        const sealed = sealEntry(dataKey, body.vaultId, id, value);
        const index = body.entries.findIndex((entry) => entry.id === id);
        const existing = body.entries[index];
        if (existing === undefined) body.entries.push({ id, createdAt: at, updatedAt: at, ...sealed });
        else body.entries[index] = { id, createdAt: existing.createdAt, updatedAt: at, ...sealed };
      }
    });
  }

  /** Replaces all entries with `items` in one atomic write (restore with "replace"). */
  async replaceAll(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    for (const { id } of items) checkEntryId(id);
    await this.writer.mutate((body, dataKey) => {
      const at = new Date(this.session.now()).toISOString();
      const previous = new Map(body.entries.map((entry) => [entry.id, entry]));
      body.entries = items.map(({ id, value }) => ({
        id,
        createdAt: previous.get(id)?.createdAt ?? at,
        updatedAt: at,
        ...sealEntry(dataKey, body.vaultId, id, value),
      }));
    });
  }

  /** Removes entry `id`; resolves `false` when there was none. */
  async delete(id: string): Promise<boolean> {
    let removed = false;
    await this.writer.mutate((body) => {
      const before = body.entries.length;
      body.entries = body.entries.filter((entry) => entry.id !== id);
      removed = body.entries.length !== before;
      return removed;
    });
    return removed;
  }

  /** Runs a read with the data key; a locked vault or a bad entry rejects (never throws). */
  private withKey<T>(read: (dataKey: Buffer) => T): Promise<T> {
    return new Promise((resolve) => {
      resolve(read(this.session.requireKey()));
    });
  }
}

function checkEntryId(id: string): void {
  if (!isEntryId(id)) {
    throw new TypeError('Vault entry ids are 1-200 characters of A-Z a-z 0-9 _ . : - (use an opaque random id)');
  }
}

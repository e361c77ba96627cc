import { appendFile, readFile, rename, rm, stat } from 'node:fs/promises';
import type { AuditEvent, AuditRecord } from './AuditEvent';
import { checkAuditEvent } from './checkAuditEvent';
import { linesFromEnd } from './linesFromEnd';

/** Options of {@link AuditLog}. */
export interface AuditLogOptions {
  /** The live log file, e.g. `<profile dir>/audit.jsonl`. */
  file: string;
  profileId: string;
  /** Rotate when appending would pass this size (bytes). Default 1 MiB. */
  maxBytes?: number;
  /** Rotated files kept (`audit.jsonl.1` is the newest). Default 3. */
  keep?: number;
  now?: () => Date;
}

/**
 * The append-only JSON-lines audit log of one profile: unlocks, wrong PINs, code copies,
 * exports, imports and enrollment steps. Lines are only ever appended; when the file would
 * pass `maxBytes` it is renamed to `.1` (older ones shift to `.2`…, the oldest dropped).
 */
export class AuditLog {
  private readonly file: string;
  private readonly profileId: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor({ file, profileId, maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: AuditLogOptions) {
    if (maxBytes < 1024) throw new TypeError(`Audit maxBytes must be at least 1024, got ${maxBytes}`);
    if (!Number.isInteger(keep) || keep < 1) throw new TypeError(`Audit keep must be a whole number >= 1, got ${keep}`);
    this.file = file;
    this.profileId = profileId;
    this.maxBytes = maxBytes;
    this.keep = keep;
    this.now = now;
  }

  /** Appends one event (checked by {@link checkAuditEvent}). Appends are serialised. */
  append(event: AuditEvent): Promise<void> {
    checkAuditEvent(event);
    const record: AuditRecord = { at: this.now().toISOString(), profileId: this.profileId, ...event };
    const line = `${JSON.stringify(record)}\n`;
    const next = this.queue.then(async () => {
      await this.rotateIfNeeded(Buffer.byteLength(line));
      await appendFile(this.file, line, { mode: 0o600 });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Every record of the live file, oldest first (for tests; the app reads the recent ones, readRecent). */
  async read(): Promise<AuditRecord[]> {
    await this.queue;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return text.split('\n').flatMap((line) => parseRecord(line) ?? []);
  }

  /**
   * The records of the last `windowMs` of the log, counted back from its newest record,
   * oldest first. The files are read from their end (the live one, then the rotated ones,
   * newest first) and the reading stops at the first older record, so the cost is that of
   * the recent records, not of a log grown to `maxBytes` over months. Counting from the
   * newest record, not from the clock, keeps the answer the same whatever time a caller
   * thinks it is. It waits for this object's pending appends; another `AuditLog` of the
   * same file (the vault's, the CLI's) may rotate it meanwhile, which can at worst repeat
   * a record here. A rotated file that cannot be read ends the answer there (an error in
   * the live file is thrown).
   */
  async readRecent(windowMs: number): Promise<AuditRecord[]> {
    await this.queue;
    const found: AuditRecord[] = [];
    let since: number | undefined;
    const rotated = Array.from({ length: this.keep }, (_, index) => `${this.file}.${index + 1}`);
    for (const file of [this.file, ...rotated]) {
      try {
        for await (const line of linesFromEnd(file)) {
          const record = parseRecord(line);
          if (record === undefined) continue;
          const at = Date.parse(record.at);
          if (Number.isNaN(at)) continue;
          since ??= at - windowMs;
          if (at < since) return found.reverse();
          found.push(record);
        }
      } catch (error) {
        if (file === this.file) throw error;
        break;
      }
    }
    return found.reverse();
  }

  private async rotateIfNeeded(adding: number): Promise<void> {
    let size: number;
    try {
      size = (await stat(this.file)).size;
    } catch {
      return;
    }
    if (size + adding <= this.maxBytes) return;
    await rm(`${this.file}.${this.keep}`, { force: true });
    for (let index = this.keep - 1; index >= 1; index -= 1) {
      await rename(`${this.file}.${index}`, `${this.file}.${index + 1}`).catch(() => undefined);
    }
    await rename(this.file, `${this.file}.1`);
  }
}

/** One line of the log; `undefined` for a line cut short by a crash (or not a record), which is skipped, not fatal. */
function parseRecord(line: string): AuditRecord | undefined {
  if (line === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const isRecord = typeof value === 'object' && value !== null && typeof (value as { at?: unknown }).at === 'string';
  return isRecord ? (value as AuditRecord) : undefined;
}

import { open } from 'node:fs/promises';

/** How much of the file is read at a time, from its end backwards. */
const chunkBytes = 64 * 1024;

/**
 * The lines of `file`, last first, read backwards a chunk at a time: a caller that stops
 * early (a `break` in `for await`) has read only the end of the file, and the file is
 * closed either way. Lines are cut at `\n` bytes, which never occur inside a multi-byte
 * UTF-8 character, so each line decodes whole (a `\r` before one stays on its line, which
 * JSON.parse reads as white space). Empty lines are skipped; a missing file has none.
 */
export async function* linesFromEnd(file: string): AsyncGenerator<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let end = (await handle.stat()).size;
    // The start of the line cut by the previous chunk's start, to join to this chunk's end.
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - chunkBytes);
      const chunk = Buffer.alloc(end - start);
      for (let filled = 0; filled < chunk.length;) {
        const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, start + filled);
        // Cut short since its size was read (nothing in DeskID truncates a log): it ends here.
        if (bytesRead === 0) return;
        filled += bytesRead;
      }
      const text = carry.length === 0 ? chunk : Buffer.concat([chunk, carry]);
      // Each line ends where the one after it starts; the bytes before the first newline wait for the next chunk.
      let stop = text.length;
      let newline = text.lastIndexOf(0x0a, stop - 1);
      while (newline !== -1) {
        if (stop - newline > 1) yield text.toString('utf8', newline + 1, stop);
        stop = newline;
        newline = stop === 0 ? -1 : text.lastIndexOf(0x0a, stop - 1);
      }
      carry = Buffer.from(text.subarray(0, stop));
      end = start;
    }
    if (carry.length > 0) yield carry.toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Whether process `pid` still runs (this process always does). A process we may not
 * signal (EPERM) exists too. Used to tell a stale temp file or lock from a live one.
 */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

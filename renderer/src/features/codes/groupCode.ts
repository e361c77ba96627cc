/**
 * A code in groups, as people read it aloud: `123 456`, `1234 5678`, `123 4567`; a
 * 5-character code (Steam) stays whole.
 */
export function groupCode(code: string): string {
  if (code.length < 6) return code;
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

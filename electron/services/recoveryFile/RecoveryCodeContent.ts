/** What a recovery-code file says. */
export interface RecoveryCodeContent {
  /** The 16 digits as the ID server sent them (spaces or dashes allowed). */
  code: string;
  /** The ID-server username the code belongs to. */
  account: string;
  /** The ID server's address. */
  server: string;
  /** When the server issued the code (`issuedAt` of the API, ISO-8601). */
  issuedAt: string;
}

/** The plain instructions printed with every code. */
export const recoveryInstructions = [
  'This is the recovery code of your ID account. With it you can sign in when you cannot use your other sign-in methods.',
  'Keep it somewhere safe, for example printed and locked away. If you lose it you will need a new account.',
  'Do not share it. Anyone with this code and your password can sign in as you.',
  'DeskID does not keep a copy. If you get a new code, this one stops working.',
] as const;

/** The issue date as `YYYY-MM-DD HH:MM UTC`; a `TypeError` for something that is not a date. */
export function formatIssuedAt(issuedAt: string): string {
  const date = new Date(issuedAt);
  if (Number.isNaN(date.getTime())) throw new TypeError('issuedAt must be an ISO-8601 date');
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

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
  /** The language of the words around the code; English when not given. */
  language?: RecoveryFileLanguage | undefined;
}

/** The languages a recovery-code file is written in (the app's own). */
export type RecoveryFileLanguage = 'en' | 'es';

/** The words of a recovery-code file, in each language the app speaks. */
export const recoveryFileWords = {
  en: {
    title: 'DeskID - ID account recovery code',
    heading: 'ID account recovery code',
    account: 'Account',
    server: 'Server',
    issuedOn: 'Issued on',
    instructions: [
      'This is the recovery code of your ID account. With it you can sign in when you cannot use your other sign-in methods.',
      'Keep it somewhere safe, for example printed and locked away. If you lose it you will need a new account.',
      'Do not share it. Anyone with this code and your password can sign in as you.',
      'DeskID does not keep a copy. If you get a new code, this one stops working.',
    ],
  },
  es: {
    title: 'DeskID - Código de recuperación de la cuenta de identidad',
    heading: 'Código de recuperación de la cuenta de identidad',
    account: 'Cuenta',
    server: 'Servidor',
    issuedOn: 'Emitido el',
    instructions: [
      'Este es el código de recuperación de su cuenta de identidad. Con él puede iniciar sesión cuando no pueda usar sus otros métodos de inicio de sesión.',
      'Guárdelo en un lugar seguro, por ejemplo impreso y bajo llave. Si lo pierde, necesitará una cuenta nueva.',
      'No lo comparta. Cualquiera que tenga este código y su contraseña puede iniciar sesión como usted.',
      'DeskID no guarda ninguna copia. Si obtiene un código nuevo, este deja de funcionar.',
    ],
  },
} as const satisfies Record<RecoveryFileLanguage, unknown>;

/** The plain instructions printed with every code (English). */
export const recoveryInstructions = recoveryFileWords.en.instructions;

/** The issue date as `YYYY-MM-DD HH:MM UTC`; a `TypeError` for something that is not a date. */
export function formatIssuedAt(issuedAt: string): string {
  const date = new Date(issuedAt);
  if (Number.isNaN(date.getTime())) throw new TypeError('issuedAt must be an ISO-8601 date');
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

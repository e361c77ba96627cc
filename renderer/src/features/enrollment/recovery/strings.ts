import type { Translation } from '../../../i18n/Translation';

/** The recovery code (show, save, print, copy, confirm) and the wizard's last page (English). */
export const en = {
  title: 'Save your recovery code',
  intro:
    'If you ever cannot use your sign-in methods, this code is the only way back into your account. Keep it somewhere safe, away from this computer: a printed copy in a locked drawer, or a file on your own storage.',
  lossWarning: 'If you lose this code and your sign-in methods, you will have to ask for a new account.',
  usedUp: 'You signed in with your recovery code, so it no longer works. Save this new one instead.',
  loading: 'Getting your recovery code…',
  codeLabel: 'Your recovery code: {{digits}}',
  issuedOn: 'Issued on {{date}}',
  save: 'Save to a file',
  print: 'Print',
  copy: 'Copy',
  copied: 'Copied. Paste it somewhere safe now: DeskID takes it off the clipboard in {{seconds}} seconds.',
  copyFailed: 'DeskID could not copy the code. Select it and copy it yourself, or save it to a file.',
  savedAs: 'Saved as {{fileName}}.',
  downloaded: 'The file {{fileName}} is in your downloads.',
  printTitle: 'DeskID: ID account recovery code',
  printAccount: 'Account',
  printServer: 'Server',
  printDate: 'Issued on',
  printInstructions: {
    keep: 'Keep this code somewhere safe and private. Anyone with it and your password can get into your account.',
    use: 'Use it to sign in when you cannot use your passkey, authenticator or phone. It works once; then get a new one on the "My sign-in methods" page.',
    lost: 'If you lose it and your sign-in methods, you will need a new account.',
  },
  confirm: {
    title: 'Check that you kept it',
    intro: 'Look at the code you saved or printed, not at this screen, and type its last 4 digits.',
    label: 'Last 4 digits of your recovery code',
    hint: 'The four digits of the last group, for example 3456.',
    submit: 'Confirm the code',
    notFourDigits: 'Type the 4 digits of the last group, numbers only.',
    typo: 'Those 4 digits do not fit this code. Check them against your saved copy: a digit may be mistyped or swapped.',
    attemptsLeft_one: '{{count}} try left before confirming is locked for 15 minutes.',
    attemptsLeft_other: '{{count}} tries left before confirming is locked for 15 minutes.',
    lockedNow:
      'That was the last try: confirming is locked for 15 minutes. Your code is still valid; come back and confirm it then.',
  },
  done: {
    title: 'You are all set',
    intro: 'Your account is ready for the new sign-in rules.',
    methodsTitle: 'Your sign-in methods',
    recoveryConfirmed: 'Your recovery code is saved and confirmed.',
    recoveryMissing: 'Your recovery code is not confirmed yet.',
    compliant: 'Your account meets the ID server’s rules: you can keep signing in.',
    notCompliant: 'Your account does not meet the ID server’s rules yet. Still needed:',
    missing: {
      mfa_method: 'a sign-in method (passkey, authenticator or phone)',
      recovery_code: 'a saved and confirmed recovery code',
    },
    manage: 'See or change my sign-in methods',
    methodLine: '{{type}}: {{name}}',
  },
  methodTypes: {
    passkey: 'Passkey',
    totp: 'Authenticator app',
    phone: 'Phone',
  },
  /** The names the ID server gives a method nobody named, in the person's language. */
  methodLabels: {
    phone: 'Phone ending {{digits}}',
    totp: 'Authenticator app',
    passkey: 'Passkey',
  },
};

/** The recovery code and the wizard's last page (Spanish). */
export const es: Translation<typeof en> = {
  title: 'Guarde su código de recuperación',
  intro:
    'Si algún día no puede usar sus métodos de inicio de sesión, este código es la única forma de volver a su cuenta. Guárdelo en un lugar seguro, lejos de este equipo: una copia impresa en un cajón con llave o un archivo en su propio almacenamiento.',
  lossWarning: 'Si pierde este código y sus métodos de inicio de sesión, tendrá que pedir una cuenta nueva.',
  usedUp: 'Inició sesión con su código de recuperación, así que ya no funciona. Guarde este nuevo en su lugar.',
  loading: 'Obteniendo su código de recuperación…',
  codeLabel: 'Su código de recuperación: {{digits}}',
  issuedOn: 'Emitido el {{date}}',
  save: 'Guardar en un archivo',
  print: 'Imprimir',
  copy: 'Copiar',
  copied: 'Copiado. Péguelo ahora en un lugar seguro: DeskID lo quita del portapapeles en {{seconds}} segundos.',
  copyFailed: 'DeskID no pudo copiar el código. Selecciónelo y cópielo usted, o guárdelo en un archivo.',
  savedAs: 'Guardado como {{fileName}}.',
  downloaded: 'El archivo {{fileName}} está en sus descargas.',
  printTitle: 'DeskID: código de recuperación de la cuenta ID',
  printAccount: 'Cuenta',
  printServer: 'Servidor',
  printDate: 'Emitido el',
  printInstructions: {
    keep: 'Guarde este código en un lugar seguro y privado. Quien lo tenga junto con su contraseña puede entrar en su cuenta.',
    use: 'Úselo para iniciar sesión cuando no pueda usar su llave de acceso, su autenticador o su teléfono. Sirve una sola vez; después pida uno nuevo en la página «Mis métodos de inicio de sesión».',
    lost: 'Si lo pierde junto con sus métodos de inicio de sesión, necesitará una cuenta nueva.',
  },
  confirm: {
    title: 'Compruebe que lo guardó',
    intro: 'Mire el código que guardó o imprimió, no esta pantalla, y escriba sus 4 últimos dígitos.',
    label: 'Los 4 últimos dígitos de su código de recuperación',
    hint: 'Los cuatro dígitos del último grupo, por ejemplo 3456.',
    submit: 'Confirmar el código',
    notFourDigits: 'Escriba los 4 dígitos del último grupo, solo números.',
    typo: 'Esos 4 dígitos no encajan con este código. Compárelos con su copia guardada: puede que haya un dígito mal escrito o cambiado de lugar.',
    attemptsLeft_one: 'Le queda {{count}} intento antes de que la confirmación se bloquee durante 15 minutos.',
    attemptsLeft_other: 'Le quedan {{count}} intentos antes de que la confirmación se bloquee durante 15 minutos.',
    lockedNow:
      'Era el último intento: la confirmación queda bloqueada durante 15 minutos. Su código sigue siendo válido; vuelva a confirmarlo entonces.',
  },
  done: {
    title: 'Todo listo',
    intro: 'Su cuenta está preparada para las nuevas reglas de inicio de sesión.',
    methodsTitle: 'Sus métodos de inicio de sesión',
    recoveryConfirmed: 'Su código de recuperación está guardado y confirmado.',
    recoveryMissing: 'Su código de recuperación aún no está confirmado.',
    compliant: 'Su cuenta cumple las reglas del servidor de identidad: puede seguir iniciando sesión.',
    notCompliant: 'Su cuenta aún no cumple las reglas del servidor de identidad. Falta:',
    missing: {
      mfa_method: 'un método de inicio de sesión (llave de acceso, autenticador o teléfono)',
      recovery_code: 'un código de recuperación guardado y confirmado',
    },
    manage: 'Ver o cambiar mis métodos de inicio de sesión',
    methodLine: '{{type}}: {{name}}',
  },
  methodTypes: {
    passkey: 'Llave de acceso',
    totp: 'Aplicación de autenticación',
    phone: 'Teléfono',
  },
  methodLabels: {
    phone: 'Teléfono terminado en {{digits}}',
    totp: 'Aplicación de autenticación',
    passkey: 'Llave de acceso',
  },
};

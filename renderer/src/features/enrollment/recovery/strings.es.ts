import type { Translation } from '../../../i18n/Translation';
import type { en } from './strings';

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

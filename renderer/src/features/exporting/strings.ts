import type { Translation } from '../../i18n/Translation';

/** The encrypted backup of a person's accounts, and restoring one. */
export const en = {
  title: 'Back up and restore your accounts',
  toCodes: 'Back to my codes',
  backupTitle: 'Make an encrypted backup',
  backupIntro:
    'The backup holds every account in your profile, encrypted with a passphrase you choose now. Without the passphrase nobody, not even DeskID, can open it.',
  disabled: 'Backups are switched off on this computer. Ask your IT team if you need one.',
  passphrase: 'Passphrase',
  passphraseHint:
    'At least {{minimum}} characters. Several unusual words are easier to remember and harder to guess than a short password.',
  tooShort: 'The passphrase is too short: it needs at least {{minimum}} characters.',
  confirm: 'Type the passphrase again',
  mismatch: 'The two passphrases are not the same.',
  backUp: 'Make the backup',
  saved: 'Backup saved as “{{fileName}}”. Keep it and its passphrase in separate places.',
  downloaded: 'Your browser is saving the backup as “{{fileName}}”. Keep it and its passphrase in separate places.',
  saveCancelled: 'The backup was not saved: you closed the save window.',
  strength: {
    label: 'Passphrase strength',
    checking: 'Checking…',
    score0: 'Very weak',
    score1: 'Weak',
    score2: 'Fair',
    score3: 'Strong',
    score4: 'Very strong',
    tooWeak: 'Choose a stronger passphrase: it must be at least “{{minimum}}”.',
  },
  restoreTitle: 'Restore a backup',
  restoreIntro: 'Choose a DeskID backup file and type the passphrase it was made with.',
  file: 'Backup file',
  restorePassphrase: 'The backup’s passphrase',
  mode: 'What to do with the accounts already in your profile',
  merge: 'Keep them and add the backup’s accounts (accounts already here are not doubled)',
  replace: 'Replace them: remove every account here, then add the backup’s',
  restore: 'Restore',
  replaceConfirm:
    'Replacing removes every account now in your profile, and their codes will stop showing here. Are you sure?',
  replaceYes: 'Yes, replace my accounts',
  restored: 'Restored: {{added}} added, {{replaced}} replaced, {{duplicates}} already in your list.',
  errors: {
    export_disabled: 'Backups are switched off on this computer. Ask your IT team if you need one.',
    weak_password: 'That passphrase is too short. Choose a longer one.',
    wrong_password: 'That passphrase does not open this backup. Check it and try again.',
    unsupported_format: 'This is not a DeskID backup file.',
    file_error: 'The backup file could not be written or read: {{detail}}',
    vault_locked: 'Your profile is locked. Open it again from the list of people, then try again.',
  },
};

export const es: Translation<typeof en> = {
  title: 'Copia de seguridad y restauración de sus cuentas',
  toCodes: 'Volver a mis códigos',
  backupTitle: 'Hacer una copia de seguridad cifrada',
  backupIntro:
    'La copia contiene todas las cuentas de su perfil, cifradas con una frase de contraseña que elige ahora. Sin ella nadie, ni siquiera DeskID, puede abrirla.',
  disabled:
    'Las copias de seguridad están desactivadas en este equipo. Pida una a su equipo de informática si la necesita.',
  passphrase: 'Frase de contraseña',
  passphraseHint:
    'Al menos {{minimum}} caracteres. Varias palabras poco habituales son más fáciles de recordar y más difíciles de adivinar que una contraseña corta.',
  tooShort: 'La frase de contraseña es demasiado corta: necesita al menos {{minimum}} caracteres.',
  confirm: 'Escriba la frase de contraseña otra vez',
  mismatch: 'Las dos frases de contraseña no son iguales.',
  backUp: 'Hacer la copia',
  saved: 'Copia guardada como «{{fileName}}». Guarde la copia y su frase de contraseña en sitios distintos.',
  downloaded:
    'Su navegador está guardando la copia como «{{fileName}}». Guarde la copia y su frase de contraseña en sitios distintos.',
  saveCancelled: 'La copia no se guardó: cerró la ventana de guardar.',
  strength: {
    label: 'Solidez de la frase de contraseña',
    checking: 'Comprobando…',
    score0: 'Muy débil',
    score1: 'Débil',
    score2: 'Aceptable',
    score3: 'Fuerte',
    score4: 'Muy fuerte',
    tooWeak: 'Elija una frase más sólida: debe ser al menos «{{minimum}}».',
  },
  restoreTitle: 'Restaurar una copia',
  restoreIntro: 'Elija un archivo de copia de DeskID y escriba la frase de contraseña con la que se hizo.',
  file: 'Archivo de copia',
  restorePassphrase: 'La frase de contraseña de la copia',
  mode: 'Qué hacer con las cuentas que ya hay en su perfil',
  merge: 'Conservarlas y añadir las de la copia (las que ya están no se duplican)',
  replace: 'Sustituirlas: quitar todas las cuentas de aquí y añadir las de la copia',
  restore: 'Restaurar',
  replaceConfirm:
    'Sustituir quita todas las cuentas que hay ahora en su perfil, y sus códigos dejarán de mostrarse aquí. ¿Está seguro?',
  replaceYes: 'Sí, sustituir mis cuentas',
  restored: 'Restaurada: {{added}} añadidas, {{replaced}} sustituidas, {{duplicates}} ya en su lista.',
  errors: {
    export_disabled:
      'Las copias de seguridad están desactivadas en este equipo. Pida una a su equipo de informática si la necesita.',
    weak_password: 'Esa frase de contraseña es demasiado corta. Elija una más larga.',
    wrong_password: 'Esa frase de contraseña no abre esta copia. Revísela e inténtelo de nuevo.',
    unsupported_format: 'Este no es un archivo de copia de DeskID.',
    file_error:
      'No se pudo escribir o leer el archivo de copia. Elija otra carpeta (por ejemplo, Documentos) o compruebe que el archivo no esté abierto en otro programa.',
    vault_locked: 'Su perfil está bloqueado. Ábralo de nuevo desde la lista de personas y vuelva a intentarlo.',
  },
};

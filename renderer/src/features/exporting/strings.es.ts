import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
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

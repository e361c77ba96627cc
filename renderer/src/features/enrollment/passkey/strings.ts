import type { Translation } from '../../../i18n/Translation';

/** Setting up a passkey on this computer (English). */
export const en = {
  title: 'A passkey on this computer',
  beforePrompt: 'Your computer will ask you to confirm with your face, fingerprint or PIN (Windows Hello or Touch ID).',
  nothingToCarry: 'There is nothing to carry and nothing to type: the passkey stays on this computer.',
  nameLabel: 'Name for this passkey',
  nameHint: 'So you can tell your sign-in methods apart later.',
  nameMissing: 'Give the passkey a name, for example “Front desk computer”.',
  defaultName: {
    win32: 'Windows Hello on this computer',
    darwin: 'Touch ID on this Mac',
    linux: 'This computer',
    other: 'This computer',
  },
  create: 'Create my passkey',
  waiting: 'Waiting for your computer… Follow its prompt.',
  created: 'Your passkey “{{name}}” is set up.',
  continue: 'Continue',
  chooseAnother: 'Choose another method',
  problems: {
    cancelled: 'The prompt was closed before the passkey was made. Nothing was changed. You can try again.',
    timeout: 'The prompt waited too long and closed. Nothing was changed. You can try again.',
    no_platform_authenticator:
      'This computer has no Windows Hello, Touch ID or similar, so it cannot hold a passkey. Choose another method: a phone, or DeskID as your authenticator on this computer.',
    already_registered:
      'This computer already holds a passkey for your account, so you can already sign in with it. To add a different way to sign in, choose another method.',
    failed: 'The passkey could not be made. You can try again, or choose another method.',
  },
};

/** Setting up a passkey on this computer (Spanish). */
export const es: Translation<typeof en> = {
  title: 'Una llave de acceso en este equipo',
  beforePrompt: 'Su equipo le pedirá que confirme con su cara, su huella o su PIN (Windows Hello o Touch ID).',
  nothingToCarry: 'No hay nada que llevar ni que escribir: la llave de acceso se queda en este equipo.',
  nameLabel: 'Nombre de esta llave de acceso',
  nameHint: 'Para distinguir después sus métodos de inicio de sesión.',
  nameMissing: 'Dé un nombre a la llave de acceso, por ejemplo «Equipo de recepción».',
  defaultName: {
    win32: 'Windows Hello en este equipo',
    darwin: 'Touch ID en este Mac',
    linux: 'Este equipo',
    other: 'Este equipo',
  },
  create: 'Crear mi llave de acceso',
  waiting: 'Esperando a su equipo… Siga sus indicaciones.',
  created: 'Su llave de acceso «{{name}}» está configurada.',
  continue: 'Continuar',
  chooseAnother: 'Elegir otro método',
  problems: {
    cancelled: 'Se cerró la ventana antes de crear la llave de acceso. No se cambió nada. Puede intentarlo de nuevo.',
    timeout: 'La ventana esperó demasiado y se cerró. No se cambió nada. Puede intentarlo de nuevo.',
    no_platform_authenticator:
      'Este equipo no tiene Windows Hello, Touch ID ni nada parecido, así que no puede guardar una llave de acceso. Elija otro método: un teléfono, o DeskID como autenticador en este equipo.',
    already_registered:
      'Este equipo ya guarda una llave de acceso de su cuenta, así que ya puede iniciar sesión con ella. Para añadir otra forma de iniciar sesión, elija otro método.',
    failed: 'No se pudo crear la llave de acceso. Puede intentarlo de nuevo o elegir otro método.',
  },
};

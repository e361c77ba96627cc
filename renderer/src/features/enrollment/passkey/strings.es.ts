import type { Translation } from '../../../i18n/Translation';
import type { en } from './strings';

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

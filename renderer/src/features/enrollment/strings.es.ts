import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  stepOf: 'Paso {{step}} de {{of}}',
  steps: {
    signIn: 'Iniciar sesión',
    choose: 'Elegir un método',
    setUp: 'Configurarlo',
    recovery: 'Guardar su código de recuperación',
  },
  cancel: 'Cancelar la configuración',
  cancelled:
    'Se canceló la configuración y se cerró su sesión. No se pierde nada de lo que terminó: inicie sesión de nuevo para continuar.',
  signedOut: {
    idle: 'DeskID cerró su sesión porque nadie lo usó durante un tiempo (el tiempo de bloqueo automático de Configuración), para que nadie más en este equipo pueda cambiar su inicio de sesión. No se pierde nada de lo que terminó: inicie sesión de nuevo para continuar.',
    locked:
      'DeskID cerró su sesión porque este equipo se bloqueó o entró en suspensión. No se pierde nada de lo que terminó: inicie sesión de nuevo para continuar.',
  },
  loadFailed: 'DeskID no pudo leer su cuenta en el servidor de identidad.',
  signInAgain: {
    why: 'Inició sesión hace más de 10 minutos, así que el servidor de identidad le pide que inicie sesión de nuevo antes de continuar. No se pierde nada de lo que terminó.',
    action: 'Iniciar sesión de nuevo',
    stepUpWhy:
      'Han pasado más de 10 minutos desde la última vez que confirmó que es usted. Confírmelo de nuevo para añadir este método.',
    stepUpAction: 'Confirmar que es usted',
  },
};

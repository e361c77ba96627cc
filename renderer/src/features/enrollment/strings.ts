import type { Translation } from '../../i18n/Translation';

/** The wizard's frame: steps, Back and Cancel. */
export const en = {
  stepOf: 'Step {{step}} of {{of}}',
  steps: {
    signIn: 'Sign in',
    choose: 'Choose a method',
    setUp: 'Set it up',
    recovery: 'Save your recovery code',
  },
  cancel: 'Cancel set-up',
  cancelled: 'Set-up was cancelled and you are signed out. Nothing you finished is lost: sign in again to go on.',
  signedOut: {
    idle: 'DeskID signed you out because nobody used it for a while (the auto-lock time in Settings), so that no one else at this computer can change your sign-in. Nothing you finished is lost: sign in again to go on.',
    locked:
      'DeskID signed you out because this computer was locked or went to sleep. Nothing you finished is lost: sign in again to go on.',
  },
  loadFailed: 'DeskID could not read your account from the ID server.',
  signInAgain: {
    why: 'Your sign-in is more than 10 minutes old, so the ID server wants you to sign in again before you go on. Nothing you finished is lost.',
    action: 'Sign in again',
    stepUpWhy:
      'More than 10 minutes have passed since you last confirmed it is you. Confirm it again to add this method.',
    stepUpAction: 'Confirm it’s you',
  },
};

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

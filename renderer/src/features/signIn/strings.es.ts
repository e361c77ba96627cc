import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  title: 'Inicie sesión en su cuenta de identidad',
  intro:
    'Su cuenta de identidad necesita una llave de acceso, una aplicación autenticadora o un teléfono; el correo electrónico ya no cuenta. DeskID le ayuda a configurar uno en pocos minutos.',
  enforceFrom: 'Obligatorio desde el {{date}}.',
  server: 'Servidor de identidad: {{url}}',
  serverEmbedded: 'Servidor de identidad: el servidor de demostración incluido en esta aplicación ({{url}})',
  username: 'Usuario',
  password: 'Contraseña',
  submit: 'Iniciar sesión',
  waits: {
    account_locked:
      'Demasiadas contraseñas incorrectas: su cuenta está bloqueada por ahora. Podrá intentarlo de nuevo en <timer>{{wait}}</timer>.',
    rate_limited: 'Demasiados intentos desde este equipo. Podrá intentarlo de nuevo en <timer>{{wait}}</timer>.',
    factor_locked:
      'Demasiados códigos incorrectos: este método está bloqueado por ahora. Podrá usarlo de nuevo en <timer>{{wait}}</timer>, o elija otra forma más abajo.',
    too_many_codes: 'Se enviaron demasiados códigos a este teléfono. Podrá pedir otro en <timer>{{wait}}</timer>.',
    pin_throttled: 'Demasiados PIN incorrectos. Podrá intentarlo de nuevo en <timer>{{wait}}</timer>.',
    code_already_used:
      'El código de este momento ya se usó. Llegará uno nuevo en <timer>{{wait}}</timer>: inténtelo entonces.',
    over: 'La espera terminó: ya puede intentarlo de nuevo.',
  },
  codeProblem: {
    empty: 'Escriba el código de {{digits}} dígitos.',
    not_digits: 'El código solo lleva dígitos (del 0 al 9): revise si hay una letra u otro signo.',
    wrong_length: 'El código tiene {{digits}} dígitos; usted escribió {{typed}}.',
    typo: 'Uno de estos dígitos está mal escrito, así que no es un código de recuperación. Compárelo con su archivo guardado o la copia impresa.',
  },
  mfa: {
    title: 'Confirme que es usted',
    intro: 'Su contraseña es correcta. Ahora elija uno de sus métodos de inicio de sesión.',
    choices: 'Formas de confirmar',
    here: 'Usar el código de DeskID en este equipo',
    hereHint: 'DeskID genera el código por usted: no hay nada que escribir.',
    hereLockedHint: 'Abra su perfil de DeskID «{{name}}» con su PIN; DeskID genera entonces el código.',
    openProfileTitle: 'Abra su perfil de DeskID',
    openProfileHint: 'El PIN que eligió para DeskID en este equipo (no su contraseña de identidad).',
    pinOf: 'PIN de «{{name}}»',
    openAndSignIn: 'Abrir e iniciar sesión',
    passkey: 'Usar su llave de acceso',
    passkeyHint: 'Windows Hello, Touch ID o el PIN de su equipo.',
    totp: 'Escribir un código de su aplicación autenticadora',
    phone: 'Recibir un código en su teléfono {{masked}}',
    recovery: 'Usar su código de recuperación',
    recoveryHint: 'Los 16 dígitos que guardó al configurar su cuenta. Sirve una sola vez.',
    another: 'Elegir otra forma',
    totpTitle: 'Código de su aplicación autenticadora',
    totpLabel: 'El código de 6 dígitos que muestra ahora su aplicación',
    codeLabel: 'El código de 6 dígitos',
    recoveryTitle: 'Su código de recuperación',
    recoveryLabel: 'Código de recuperación (16 dígitos)',
    recoveryCodeHint: 'Los espacios y guiones no importan.',
    confirm: 'Confirmar',
    phoneTitle: 'Un código en su teléfono {{masked}}',
    phoneHow: '¿Cómo le enviamos el código?',
    sendSms: 'Enviarme un código por SMS',
    sendVoice: 'Llamarme con un código',
    sentSms: 'Enviamos un SMS con un código de 6 dígitos al {{masked}}.',
    sentVoice: 'Estamos llamando al {{masked}}. Una voz le leerá un código de 6 dígitos.',
    resendSms: 'Enviarme un código nuevo por SMS',
    resendVoice: 'Llamarme con un código nuevo',
    resendIn: 'Podrá pedir un código nuevo en <timer>{{wait}}</timer>.',
    hereWorking: 'DeskID está confirmando con el código de este equipo…',
    passkeyTitle: 'Su llave de acceso',
    passkeyIntro:
      'Su equipo le pedirá que confirme con Windows Hello, Touch ID o su PIN. Siga lo que le pida y luego vuelva aquí.',
    passkeyStart: 'Usar mi llave de acceso',
    passkeyProblems: {
      cancelled: 'Se cerró la ventana de la llave de acceso. Inténtelo de nuevo o elija otra forma.',
      timeout: 'Se agotó el tiempo de la llave de acceso. Inténtelo de nuevo o elija otra forma.',
      no_platform_authenticator:
        'Este equipo no puede usar una llave de acceso (no tiene Windows Hello ni Touch ID). Elija otra forma.',
      already_registered: 'Esta llave de acceso ya está configurada. Inténtelo de nuevo o elija otra forma.',
      failed: 'La llave de acceso no funcionó. Inténtelo de nuevo o elija otra forma.',
    },
  },
};

import type { Translation } from '../../i18n/Translation';

/** Signing in: the password step, the "confirm it's you" step and the waits. */
export const en = {
  title: 'Sign in to your ID account',
  intro:
    'From {{date}} your ID account needs a passkey, an authenticator app or a phone; email no longer counts. DeskID helps you set one up in a few minutes.',
  introLoading: 'Your ID account needs a passkey, an authenticator app or a phone; email no longer counts.',
  server: 'ID server: {{url}}',
  serverEmbedded: 'ID server: the demo server built into this app ({{url}})',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  waits: {
    account_locked:
      'Too many wrong passwords, so your account is locked for now. You can try again in <timer>{{wait}}</timer>.',
    rate_limited: 'Too many attempts from this computer. You can try again in <timer>{{wait}}</timer>.',
    factor_locked:
      'Too many wrong codes, so this method is locked for now. You can try it again in <timer>{{wait}}</timer>, or choose another way below.',
    too_many_codes: 'Too many codes were sent to this phone. You can ask for another in <timer>{{wait}}</timer>.',
    pin_throttled: 'Too many wrong PINs. You can try again in <timer>{{wait}}</timer>.',
    code_already_used:
      'The code for this moment was already used. A new one comes in <timer>{{wait}}</timer>: try again then.',
    over: 'The wait is over: you can try again now.',
  },
  mfa: {
    title: 'Confirm it’s you',
    intro: 'Your password was right. Now choose one of your sign-in methods.',
    choices: 'Ways to confirm',
    here: 'Use the code from DeskID on this computer',
    hereHint: 'DeskID makes the code for you: nothing to type.',
    passkey: 'Use your passkey',
    passkeyHint: 'Windows Hello, Touch ID or your computer’s PIN.',
    totp: 'Enter a code from your authenticator app',
    phone: 'Get a code on your phone {{masked}}',
    recovery: 'Use your recovery code',
    recoveryHint: 'The 16 digits you saved when you set up your account. It works once.',
    another: 'Choose another way',
    totpTitle: 'Code from your authenticator app',
    totpLabel: 'The 6-digit code your app shows now',
    codeLabel: 'The 6-digit code',
    recoveryTitle: 'Your recovery code',
    recoveryLabel: 'Recovery code (16 digits)',
    recoveryCodeHint: 'Spaces and dashes do not matter.',
    confirm: 'Confirm',
    phoneTitle: 'A code on your phone {{masked}}',
    phoneHow: 'How should we send the code?',
    sendSms: 'Text me a code',
    sendVoice: 'Call me with a code',
    sentSms: 'We sent a text message with a 6-digit code to {{masked}}.',
    sentVoice: 'We are calling {{masked}}. A voice will read out a 6-digit code.',
    resendSms: 'Text me a new code',
    resendVoice: 'Call me with a new code',
    resendIn: 'You can ask for a new code in <timer>{{wait}}</timer>.',
    hereWorking: 'DeskID is confirming with the code from this computer…',
    passkeyTitle: 'Your passkey',
    passkeyIntro:
      'Your computer will ask you to confirm with Windows Hello, Touch ID or its PIN. Follow what it asks, then come back here.',
    passkeyStart: 'Use my passkey',
    passkeyProblems: {
      cancelled: 'The passkey prompt was closed. Try again, or choose another way.',
      timeout: 'The passkey prompt timed out. Try again, or choose another way.',
      no_platform_authenticator:
        'This computer cannot use a passkey (no Windows Hello or Touch ID here). Choose another way.',
      already_registered: 'This passkey is already set up. Try again, or choose another way.',
      failed: 'The passkey did not work. Try again, or choose another way.',
    },
  },
};

export const es: Translation<typeof en> = {
  title: 'Inicie sesión en su cuenta de identidad',
  intro:
    'Desde el {{date}} su cuenta de identidad necesita una llave de acceso, una aplicación autenticadora o un teléfono; el correo electrónico ya no cuenta. DeskID le ayuda a configurar uno en pocos minutos.',
  introLoading:
    'Su cuenta de identidad necesita una llave de acceso, una aplicación autenticadora o un teléfono; el correo electrónico ya no cuenta.',
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
  mfa: {
    title: 'Confirme que es usted',
    intro: 'Su contraseña es correcta. Ahora elija uno de sus métodos de inicio de sesión.',
    choices: 'Formas de confirmar',
    here: 'Usar el código de DeskID en este equipo',
    hereHint: 'DeskID genera el código por usted: no hay nada que escribir.',
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

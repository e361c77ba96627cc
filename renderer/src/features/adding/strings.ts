import type { Translation } from '../../i18n/Translation';

/** Adding one account: from an otpauth:// link, a QR picture, the screen, or typed by hand. */
export const en = {
  title: 'Add an account',
  intro: 'Choose how the website or app gave you its authenticator set-up.',
  ways: 'Ways to add an account',
  toCodes: 'Back to my codes',
  uri: {
    title: 'Paste a set-up link',
    field: 'Set-up link (otpauth://)',
    hint: 'It starts with otpauth:// — some sites show it under “Can’t scan the code?”.',
    submit: 'Add from the link',
    problems: {
      empty: 'Paste the link first.',
      notOtpauth: 'This is not a set-up link: it must start with otpauth://.',
      noType: 'The link does not say its type: after otpauth:// comes totp/ or hotp/.',
      unknownType: 'The link’s type “{{type}}” is unknown: expected totp or hotp.',
      repeated: 'The link gives its {{name}} twice.',
      noSecret: 'The link has no secret (its secret= part is missing or empty).',
      badLabel: 'The account name in the link is damaged (a broken % code).',
      algorithm: 'The link’s algorithm “{{algorithm}}” is not supported: expected SHA1, SHA256 or SHA512.',
      digits: 'The link’s digits must be a whole number from {{min}} to {{max}}.',
      period: 'The link’s period must be a whole number of seconds from {{min}} to {{max}}.',
      counter: 'A counter-based (HOTP) link needs a counter: a whole number, 0 or more.',
      tooLong: 'The link is too long ({{length}} characters).',
    },
  },
  image: {
    title: 'Use a picture of the QR code',
    intro: 'Choose a picture (PNG, JPEG or WebP) of the QR code, or drag it here.',
    field: 'Picture of the QR code',
    drop: 'Drop the picture here',
    dropActive: 'Release to read the picture',
    reading: 'Reading the picture…',
  },
  screen: {
    title: 'Scan the screen',
    intro:
      'Show the QR code on this screen (in the website’s page), then press the button. If you are asked which window or screen to share, pick the one with the QR code. DeskID takes one picture of the screen and stops at once.',
    start: 'Scan the screen for a QR code',
    scanning: 'Looking at the screen…',
    cancelled:
      'Nothing was shared, so nothing was scanned. Press the button again and pick the window with the QR code.',
    unavailable: 'This window cannot share the screen. Save a picture of the QR code and choose it above instead.',
    failed: 'The screen could not be captured. Save a picture of the QR code and choose it above instead.',
    no_qr_code:
      'No QR code was found on any screen. Show the whole code on the screen, large and sharp, and press the button again.',
  },
  manual: {
    title: 'Type the set-up key',
    intro: 'Use this when the site shows a key made of letters and digits. Only the key is secret.',
    issuer: 'Issuer',
    issuerHint: 'Who the account is with, for example “GitHub”.',
    label: 'Account name',
    labelHint: 'Your user name or email there.',
    secret: 'Set-up key',
    secretHint: 'Letters A–Z and digits 2–7; spaces are fine.',
    type: 'Kind of code',
    totp: 'Changes every few seconds (time-based, TOTP)',
    hotp: 'Changes each time you ask (counter-based, HOTP)',
    advanced: 'Code settings (leave them unless the site says otherwise)',
    algorithm: 'Algorithm',
    digits: 'Digits',
    period: 'Seconds each code lasts',
    counter: 'Counter',
    counterHint: 'Usually 0 for a new account.',
    submit: 'Add the account',
    problems: {
      required: 'Fill this in.',
      tooLong: 'Use at most {{max}} characters.',
      secretNotBase32:
        'The key may only hold letters A–Z, digits 2–7, spaces and dashes. Check for 0, 1, 8 or 9, which keys never contain.',
      secretTooShort:
        'The key is too short: it has {{length}} characters and needs at least {{min}} (not counting spaces). Check that you copied all of it.',
      secretTooLong:
        'The key is too long: it has {{length}} characters and can have at most {{max}} (not counting spaces). Check that you copied only the key.',
      wholeNumber: 'Type a whole number.',
      digits: 'Codes have {{min}} to {{max}} digits.',
      period: 'Type a number of seconds from {{min}} to {{max}}.',
      counter: 'Type a whole number, 0 or more.',
    },
  },
  result: {
    added_one: 'Added: {{names}}.',
    added_other: 'Added {{count}} accounts: {{names}}.',
    duplicates_one: 'Already in your list, not added again: {{names}}.',
    duplicates_other: 'Already in your list, not added again ({{count}}): {{names}}.',
    addAnother: 'Add another account',
  },
  errors: {
    invalid_otpauth_uri: 'This set-up link is not valid: {{detail}}',
    invalid_secret: 'The set-up key is not valid: {{detail}}',
    invalid_account: 'The account is not valid: {{detail}}',
    duplicate_account: 'This account is already in your list.',
  },
};

export const es: Translation<typeof en> = {
  title: 'Añadir una cuenta',
  intro: 'Elija cómo le dio el sitio web o la aplicación su configuración de autenticación.',
  ways: 'Formas de añadir una cuenta',
  toCodes: 'Volver a mis códigos',
  uri: {
    title: 'Pegar un enlace de configuración',
    field: 'Enlace de configuración (otpauth://)',
    hint: 'Empieza por otpauth://; algunos sitios lo muestran en «¿No puede escanear el código?».',
    submit: 'Añadir desde el enlace',
    problems: {
      empty: 'Pegue primero el enlace.',
      notOtpauth: 'No es un enlace de configuración: debe empezar por otpauth://.',
      noType: 'El enlace no indica su tipo: tras otpauth:// va totp/ o hotp/.',
      unknownType: 'El tipo «{{type}}» del enlace es desconocido: se esperaba totp o hotp.',
      repeated: 'El enlace da su {{name}} dos veces.',
      noSecret: 'El enlace no tiene secreto (falta su parte secret= o está vacía).',
      badLabel: 'El nombre de cuenta del enlace está dañado (un código % roto).',
      algorithm: 'El algoritmo «{{algorithm}}» del enlace no es compatible: se esperaba SHA1, SHA256 o SHA512.',
      digits: 'Los dígitos del enlace deben ser un número entero de {{min}} a {{max}}.',
      period: 'El periodo del enlace debe ser un número entero de segundos de {{min}} a {{max}}.',
      counter: 'Un enlace por contador (HOTP) necesita un contador: un número entero, 0 o más.',
      tooLong: 'El enlace es demasiado largo ({{length}} caracteres).',
    },
  },
  image: {
    title: 'Usar una imagen del código QR',
    intro: 'Elija una imagen (PNG, JPEG o WebP) del código QR, o arrástrela aquí.',
    field: 'Imagen del código QR',
    drop: 'Suelte la imagen aquí',
    dropActive: 'Suelte para leer la imagen',
    reading: 'Leyendo la imagen…',
  },
  screen: {
    title: 'Escanear la pantalla',
    intro:
      'Muestre el código QR en esta pantalla (en la página del sitio web) y pulse el botón. Si se le pregunta qué ventana o pantalla compartir, elija la que tiene el código QR. DeskID toma una sola imagen de la pantalla y se detiene enseguida.',
    start: 'Buscar un código QR en la pantalla',
    scanning: 'Mirando la pantalla…',
    cancelled:
      'No se compartió nada, así que no se escaneó nada. Pulse el botón otra vez y elija la ventana con el código QR.',
    unavailable: 'Esta ventana no puede compartir la pantalla. Guarde una imagen del código QR y elíjala arriba.',
    failed: 'No se pudo capturar la pantalla. Guarde una imagen del código QR y elíjala arriba.',
    no_qr_code:
      'No se encontró ningún código QR en ninguna pantalla. Muestre el código entero en la pantalla, grande y nítido, y pulse el botón otra vez.',
  },
  manual: {
    title: 'Escribir la clave de configuración',
    intro: 'Úselo cuando el sitio muestra una clave de letras y dígitos. Solo la clave es secreta.',
    issuer: 'Emisor',
    issuerHint: 'Con quién es la cuenta, por ejemplo «GitHub».',
    label: 'Nombre de la cuenta',
    labelHint: 'Su nombre de usuario o correo allí.',
    secret: 'Clave de configuración',
    secretHint: 'Letras A–Z y dígitos 2–7; los espacios no importan.',
    type: 'Tipo de código',
    totp: 'Cambia cada pocos segundos (por tiempo, TOTP)',
    hotp: 'Cambia cada vez que lo pide (por contador, HOTP)',
    advanced: 'Ajustes del código (déjelos salvo que el sitio diga otra cosa)',
    algorithm: 'Algoritmo',
    digits: 'Dígitos',
    period: 'Segundos que dura cada código',
    counter: 'Contador',
    counterHint: 'Normalmente 0 en una cuenta nueva.',
    submit: 'Añadir la cuenta',
    problems: {
      required: 'Rellene este campo.',
      tooLong: 'Use como máximo {{max}} caracteres.',
      secretNotBase32:
        'La clave solo puede tener letras A–Z, dígitos 2–7, espacios y guiones. Busque 0, 1, 8 o 9, que las claves nunca tienen.',
      secretTooShort:
        'La clave es demasiado corta: tiene {{length}} caracteres y necesita al menos {{min}} (sin contar los espacios). Compruebe que la copió entera.',
      secretTooLong:
        'La clave es demasiado larga: tiene {{length}} caracteres y puede tener como máximo {{max}} (sin contar los espacios). Compruebe que copió solo la clave.',
      wholeNumber: 'Escriba un número entero.',
      digits: 'Los códigos tienen de {{min}} a {{max}} dígitos.',
      period: 'Escriba un número de segundos de {{min}} a {{max}}.',
      counter: 'Escriba un número entero, 0 o más.',
    },
  },
  result: {
    added_one: 'Añadida: {{names}}.',
    added_other: 'Añadidas {{count}} cuentas: {{names}}.',
    duplicates_one: 'Ya estaba en su lista, no se añade de nuevo: {{names}}.',
    duplicates_other: 'Ya estaban en su lista, no se añaden de nuevo ({{count}}): {{names}}.',
    addAnother: 'Añadir otra cuenta',
  },
  errors: {
    invalid_otpauth_uri:
      'Este enlace de configuración no es válido. Cópielo entero, desde otpauth:// hasta el final, o use la clave de configuración.',
    invalid_secret:
      'La clave de configuración no es válida. Escríbala tal como la muestra el sitio: solo letras de la A a la Z y números del 2 al 7.',
    invalid_account:
      'DeskID no puede guardar esta cuenta con estos datos. Revise cada campo (dígitos, periodo, algoritmo) y vuelva a intentarlo.',
    duplicate_account: 'Esta cuenta ya está en su lista.',
  },
};

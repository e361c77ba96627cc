import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
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

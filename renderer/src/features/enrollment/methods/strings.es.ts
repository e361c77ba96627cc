import type { Translation } from '../../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  title: 'Elija cómo confirmará que es usted',
  addTitle: 'Añadir otro método de inicio de sesión',
  intro: 'Elija uno. Puede añadir otro más tarde desde «Mis métodos de inicio de sesión».',
  alreadySetUp: 'Ya tiene un método de inicio de sesión. Añada otro aquí o continúe con su código de recuperación.',
  goOn: 'Continuar con mi código de recuperación',
  setUpBy:
    'Configúrelo antes del {{date}}. Hasta entonces aún puede iniciar sesión sin un método; después su cuenta necesitará uno.',
  compare: {
    what: 'Qué es',
    how: 'Cómo funciona',
    need: 'Qué necesita',
    choose: 'Elegir {{name}}',
  },
  passkey: {
    name: 'Llave de acceso',
    badge: 'La más segura',
    what: 'Una llave guardada de forma segura en este equipo, que se abre con Windows Hello o Touch ID.',
    how: 'Confirma con su cara, su huella o el PIN del equipo. Nada que escribir, nada que llevar.',
    need: 'Este equipo, con Windows Hello o Touch ID configurado.',
  },
  authenticator: {
    name: 'Aplicación autenticadora + teléfono',
    what: 'Una aplicación que muestra un código nuevo de 6 dígitos cada 30 segundos, con un teléfono de respaldo.',
    how: 'Escribe el código de la aplicación. DeskID puede ser la aplicación, aquí mismo en este equipo.',
    need: 'Una aplicación en un teléfono inteligente, o DeskID en este equipo. El teléfono de respaldo es opcional.',
  },
  phone: {
    name: 'Contraseña + teléfono',
    what: 'Un código de 6 dígitos que se envía a su teléfono cada vez que inicia sesión.',
    how: 'Recibe el código por SMS o por una llamada de voz y lo escribe.',
    need: 'Un teléfono móvil o un fijo directo (sin extensión).',
  },
  noSmartphone: {
    title: '¿No tiene teléfono inteligente en el trabajo?',
    passkey: 'Use una llave de acceso en este equipo.',
    landline: 'Use un teléfono fijo directo: le llamamos y le leemos el código.',
    deskid: 'Use DeskID en este equipo como su aplicación autenticadora.',
  },
  email: {
    question: '¿Y el correo electrónico?',
    answer:
      'El proveedor de identidad ya no acepta el correo electrónico para la recuperación ni para los códigos de inicio de sesión, porque las cuentas de correo a menudo se comparten o se las roban. Elija uno de los métodos de arriba.',
  },
  setUp: {
    phoneTitle: 'Configure su teléfono',
    authenticatorTitle: 'Configure su autenticador',
    backupTitle: '¿Añadir un teléfono de respaldo?',
    authenticatorDoneTitle: 'Su autenticador está configurado',
  },
  phoneSetup: {
    country: 'País',
    number: 'Número de teléfono',
    numberHint: 'Un teléfono móvil o un fijo directo, con su prefijo.',
    numberMissing: 'Escriba su número de teléfono, con su prefijo.',
    enterCode: 'Escriba el código',
    landline: 'Es un teléfono fijo',
    landlineHint: 'Un teléfono fijo no recibe SMS, así que le llamaremos.',
    channel: '¿Cómo le enviamos el código?',
    sms: 'Mensaje de texto (SMS)',
    voice: 'Llamada de voz',
    send: 'Enviar el código',
    channelNotSupported:
      'Este número no puede recibir SMS (parece un teléfono fijo). Elegimos una llamada de voz: pulse «Enviar el código» de nuevo.',
    sentSms: 'Enviamos un SMS con un código de 6 dígitos al {{masked}}.',
    sentVoice: 'Estamos llamando al {{masked}}. Una voz le leerá un código de 6 dígitos.',
    codeLabel: 'El código de 6 dígitos',
    verify: 'Confirmar mi teléfono',
    otherNumber: 'Usar otro número',
    otherMethod: 'Elegir otro método',
  },
  authenticatorSetup: {
    which: '¿Dónde estará su autenticador?',
    here: 'DeskID en este equipo',
    hereHow:
      'DeskID guarda el autenticador en su propio perfil de DeskID en este equipo, protegido por su PIN, y genera los códigos por usted. No necesita teléfono.',
    hereUnavailable: 'No disponible en este equipo: {{problem}}',
    hereUnavailableGeneric: 'No disponible en este equipo: su almacén seguro de claves no responde.',
    phoneApp: 'Una aplicación en mi teléfono',
    phoneAppHow: 'Escanea un código cuadrado con una aplicación autenticadora en su teléfono inteligente.',
    adding: 'Añadiendo DeskID como su autenticador…',
    addHere: 'Añadir DeskID como mi autenticador',
    scan: 'Abra su aplicación autenticadora, añada una cuenta y escanee este código.',
    qrAlt: 'Código cuadrado (código QR) para escanear con su aplicación autenticadora',
    keyLabel: '¿No puede escanear? Escriba esta clave de configuración en la aplicación:',
    copy: 'Copiar la clave',
    copied: 'Copiada. DeskID la quita del portapapeles en {{seconds}} segundos.',
    apps: 'Aplicaciones que funcionan: Microsoft Authenticator (la preferida), Google Authenticator, Duo Mobile, LastPass Authenticator y Authy. No todas son gratuitas.',
    codeLabel: 'El código de 6 dígitos que muestra ahora su aplicación',
    verify: 'Confirmar mi aplicación',
    otherWay: 'Elegir otra forma',
  },
  backup: {
    doneHere: 'Listo: DeskID en el perfil «{{profile}}» es ahora su autenticador. Se comprobó automáticamente.',
    donePhone: 'Listo: su aplicación autenticadora está configurada.',
    why: 'Un teléfono le permite iniciar sesión si alguna vez no tiene el autenticador a mano. También puede añadirlo más tarde.',
    add: 'Añadir un teléfono',
    skip: 'Omitir por ahora',
  },
};

import type { Translation } from './Translation';

/** Strings of the app frame and those every feature shares. */
export const en = {
  app: {
    name: 'DeskID',
    skipToContent: 'Skip to main content',
    primaryNav: 'Main',
    language: 'Language',
  },
  nav: {
    setUp: 'Set up sign-in',
    manage: 'My sign-in methods',
    about: 'About this app',
    signOut: 'Sign out',
  },
  common: {
    loading: 'Loading…',
    tryAgain: 'Try again',
    yes: 'Yes',
    no: 'No',
    back: 'Back',
    cancel: 'Cancel',
    continue: 'Continue',
    close: 'Close',
    save: 'Save',
    working: 'Working…',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
    seconds: '{{count}} s',
    /** A day written out ("March 7, 2025"), without Intl: its first date format costs the first screen ~20 ms. */
    longDate: '{{month}} {{day}}, {{year}}',
    months: {
      jan: 'January',
      feb: 'February',
      mar: 'March',
      apr: 'April',
      may: 'May',
      jun: 'June',
      jul: 'July',
      aug: 'August',
      sep: 'September',
      oct: 'October',
      nov: 'November',
      dec: 'December',
    },
  },
  errors: {
    title: 'Something went wrong',
    noBridge: 'This window was opened without its launch key. Open the address that DeskID printed when it started.',
    unknown: 'Something went wrong inside DeskID. Please try again.',
    supportContact: 'Need help? Ask {{contact}}.',
    codes: {
      invalid_credentials: 'The username or password is not right. Check them and try again.',
      account_locked: 'Too many wrong passwords. Your account is locked; try again in {{wait}}.',
      rate_limited: 'Too many attempts from this computer. Wait {{wait}}, then try again.',
      invalid_code: 'That code is not right. {{attemptsLeft}} tries left before this method is locked.',
      invalid_code_last: 'That code is not right. This was the last try: the method is now locked for a while.',
      code_already_used: 'That code was already used. Wait for the next code, then enter it.',
      code_expired: 'That code has expired. Ask for a new one.',
      factor_locked: 'Too many wrong codes. This method is locked; try again in {{wait}}, or use another method.',
      too_many_codes: 'Too many codes were sent to this phone. You can ask again in {{wait}}.',
      transaction_not_found: 'This sign-in took too long and has ended. Start again with your username and password.',
      unauthorized: 'Your sign-in has ended. Sign in again.',
      step_up_required: 'To do this, first confirm it is you with one of your sign-in methods.',
      server_unreachable: 'The ID server cannot be reached. Check the network connection, then try again.',
      keychain_unavailable: 'This computer’s secure key storage is not available, so DeskID cannot keep codes here.',
      recovery_code_mismatch:
        'Those are not the last 4 digits of your recovery code. Look at the saved code and try again.',
      email_recovery_not_allowed: 'Email no longer counts as a sign-in or recovery method.',
      phone_extension_not_allowed: 'Use a mobile phone or a direct landline. Numbers with an extension will not work.',
      phone_invalid: 'That is not a phone number we can use. Check the digits, the area code and the country.',
      phone_type_not_allowed:
        'Toll-free, premium-rate, shared-cost, internet (VoIP) and pager numbers cannot get codes. Use a mobile phone or a direct landline.',
      phone_already_enrolled: 'This phone is already one of your sign-in methods.',
      wrong_pin: 'That PIN is not right. Try again.',
      invalid_pin_length: 'A PIN has {{minLength}} to {{maxLength}} characters. {{rule}}',
      invalid_pin_repeated: 'This PIN repeats one digit, so it is easy to guess. {{rule}}',
      invalid_pin_run: 'This PIN is a straight run of digits, so it is easy to guess. {{rule}}',
      invalid_pin_common: 'This PIN is one of the most common PINs. {{rule}}',
      pinRule:
        'Choose at least {{minLength}} digits that are not one digit repeated, not a straight run like 123456, and not a common PIN.',
      pin_throttled: 'Too many wrong PINs. You can try again in {{wait}}.',
      pin_reset_required:
        'Too many wrong PINs: this profile is locked until its PIN is reset by signing in to the ID server.',
      vault_locked: 'Open your DeskID profile first, with its PIN.',
      account_not_found: 'DeskID on this computer does not hold this account’s authenticator. Choose another way.',
      forbidden_scope: 'Your recovery code is already confirmed. To get a new one, use “My sign-in methods”.',
      recovery_code_not_issued: 'Show your recovery code first, then save it.',
      passkey_verification_failed: 'The ID server could not check this passkey. Try again, or choose another way.',
      duplicate_account: 'DeskID already holds this account.',
      import_disabled:
        'Your organization has switched importing off on this computer. Ask your IT team if you need it.',
      issuer_not_allowed:
        'Your organization allows only some services in DeskID, and this one is not among them. Ask your IT team.',
      method_not_allowed: 'Your organization does not allow this sign-in method here. Choose another one.',
      set_by_policy: 'Your organization sets this, so it cannot be changed here.',
    },
  },
};

export const es: Translation<typeof en> = {
  app: {
    name: 'DeskID',
    skipToContent: 'Saltar al contenido principal',
    primaryNav: 'Principal',
    language: 'Idioma',
  },
  nav: {
    setUp: 'Configurar el inicio de sesión',
    manage: 'Mis métodos de inicio de sesión',
    about: 'Acerca de la aplicación',
    signOut: 'Cerrar sesión',
  },
  common: {
    loading: 'Cargando…',
    tryAgain: 'Intentar de nuevo',
    yes: 'Sí',
    no: 'No',
    back: 'Atrás',
    cancel: 'Cancelar',
    continue: 'Continuar',
    close: 'Cerrar',
    save: 'Guardar',
    working: 'Procesando…',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
    seconds: '{{count}} s',
    longDate: '{{day}} de {{month}} de {{year}}',
    months: {
      jan: 'enero',
      feb: 'febrero',
      mar: 'marzo',
      apr: 'abril',
      may: 'mayo',
      jun: 'junio',
      jul: 'julio',
      aug: 'agosto',
      sep: 'septiembre',
      oct: 'octubre',
      nov: 'noviembre',
      dec: 'diciembre',
    },
  },
  errors: {
    title: 'Algo salió mal',
    noBridge: 'Esta ventana se abrió sin su clave de inicio. Abra la dirección que DeskID mostró al iniciarse.',
    unknown: 'Algo salió mal dentro de DeskID. Inténtelo de nuevo.',
    supportContact: '¿Necesita ayuda? Pregunte a {{contact}}.',
    codes: {
      invalid_credentials: 'El usuario o la contraseña no son correctos. Revíselos e inténtelo de nuevo.',
      account_locked: 'Demasiadas contraseñas incorrectas. Su cuenta está bloqueada; inténtelo de nuevo en {{wait}}.',
      rate_limited: 'Demasiados intentos desde este equipo. Espere {{wait}} y vuelva a intentarlo.',
      invalid_code:
        'Ese código no es correcto. Le quedan {{attemptsLeft}} intentos antes de que se bloquee este método.',
      invalid_code_last: 'Ese código no es correcto. Era el último intento: el método queda bloqueado por un tiempo.',
      code_already_used: 'Ese código ya se usó. Espere al siguiente código e introdúzcalo.',
      code_expired: 'Ese código ha caducado. Pida uno nuevo.',
      factor_locked:
        'Demasiados códigos incorrectos. Este método está bloqueado; inténtelo de nuevo en {{wait}} o use otro método.',
      too_many_codes: 'Se enviaron demasiados códigos a este teléfono. Podrá pedir otro en {{wait}}.',
      transaction_not_found:
        'Este inicio de sesión tardó demasiado y terminó. Empiece de nuevo con su usuario y contraseña.',
      unauthorized: 'Su sesión terminó. Inicie sesión de nuevo.',
      step_up_required: 'Para hacer esto, confirme primero que es usted con uno de sus métodos de inicio de sesión.',
      server_unreachable:
        'No se puede contactar con el servidor de identidad. Revise la conexión y vuelva a intentarlo.',
      keychain_unavailable:
        'El almacén seguro de claves de este equipo no está disponible, así que DeskID no puede guardar códigos aquí.',
      recovery_code_mismatch:
        'Esos no son los 4 últimos dígitos de su código de recuperación. Mire el código guardado e inténtelo de nuevo.',
      email_recovery_not_allowed:
        'El correo electrónico ya no cuenta como método de inicio de sesión ni de recuperación.',
      phone_extension_not_allowed: 'Use un teléfono móvil o un fijo directo. Los números con extensión no funcionarán.',
      phone_invalid: 'Ese no es un número de teléfono que podamos usar. Revise los dígitos, el prefijo y el país.',
      phone_type_not_allowed:
        'Los números gratuitos, de tarificación especial, de coste compartido, de internet (VoIP) y de buscapersonas no pueden recibir códigos. Use un teléfono móvil o un fijo directo.',
      phone_already_enrolled: 'Este teléfono ya es uno de sus métodos de inicio de sesión.',
      wrong_pin: 'Ese PIN no es correcto. Inténtelo de nuevo.',
      invalid_pin_length: 'Un PIN tiene de {{minLength}} a {{maxLength}} caracteres. {{rule}}',
      invalid_pin_repeated: 'Este PIN repite un solo dígito, así que es fácil de adivinar. {{rule}}',
      invalid_pin_run: 'Este PIN es una serie seguida de dígitos, así que es fácil de adivinar. {{rule}}',
      invalid_pin_common: 'Este PIN es uno de los más comunes. {{rule}}',
      pinRule:
        'Elija al menos {{minLength}} dígitos que no sean un solo dígito repetido, ni una serie seguida como 123456, ni un PIN común.',
      pin_throttled: 'Demasiados PIN incorrectos. Podrá intentarlo de nuevo en {{wait}}.',
      pin_reset_required:
        'Demasiados PIN incorrectos: este perfil queda bloqueado hasta que se restablezca su PIN iniciando sesión en el servidor de identidad.',
      vault_locked: 'Abra primero su perfil de DeskID, con su PIN.',
      account_not_found: 'DeskID en este equipo no tiene el autenticador de esta cuenta. Elija otra forma.',
      forbidden_scope:
        'Su código de recuperación ya está confirmado. Para obtener uno nuevo, use «Mis métodos de inicio de sesión».',
      recovery_code_not_issued: 'Muestre primero su código de recuperación y luego guárdelo.',
      passkey_verification_failed:
        'El servidor de identidad no pudo comprobar esta llave de acceso. Inténtelo de nuevo o elija otra forma.',
      duplicate_account: 'DeskID ya tiene esta cuenta.',
      import_disabled:
        'Su organización ha desactivado la importación en este equipo. Pregunte a su equipo de informática si la necesita.',
      issuer_not_allowed:
        'Su organización solo permite algunos servicios en DeskID, y este no está entre ellos. Pregunte a su equipo de informática.',
      method_not_allowed: 'Su organización no permite aquí este método de inicio de sesión. Elija otro.',
      set_by_policy: 'Su organización fija este ajuste, así que no se puede cambiar aquí.',
    },
  },
};

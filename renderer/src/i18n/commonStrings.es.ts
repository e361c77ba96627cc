import type { Translation } from './Translation';
import type { en } from './commonStrings';

/** The Spanish strings (español) of commonStrings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  app: {
    name: 'DeskID',
    skipToContent: 'Saltar al contenido principal',
    primaryNav: 'Principal',
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
      invalid_pin_digits: 'Este PIN tiene algo que no son dígitos: letras, espacios o signos. {{rule}}',
      invalid_pin_length: 'Un PIN tiene de {{minLength}} a {{maxLength}} dígitos. {{rule}}',
      invalid_pin_repeated: 'Este PIN repite un solo dígito, así que es fácil de adivinar. {{rule}}',
      invalid_pin_run: 'Este PIN es una serie seguida de dígitos, así que es fácil de adivinar. {{rule}}',
      invalid_pin_common: 'Este PIN es uno de los más comunes. {{rule}}',
      pinRule:
        'Elija al menos {{minLength}} dígitos (del 0 al 9, sin letras) que no sean un solo dígito repetido, ni una serie seguida como 123456, ni un PIN común.',
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
      export_disabled:
        'Su organización ha desactivado las copias de seguridad y las exportaciones en este equipo. Pregunte a su equipo de informática si necesita una.',
      invalid_request:
        'No se pudo usar algo de lo introducido aquí. Revise lo que escribió o eligió y vuelva a intentarlo.',
      payload_too_large:
        'Es demasiado para enviarlo de una vez. Use un archivo más pequeño o un texto más corto y vuelva a intentarlo.',
      invalid_username:
        'Un nombre de usuario tiene de 3 a 64 caracteres: letras, dígitos, puntos, guiones y guiones bajos.',
      username_taken: 'Ese nombre de usuario ya está ocupado. Elija otro.',
      weak_password:
        'Esa contraseña es demasiado fácil de adivinar. Elija una más larga, que no sea una contraseña común y que no contenga su nombre de usuario. Unas cuantas palabras sin relación entre sí son una buena opción.',
      channel_not_supported: 'Este número de teléfono no puede recibir mensajes de texto. Elija una llamada de voz.',
      last_method: 'Este es su único método de inicio de sesión. Añada otro antes de quitarlo.',
      factor_not_found:
        'Ese método de inicio de sesión ya no está en su cuenta. Vuelva atrás y elíjalo de nuevo, o use otro.',
      internal:
        'Algo salió mal y esto no se terminó. Inténtelo de nuevo. Si vuelve a pasar, reinicie DeskID o pregunte a su equipo de informática.',
      internal_lost_contact: 'Esta ventana de DeskID perdió el contacto con DeskID. Cierre DeskID y vuelva a abrirlo.',
      unknown_call:
        'Esta ventana de DeskID no coincide con el DeskID que está en marcha. Cierre DeskID y vuelva a abrirlo.',
      forbidden_origin:
        'DeskID solo responde a su propia ventana. Cierre esta página y abra DeskID de nuevo desde la dirección que mostró al iniciarse.',
      server_protocol_error:
        'El servidor de identidad dio una respuesta que DeskID no entiende. Inténtelo más tarde. Si vuelve a pasar, avise a su equipo de informática.',
      vault_damaged:
        'Parte de los datos guardados de este perfil en este equipo están dañados, así que DeskID no puede abrirlo. No se borró nada. Pida ayuda a su equipo de informática.',
      vault_not_found:
        'DeskID no encuentra los datos guardados de este perfil en este equipo. Pida ayuda a su equipo de informática antes de configurarlo de nuevo.',
      invalid_pin:
        'Este perfil necesita un PIN lo bastante largo y que no sea fácil de adivinar. Elija uno y vuelva a intentarlo.',
      profile_not_found: 'Este perfil ya no está en este equipo. Vuelva a la lista de personas y elija de nuevo.',
      profile_exists: 'Ya hay un perfil con este nombre en este equipo. Elija otro nombre.',
      invalid_otpauth_uri:
        'Esto no es un enlace ni un código QR de configuración de autenticación (su enlace debe empezar por otpauth://). Compruebe que tiene el código que el sitio web o la aplicación le dio para una aplicación de autenticación.',
      invalid_secret:
        'La clave de configuración no es correcta. Revise si hay errores de escritura: solo tiene las letras de la A a la Z y los dígitos del 2 al 7.',
      invalid_account: 'DeskID no puede usar esta cuenta tal como está. Revise sus datos y vuelva a intentarlo.',
      invalid_image: 'No se pudo leer esta imagen. Use una imagen PNG, JPEG o WebP.',
      image_too_large: 'Esta imagen es demasiado grande para leerla. Recórtela al código QR e inténtelo de nuevo.',
      no_qr_code: 'No se encontró ningún código QR en esta imagen. Compruebe que el código se ve entero y nítido.',
      import_failed:
        'DeskID no pudo leer las cuentas de este archivo: puede estar dañado o incompleto, o estuvo abierto demasiado tiempo. Elija el archivo de nuevo. Si sigue fallando, expórtelo otra vez desde la otra aplicación.',
      unsupported_format:
        'DeskID no reconoce este archivo. Compruebe que eligió el archivo correcto, o actualice DeskID si lo creó una versión más nueva.',
      password_required: 'Este archivo está protegido con una contraseña. Escriba su contraseña.',
      wrong_password: 'Esa contraseña no abre este archivo, o el archivo se modificó. Revísela e inténtelo de nuevo.',
      file_error:
        'DeskID no pudo leer ni guardar un archivo que necesita. Elija el archivo de nuevo o compruebe que hay espacio libre y vuelva a intentarlo. Si vuelve a pasar, pregunte a su equipo de informática.',
    },
  },
};

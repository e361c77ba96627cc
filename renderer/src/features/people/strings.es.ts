import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  nav: 'Códigos del autenticador',
  title: '¿Quién usa DeskID?',
  intro: 'Elija su nombre y escriba su PIN para ver sus códigos. Nadie más los ve.',
  switchPerson: 'Cambiar de persona',
  lockAll: 'Bloquear todo',
  openPerson: 'Abierto: {{name}}',
  personActions: 'Persona',
  wrongPinLeft_one: 'Ese PIN no es correcto. Le queda {{count}} intento antes de que haya que restablecer el PIN.',
  wrongPinLeft_other: 'Ese PIN no es correcto. Le quedan {{count}} intentos antes de que haya que restablecer el PIN.',
  wrongPinWait: 'Ese PIN no es correcto. Podrá intentarlo de nuevo en <timer>{{wait}}</timer>.',
  resetRequired:
    'El PIN se escribió mal demasiadas veces y ya no abre este perfil. Puede restablecerlo iniciando sesión en su cuenta de identidad.',
  reset: {
    forgot: '¿Olvidó su PIN?',
    start: 'Restablecer mi PIN',
    checking: 'Comprobando cómo puede restablecerse este PIN…',
    title: 'Restablezca su PIN iniciando sesión en {{server}}',
    intro:
      'Primero demuestre que es usted: inicie sesión en la cuenta de identidad vinculada al perfil de {{name}}. Después elija un PIN nuevo. Sus códigos se quedan en su perfil.',
    password: 'Contraseña de su cuenta de identidad',
    continue: 'Continuar',
    back: 'Volver a la lista de personas',
    cannotTitle: 'Este PIN no puede restablecerse aquí',
    notLinked:
      'El perfil de {{name}} no está vinculado a una cuenta de identidad, así que DeskID no puede comprobar quién es usted ni restablecer su PIN.',
    notReady:
      'El restablecimiento del PIN nunca se configuró para el perfil de {{name}}, así que DeskID no puede restablecer su PIN.',
    askIt:
      'Pida ayuda a TI: pueden eliminar el perfil (sus códigos se pierden salvo que tenga una copia de seguridad) para que cree uno nuevo. La guía del usuario lo explica en «¿Olvidó su PIN?».',
    codeTitle: 'Confirme que es usted',
    codeIntro: 'Termine de iniciar sesión en su cuenta de identidad con un código.',
    authenticatorCode: 'El código de 6 dígitos de su aplicación de autenticación',
    or: 'O reciba un código en su teléfono:',
    textMe: 'Envíenme un código por SMS al {{phone}}',
    callMe: 'Llámenme con un código al {{phone}}',
    sent: 'Un código va de camino al {{phone}}.',
    phoneCode: 'El código de 6 dígitos que enviamos',
    confirm: 'Confirmar',
    newPinTitle: 'Elija un PIN nuevo',
    newPinIntro: 'Es usted. Elija un PIN nuevo para el perfil de {{name}}.',
    setNewPin: 'Guardar mi PIN nuevo',
    setUpTitle: 'Si olvida su PIN',
    setUpIntro: 'Permita que DeskID restablezca su PIN si lo olvida, iniciando sesión en {{server}} como {{username}}.',
    setUpStart: 'Configurar el restablecimiento del PIN',
    setUpSignInTitle: 'Configurar el restablecimiento del PIN: inicie sesión en {{server}}',
    setUpSignInIntro: 'Inicie sesión como {{username}}, para que DeskID pueda comprobar más tarde que es usted.',
    currentPinTitle: 'Confirme con su PIN',
    currentPin: 'Su PIN actual',
    setUpFinish: 'Activar el restablecimiento del PIN',
    setUpDone:
      'El restablecimiento del PIN está activado: si olvida su PIN, elija su nombre y luego «¿Olvidó su PIN?».',
    cancel: 'Cancelar',
  },
};

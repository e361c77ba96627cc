import type { Translation } from '../../i18n/Translation';

/** The people on this desktop: who is using DeskID now, switching person, locking. */
export const en = {
  nav: 'Authenticator codes',
  title: 'Who is using DeskID?',
  intro: 'Choose your name and type your PIN to see your codes. Nobody else sees them.',
  switchPerson: 'Switch person',
  lockAll: 'Lock all',
  openPerson: 'Open: {{name}}',
  personActions: 'Person',
  wrongPinLeft_one: 'That PIN is not right. {{count}} try left before the PIN must be reset.',
  wrongPinLeft_other: 'That PIN is not right. {{count}} tries left before the PIN must be reset.',
  wrongPinWait: 'That PIN is not right. You can try again in <timer>{{wait}}</timer>.',
  resetRequired:
    'The PIN was typed wrongly too many times, so it no longer opens this profile. The PIN can be reset by signing in to your ID account: for now, ask IT (or run <code>deskid profiles reset-pin {{name}}</code> on this computer).',
};

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
    'El PIN se escribió mal demasiadas veces y ya no abre este perfil. Puede restablecerse iniciando sesión en su cuenta de identidad: por ahora, pida ayuda a TI (o ejecute <code>deskid profiles reset-pin {{name}}</code> en este equipo).',
};

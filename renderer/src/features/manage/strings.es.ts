import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The manage page (Spanish). */
export const es: Translation<typeof en> = {
  title: 'Mis métodos de inicio de sesión',
  notSignedIn: 'Inicie sesión primero para ver sus métodos de inicio de sesión.',
  finishSetUp:
    'Termine primero de configurar el inicio de sesión: su cuenta aún necesita un método y un código de recuperación guardado.',
  toStart: 'Ir a la página de inicio',
  methods: {
    title: 'Métodos',
    caption: 'Las formas en que puede iniciar sesión en su cuenta ID',
    type: 'Tipo',
    name: 'Nombre',
    added: 'Añadido',
    lastUsed: 'Último uso',
    actions: 'Acciones',
    never: 'Todavía no',
    unverified: '(sin terminar)',
    rename: 'Cambiar nombre',
    newName: 'Nuevo nombre para {{name}}',
    saveName: 'Guardar el nombre',
    renamed: 'Ahora se llama «{{name}}».',
    remove: 'Quitar',
    removeQuestion: '¿Quitar «{{name}}»? Ya no podrá iniciar sesión con este método.',
    removeYes: 'Sí, quitarlo',
    keep: 'Conservarlo',
    removed: 'Se quitó «{{name}}».',
    lastMethod: 'Este es su único método de inicio de sesión. Añada otro primero y después quite este.',
    add: 'Añadir otro método',
    addedNotice: 'Su nuevo método está listo.',
  },
  stepUp: {
    title: 'Confirme que es usted',
    intro: 'Para este cambio, confirme con uno de sus métodos de inicio de sesión.',
    cancel: 'Cancelar',
    starting: 'Obteniendo sus métodos de inicio de sesión…',
  },
  recovery: {
    title: 'Código de recuperación',
    confirmed: 'Su código de recuperación está guardado y confirmado (emitido el {{date}}).',
    issued: 'Tiene un código de recuperación, pero aún no está confirmado. Muéstrelo, guárdelo y confírmelo.',
    none: 'No tiene código de recuperación. Pida uno nuevo ahora: sin él, si pierde sus métodos de inicio de sesión necesitará una cuenta nueva.',
    show: 'Mostrar de nuevo mi código de recuperación',
    hide: 'Ocultar el código',
    issueNew: 'Obtener un código de recuperación nuevo',
    issueWarning:
      'Un código nuevo sustituye al actual de inmediato: el código anterior deja de funcionar, aunque lo haya impreso o guardado. Tendrá que guardar y confirmar el nuevo.',
    issueYes: 'Sí, sustituir mi código',
    newCodeNotice: 'Este es su nuevo código de recuperación. El anterior ya no funciona.',
    confirmedNotice: 'Su código de recuperación está confirmado.',
  },
};

import type { Strings } from './en';

/** Spanish strings (español). */
export const es: Strings = {
  app: {
    name: 'DeskID',
    skipToContent: 'Saltar al contenido principal',
    primaryNav: 'Principal',
    language: 'Idioma',
  },
  nav: {
    about: 'Acerca de la aplicación',
  },
  common: {
    loading: 'Cargando…',
    tryAgain: 'Intentar de nuevo',
    yes: 'Sí',
    no: 'No',
  },
  about: {
    title: 'Acerca de DeskID',
    intro:
      'DeskID le ayuda a configurar los métodos de inicio de sesión de su cuenta de trabajo y muestra sus códigos de autenticación.',
    version: 'Versión',
    platform: 'Plataforma',
    host: 'Se ejecuta como',
    hostElectron: 'Aplicación de escritorio',
    hostBrowser: 'Ventana del navegador en este equipo',
    dataDir: 'Carpeta de datos',
    keychain: 'Almacenamiento seguro de claves',
    keychainOk: 'Disponible ({{backend}})',
    keychainMissing: 'No disponible ({{backend}})',
    checkAgain: 'Comprobar de nuevo',
  },
  errors: {
    title: 'Algo salió mal',
    noBridge: 'Esta ventana se abrió sin su clave de inicio. Abra la dirección que DeskID mostró al iniciarse.',
    unknown: 'Algo salió mal dentro de DeskID. Inténtelo de nuevo.',
  },
  notFound: {
    title: 'Página no encontrada',
    back: 'Ir a la página de inicio',
  },
};

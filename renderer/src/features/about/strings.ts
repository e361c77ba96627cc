import type { Translation } from '../../i18n/Translation';

export const en = {
  title: 'About DeskID',
  intro: 'DeskID helps you set up sign-in methods for your work account and shows your authenticator codes.',
  version: 'Version',
  platform: 'Platform',
  host: 'Running as',
  hostElectron: 'Desktop app',
  hostBrowser: 'Browser window on this computer',
  dataDir: 'Data folder',
  keychain: 'Secure key storage',
  keychainOk: 'Available ({{backend}})',
  keychainMissing: 'Not available ({{backend}})',
  checkAgain: 'Check again',
};

export const es: Translation<typeof en> = {
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
};

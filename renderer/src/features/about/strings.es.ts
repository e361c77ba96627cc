import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
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
  policyTitle: 'Ajustes en vigor',
  policySetting: 'Ajuste',
  policyValue: 'Valor',
  policyOrigin: 'De dónde viene',
  origins: { default: 'Predeterminado', user: 'Su elección', policy: 'Establecido por su organización:' },
  policyWarnings: 'Valores de directiva que se ignoraron',
  policyWarning: '“{{name}}” en {{source}}: {{reason}}',
  policyWarningSource: '{{source}}: {{reason}}',
};

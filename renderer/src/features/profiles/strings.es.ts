import type { Translation } from '../../i18n/Translation';
import type { en } from './strings';

/** The Spanish strings (español) of strings.ts, with exactly its keys. */
export const es: Translation<typeof en> = {
  title: 'Su perfil de DeskID',
  intro: 'Cada persona de este equipo tiene su propio perfil de DeskID, protegido por un PIN que solo ella conoce.',
  pick: '¿Quién es usted?',
  open: 'Abrir mi perfil',
  openNoPin: 'Este perfil no tiene PIN.',
  alreadyOpen: '{{name}} (abierto)',
  pin: 'Su PIN',
  newProfile: 'Soy nuevo aquí: crear mi perfil',
  createTitle: 'Cree su perfil de DeskID',
  name: 'Su nombre',
  nameHint: 'Como le conocen sus compañeros, para que reconozca su perfil.',
  nameRequired: 'Escriba su nombre: el perfil necesita uno, y solo espacios no son un nombre.',
  newPin: 'Elija un PIN',
  newPinHint: 'Solo dígitos: al menos 6, no todos iguales ni seguidos (como 123456).',
  newPinOptionalHint:
    'Opcional en este equipo, pero recomendado: solo dígitos, al menos 6, no todos iguales ni seguidos.',
  confirmPin: 'Escriba el PIN otra vez',
  pinMismatch: 'Los dos PIN no son iguales. Escríbalos de nuevo.',
  pinTooShort: 'El PIN necesita al menos 6 dígitos.',
  pinRequired: 'Elija un PIN de al menos 6 dígitos: este equipo lo exige.',
  create: 'Crear mi perfil',
  existing: 'Volver a la lista de perfiles',
};

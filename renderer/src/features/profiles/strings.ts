import type { Translation } from '../../i18n/Translation';

/** Picking, opening or creating this person's DeskID profile on this computer. */
export const en = {
  title: 'Your DeskID profile',
  intro: 'Each person on this computer has their own DeskID profile, protected by a PIN only they know.',
  pick: 'Who are you?',
  open: 'Open my profile',
  openNoPin: 'This profile has no PIN.',
  alreadyOpen: '{{name}} (open)',
  pin: 'Your PIN',
  newProfile: 'I am new here: create my profile',
  createTitle: 'Create your DeskID profile',
  name: 'Your name',
  nameHint: 'As your colleagues know you, so you recognise your profile.',
  nameRequired: 'Enter your name: the profile needs one, and spaces alone are not a name.',
  newPin: 'Choose a PIN',
  newPinHint: 'Digits only: at least 6, not all the same and not in a row (like 123456).',
  newPinOptionalHint:
    'Optional on this computer, but recommended: digits only, at least 6, not all the same and not in a row.',
  confirmPin: 'Type the PIN again',
  pinMismatch: 'The two PINs are not the same. Type them again.',
  pinTooShort: 'The PIN needs at least 6 digits.',
  pinRequired: 'Choose a PIN of at least 6 digits: this computer requires one.',
  create: 'Create my profile',
  existing: 'Back to the list of profiles',
};

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

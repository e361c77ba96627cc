/** Setting up a passkey on this computer (English). */
export const en = {
  title: 'A passkey on this computer',
  beforePrompt: 'Your computer will ask you to confirm with your face, fingerprint or PIN (Windows Hello or Touch ID).',
  nothingToCarry: 'There is nothing to carry and nothing to type: the passkey stays on this computer.',
  nameLabel: 'Name for this passkey',
  nameHint: 'So you can tell your sign-in methods apart later.',
  nameMissing: 'Give the passkey a name, for example “Front desk computer”.',
  defaultName: {
    win32: 'Windows Hello on this computer',
    darwin: 'Touch ID on this Mac',
    linux: 'This computer',
    other: 'This computer',
  },
  create: 'Create my passkey',
  waiting: 'Waiting for your computer… Follow its prompt.',
  created: 'Your passkey “{{name}}” is set up.',
  continue: 'Continue',
  chooseAnother: 'Choose another method',
  problems: {
    cancelled: 'The prompt was closed before the passkey was made. Nothing was changed. You can try again.',
    timeout: 'The prompt waited too long and closed. Nothing was changed. You can try again.',
    no_platform_authenticator:
      'This computer has no Windows Hello, Touch ID or similar, so it cannot hold a passkey. Choose another method: a phone, or DeskID as your authenticator on this computer.',
    already_registered:
      'This computer already holds a passkey for your account, so you can already sign in with it. To add a different way to sign in, choose another method.',
    failed: 'The passkey could not be made. You can try again, or choose another method.',
  },
};

/** The wizard's frame: steps, Back and Cancel. */
export const en = {
  stepOf: 'Step {{step}} of {{of}}',
  steps: {
    signIn: 'Sign in',
    choose: 'Choose a method',
    setUp: 'Set it up',
    recovery: 'Save your recovery code',
  },
  cancel: 'Cancel set-up',
  cancelled: 'Set-up was cancelled and you are signed out. Nothing you finished is lost: sign in again to go on.',
  signedOut: {
    idle: 'DeskID signed you out because nobody used it for a while (the auto-lock time in Settings), so that no one else at this computer can change your sign-in. Nothing you finished is lost: sign in again to go on.',
    locked:
      'DeskID signed you out because this computer was locked or went to sleep. Nothing you finished is lost: sign in again to go on.',
  },
  loadFailed: 'DeskID could not read your account from the ID server.',
  signInAgain: {
    why: 'Your sign-in is more than 10 minutes old, so the ID server wants you to sign in again before you go on. Nothing you finished is lost.',
    action: 'Sign in again',
    stepUpWhy:
      'More than 10 minutes have passed since you last confirmed it is you. Confirm it again to add this method.',
    stepUpAction: 'Confirm it’s you',
  },
};

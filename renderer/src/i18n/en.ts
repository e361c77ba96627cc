/** English strings. Every other language has exactly these keys (checked by the compiler). */
export const en = {
  app: {
    name: 'DeskID',
    skipToContent: 'Skip to main content',
    primaryNav: 'Main',
    language: 'Language',
  },
  nav: {
    about: 'About this app',
  },
  common: {
    loading: 'Loading…',
    tryAgain: 'Try again',
    yes: 'Yes',
    no: 'No',
  },
  about: {
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
  },
  errors: {
    title: 'Something went wrong',
    noBridge: 'This window was opened without its launch key. Open the address that DeskID printed when it started.',
    unknown: 'Something went wrong inside DeskID. Please try again.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Go to the start page',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Strings = Widen<typeof en>;

import { en as commonEn, es as commonEs } from './commonStrings';
import { en as enrollmentEn, es as enrollmentEs } from '../features/enrollment/strings';
import { en as peopleEn, es as peopleEs } from '../features/people/strings';
import { en as settingsEn, es as settingsEs } from '../features/settings/strings';
import { en as signInEn, es as signInEs } from '../features/signIn/strings';
import type { Translation } from './Translation';

/**
 * The strings the first screen and the app's frame use (header, sign-in, errors), in
 * the start chunk. The other features' strings are in laterStrings.ts, loaded with the
 * first screen opened after it (setupI18n.ts, loadLaterStrings).
 */
export const en = {
  ...commonEn,
  notFound: { title: 'Page not found', back: 'Go to the start page' },
  signIn: signInEn,
  enrollment: enrollmentEn,
  people: peopleEn,
  settings: settingsEn,
};

export const es: Translation<typeof en> = {
  ...commonEs,
  notFound: { title: 'Página no encontrada', back: 'Ir a la página de inicio' },
  signIn: signInEs,
  enrollment: enrollmentEs,
  people: peopleEs,
  settings: settingsEs,
};

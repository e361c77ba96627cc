import { es as commonEs } from './commonStrings.es';
import { es as enrollmentEs } from '../features/enrollment/strings.es';
import { es as peopleEs } from '../features/people/strings.es';
import { es as settingsEs } from '../features/settings/strings.es';
import { es as signInEs } from '../features/signIn/strings.es';
import type { Translation } from './Translation';
import type { en } from './startStrings';

/** startStrings.ts in Spanish: a chunk of its own, loaded only when Spanish is chosen (setupI18n.ts). */
export const es: Translation<typeof en> = {
  ...commonEs,
  notFound: { title: 'Página no encontrada', back: 'Ir a la página de inicio' },
  signIn: signInEs,
  enrollment: enrollmentEs,
  people: peopleEs,
  settings: settingsEs,
};

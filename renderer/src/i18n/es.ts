import { es as about } from '../features/about/strings';
import { es as adding } from '../features/adding/strings';
import { es as exporting } from '../features/exporting/strings';
import { es as importing } from '../features/importing/strings';
import { es as enrollment } from '../features/enrollment/strings';
import { es as methods } from '../features/enrollment/methods/strings';
import { es as passkey } from '../features/enrollment/passkey/strings';
import { es as recovery } from '../features/enrollment/recovery/strings';
import { es as manage } from '../features/manage/strings';
import { es as codes } from '../features/codes/strings';
import { es as people } from '../features/people/strings';
import { es as profiles } from '../features/profiles/strings';
import { es as settings } from '../features/settings/strings';
import { es as signIn } from '../features/signIn/strings';
import { es as common } from './commonStrings';
import type { Strings } from './en';
import type { Translation } from './Translation';

/** Spanish strings (español), with exactly the English keys. */
export const es: Translation<Strings> = {
  ...common,
  notFound: { title: 'Página no encontrada', back: 'Ir a la página de inicio' },
  about,
  signIn,
  enrollment,
  methods,
  passkey,
  recovery,
  manage,
  profiles,
  people,
  codes,
  settings,
  adding,
  importing,
  exporting,
};

import { es as aboutEs } from '../features/about/strings.es';
import { es as addingEs } from '../features/adding/strings.es';
import { es as exportingEs } from '../features/exporting/strings.es';
import { es as importingEs } from '../features/importing/strings.es';
import { es as methodsEs } from '../features/enrollment/methods/strings.es';
import { es as passkeyEs } from '../features/enrollment/passkey/strings.es';
import { es as recoveryEs } from '../features/enrollment/recovery/strings.es';
import { es as manageEs } from '../features/manage/strings.es';
import { es as codesEs } from '../features/codes/strings.es';
import { es as profilesEs } from '../features/profiles/strings.es';
import type { Translation } from './Translation';
import type { en } from './laterStrings';

/** laterStrings.ts in Spanish: loaded with the later screens once Spanish is chosen (setupI18n.ts). */
export const es: Translation<typeof en> = {
  about: aboutEs,
  methods: methodsEs,
  passkey: passkeyEs,
  recovery: recoveryEs,
  manage: manageEs,
  profiles: profilesEs,
  codes: codesEs,
  adding: addingEs,
  importing: importingEs,
  exporting: exportingEs,
};

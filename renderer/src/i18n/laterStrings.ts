import { en as aboutEn, es as aboutEs } from '../features/about/strings';
import { en as addingEn, es as addingEs } from '../features/adding/strings';
import { en as exportingEn, es as exportingEs } from '../features/exporting/strings';
import { en as importingEn, es as importingEs } from '../features/importing/strings';
import { en as methodsEn, es as methodsEs } from '../features/enrollment/methods/strings';
import { en as passkeyEn, es as passkeyEs } from '../features/enrollment/passkey/strings';
import { en as recoveryEn, es as recoveryEs } from '../features/enrollment/recovery/strings';
import { en as manageEn, es as manageEs } from '../features/manage/strings';
import { en as codesEn, es as codesEs } from '../features/codes/strings';
import { en as profilesEn, es as profilesEs } from '../features/profiles/strings';
import type { Translation } from './Translation';

/**
 * The strings of the screens and wizard stages after the first one, in a chunk of their
 * own: loaded with the first of those screens (setupI18n.ts, loadLaterStrings), so the
 * start chunk carries only the first screen's words (bench:renderer).
 */
export const en = {
  about: aboutEn,
  methods: methodsEn,
  passkey: passkeyEn,
  recovery: recoveryEn,
  manage: manageEn,
  profiles: profilesEn,
  codes: codesEn,
  adding: addingEn,
  importing: importingEn,
  exporting: exportingEn,
};

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

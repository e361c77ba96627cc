import { en as aboutEn } from '../features/about/strings';
import { en as addingEn } from '../features/adding/strings';
import { en as exportingEn } from '../features/exporting/strings';
import { en as importingEn } from '../features/importing/strings';
import { en as methodsEn } from '../features/enrollment/methods/strings';
import { en as passkeyEn } from '../features/enrollment/passkey/strings';
import { en as recoveryEn } from '../features/enrollment/recovery/strings';
import { en as manageEn } from '../features/manage/strings';
import { en as codesEn } from '../features/codes/strings';
import { en as profilesEn } from '../features/profiles/strings';

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

import { en as about } from '../features/about/strings';
import { en as adding } from '../features/adding/strings';
import { en as exporting } from '../features/exporting/strings';
import { en as importing } from '../features/importing/strings';
import { en as enrollment } from '../features/enrollment/strings';
import { en as methods } from '../features/enrollment/methods/strings';
import { en as passkey } from '../features/enrollment/passkey/strings';
import { en as recovery } from '../features/enrollment/recovery/strings';
import { en as manage } from '../features/manage/strings';
import { en as codes } from '../features/codes/strings';
import { en as people } from '../features/people/strings';
import { en as profiles } from '../features/profiles/strings';
import { en as settings } from '../features/settings/strings';
import { en as signIn } from '../features/signIn/strings';
import { en as common } from './commonStrings';

/**
 * English strings: the frame's and each feature's (`features/<feature>/strings.ts`), one
 * namespace per feature. Every other language has exactly these keys (checked by the
 * compiler), and `t()` keys are typed from this object (translate.ts).
 */
export const en = {
  ...common,
  notFound: { title: 'Page not found', back: 'Go to the start page' },
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

export type Strings = typeof en;

import { en as later } from './laterStrings';
import { en as start } from './startStrings';

/**
 * Every English string: the frame's and each feature's (`features/<feature>/strings.ts`),
 * one namespace per feature. Every other language has exactly these keys (checked by the
 * compiler), and `t()` keys are typed from this object (translate.ts). The app itself never
 * imports this module: it loads startStrings.ts at start and laterStrings.ts when needed;
 * component tests give it all.
 */
export const en = { ...start, ...later };

export type Strings = typeof en;

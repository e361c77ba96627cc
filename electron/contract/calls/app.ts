import { appInfoSchema } from '../appInfo';
import { noInput } from './noInput';

/** The app itself: what the About screen shows. */
export const appCalls = {
  'app.info': { input: noInput, output: appInfoSchema },
} as const;

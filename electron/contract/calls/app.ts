import { appInfoSchema } from '../appInfo';
import { done, noInput } from './noInput';

/** The app itself: what the About screen shows. */
export const appCalls = {
  'app.info': { input: noInput, output: appInfoSchema },
  /**
   * The person is at the keyboard (input in the page): restarts the idle lock's count.
   * Every other call restarts it too; the page sends this at most once a minute.
   */
  'app.activity': { input: noInput, output: done },
} as const;

import { useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useDescribeError } from '../../ui/useDescribeError';

/** The features whose strings carry their own `errors` words. */
type Feature = 'adding' | 'importing' | 'exporting';

/**
 * Like `useDescribeError`, but a feature's own words for a code come first
 * (`<feature>.errors.<code>`), with the host's sentence as `{{detail}}` where the words
 * say what exactly is wrong (the host's messages never hold a secret). The host writes
 * English only, so only the English words take it; the Spanish ones say it without. No
 * other value goes to `t`: an error's details are data, never options for the translator.
 */
export function useDescribeFeatureError(feature: Feature): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  return (error) => {
    if (!(error instanceof DeskIdError)) return describe(error);
    const path = `${feature}.errors.${error.code}`;
    if (!i18n.exists(path)) return describe(error);
    // The key is checked at run time above; the typed `t` cannot know it statically.
    return (t as (key: string, options: object) => string)(path, { detail: error.message });
  };
}

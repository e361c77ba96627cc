import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FeatureError } from '../importing/FeatureError';
import { checkOtpauthUri } from './checkOtpauthUri';
import type { Added } from './AddedResult';
import { useProblemWords } from './useProblemWords';

/**
 * Paste an `otpauth://` set-up link (one line: Enter adds it). It is checked as it is typed,
 * what is wrong said on the field; only a valid link goes to `adding.fromUri`.
 */
export function UriForm({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const words = useProblemWords();
  const [uri, setUri] = useState('');
  const [checked, setChecked] = useState(false);
  const problem = checkOtpauthUri(uri);
  const shownProblem = checked || uri !== '' ? problem : undefined;
  const add = useAction(async (link: string) => onAdded(await bridge.adding.fromUri({ uri: link })));
  return (
    <form
      aria-labelledby="add-uri"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (problem === undefined) void add.run(uri.trim());
      }}
    >
      <h2 id="add-uri">{t('adding.uri.title')}</h2>
      <Field
        label={t('adding.uri.field')}
        hint={t('adding.uri.hint')}
        problem={shownProblem === undefined ? undefined : words(shownProblem, 'uri')}
        spellCheck={false}
        autoComplete="off"
        value={uri}
        onChange={(event) => {
          setUri(event.target.value);
          add.reset();
        }}
      />
      <FeatureError error={add.error} feature="adding" />
      <button type="submit" disabled={add.pending}>
        {add.pending ? t('common.working') : t('adding.uri.submit')}
      </button>
    </form>
  );
}

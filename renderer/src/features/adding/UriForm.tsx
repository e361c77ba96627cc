import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { FeatureError } from '../importing/FeatureError';
import { checkOtpauthUri } from './checkOtpauthUri';
import type { Added } from './AddedResult';
import { useProblemWords } from './useProblemWords';

/**
 * Paste an `otpauth://` set-up link. It is checked as it is typed (what is wrong is said
 * on the field once the person pauses or submits); a valid link goes to `adding.fromUri`.
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
      <div className="field">
        <label htmlFor="add-uri-field">{t('adding.uri.field')}</label>
        <p className="hint" id="add-uri-hint">
          {t('adding.uri.hint')}
        </p>
        <textarea
          id="add-uri-field"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={shownProblem === undefined ? 'add-uri-hint' : 'add-uri-hint add-uri-problem'}
          aria-invalid={shownProblem === undefined ? undefined : true}
          value={uri}
          onChange={(event) => {
            setUri(event.target.value);
            add.reset();
          }}
        />
        {shownProblem !== undefined && (
          <p className="field-problem" id="add-uri-problem">
            {words(shownProblem, 'uri')}
          </p>
        )}
      </div>
      <FeatureError error={add.error} feature="adding" />
      <button type="submit" disabled={add.pending}>
        {add.pending ? t('common.working') : t('adding.uri.submit')}
      </button>
    </form>
  );
}

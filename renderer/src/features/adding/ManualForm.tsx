import { useState, type ComponentProps } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { otpAlgorithms } from '../../../../electron/contract/otpRules';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FeatureError } from '../importing/FeatureError';
import type { Added } from './AddedResult';
import { checkManualEntry, type ManualFields } from './checkManualEntry';
import { useProblemWords } from './useProblemWords';

const blank: ManualFields = {
  issuer: '',
  label: '',
  secret: '',
  type: 'totp',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
  counter: '0',
};

type TextField = 'issuer' | 'label' | 'secret' | 'digits' | 'period' | 'counter';

/**
 * An account typed by hand. Each field is checked as it is typed, by the services' rules
 * (`otpRules`); a field's problem shows once it has been typed in (or on submit), and
 * nothing is sent while any remains.
 */
export function ManualForm({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const words = useProblemWords();
  const [fields, setFields] = useState(blank);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const problems = checkManualEntry(fields);
  const add = useAction(async (entry: ManualFields) => {
    const numbers = entry.type === 'totp' ? { period: Number(entry.period) } : { counter: Number(entry.counter) };
    onAdded(
      await bridge.adding.manual({
        issuer: entry.issuer.trim(),
        label: entry.label.trim(),
        secret: entry.secret,
        type: entry.type,
        algorithm: entry.algorithm,
        digits: Number(entry.digits),
        ...numbers,
      }),
    );
  });
  const set = (name: keyof ManualFields, value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    setTouched((current) => new Set(current).add(name));
    add.reset();
  };
  const problemOf = (name: TextField) => {
    const problem = problems[name];
    return problem !== undefined && (submitted || touched.has(name)) ? words(problem, 'manual') : undefined;
  };
  const text = (name: TextField, label: string, extra: Omit<ComponentProps<typeof Field>, 'label'> = {}) => (
    <Field
      label={label}
      problem={problemOf(name)}
      value={fields[name]}
      onChange={(event) => set(name, event.target.value)}
      onBlur={() => setTouched((current) => new Set(current).add(name))}
      {...extra}
    />
  );
  return (
    <form
      aria-labelledby="add-manual"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.keys(problems).length === 0) void add.run(fields);
      }}
    >
      <h2 id="add-manual">{t('adding.manual.title')}</h2>
      <p>{t('adding.manual.intro')}</p>
      {text('issuer', t('adding.manual.issuer'), { hint: t('adding.manual.issuerHint'), autoComplete: 'off' })}
      {text('label', t('adding.manual.label'), { hint: t('adding.manual.labelHint'), autoComplete: 'off' })}
      {text('secret', t('adding.manual.secret'), {
        hint: t('adding.manual.secretHint'),
        autoComplete: 'off',
        spellCheck: false,
        autoCapitalize: 'characters',
      })}
      <fieldset>
        <legend>{t('adding.manual.type')}</legend>
        {(['totp', 'hotp'] as const).map((type) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name="otp-type"
              value={type}
              checked={fields.type === type}
              onChange={() => set('type', type)}
            />
            {t(`adding.manual.${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('adding.manual.advanced')}</legend>
        <div className="field">
          <label htmlFor="add-algorithm">{t('adding.manual.algorithm')}</label>
          <select
            id="add-algorithm"
            value={fields.algorithm}
            onChange={(event) => set('algorithm', event.target.value)}
          >
            {otpAlgorithms.map((algorithm) => (
              <option key={algorithm} value={algorithm}>
                {algorithm}
              </option>
            ))}
          </select>
        </div>
        {text('digits', t('adding.manual.digits'), { inputMode: 'numeric' })}
        {fields.type === 'totp'
          ? text('period', t('adding.manual.period'), { inputMode: 'numeric' })
          : text('counter', t('adding.manual.counter'), { hint: t('adding.manual.counterHint'), inputMode: 'numeric' })}
      </fieldset>
      <FeatureError error={add.error} feature="adding" />
      <button type="submit" disabled={add.pending}>
        {add.pending ? t('common.working') : t('adding.manual.submit')}
      </button>
    </form>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Method } from '../../../../../electron/contract/accountStatus';
import { DeskIdError } from '../../../../../electron/contract/DeskIdError';
import { hasPhoneExtension } from '../../../../../electron/contract/phoneRules';
import { useBridge } from '../../../bridge/BridgeContext';
import { useAction } from '../../../data/useAction';
import { useQuery } from '../../../data/useQuery';
import { Field } from '../../../ui/Field';
import { useDescribeError } from '../../../ui/useDescribeError';
import { ActionError, isWaiting, useWait } from '../../signIn/ActionError';
import { CodeForm } from '../../signIn/CodeForm';
import { oneTimeCode } from '../../signIn/checkTypedCode';
import { ResendCode, type Channel, type SentCode } from '../../signIn/ResendCode';
import { serverKey } from '../../signIn/SignInForm';
import { SubHeading } from '../../signIn/SubHeading';
import { countryOptions } from './countries';
import { formatAsTyped } from './formatAsTyped';
import { useLandlineCheck } from './landlineCheck';
import { SignInAgain } from '../SignInAgain';

/** Refusals that are about the number itself: shown on the number field. */
const numberProblems = new Set([
  'phone_extension_not_allowed',
  'phone_invalid',
  'phone_type_not_allowed',
  'phone_already_enrolled',
]);

interface Added {
  factorId: string;
  masked: string;
  channels: Channel[];
  sent: SentCode;
}

interface PhoneSetupProps {
  /** The phone is verified. */
  onDone: (method: Method) => void;
  /** The way on when the phone cannot be used (locked, refused): back to the method choice. */
  onOtherMethod: () => void;
}

/**
 * Adding a phone: country and number (formatted as typed; an extension refused here,
 * before any request, by the protocol's own rule), SMS or voice (voice for a landline),
 * then the code, with resend after the server's wait and a switch of channel.
 */
export function PhoneSetup({ onDone, onOtherMethod }: PhoneSetupProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [added, setAdded] = useState<Added | undefined>(undefined);
  if (added === undefined) return <PhoneNumberForm onAdded={setAdded} />;
  const resend = async (channel: Channel) => {
    const answer = await bridge.enrollment.resendPhoneCode({ factorId: added.factorId, channel });
    setAdded({ ...added, sent: { channel, wait: { seconds: answer.resendAfter } } });
  };
  const { masked } = added;
  return (
    <div className="sub-step">
      <SubHeading>{t('methods.phoneSetup.enterCode')}</SubHeading>
      <p>
        {added.sent.channel === 'sms'
          ? t('methods.phoneSetup.sentSms', { masked })
          : t('methods.phoneSetup.sentVoice', { masked })}
      </p>
      <CodeForm
        label={t('methods.phoneSetup.codeLabel')}
        shape={oneTimeCode}
        submitLabel={t('methods.phoneSetup.verify')}
        onSubmit={async (code) => onDone(await bridge.enrollment.verifyMethod({ factorId: added.factorId, code }))}
      />
      <ResendCode channels={added.channels} sent={added.sent} onResend={resend} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setAdded(undefined)}>
          {t('methods.phoneSetup.otherNumber')}
        </button>
        <button type="button" className="secondary" onClick={onOtherMethod}>
          {t('methods.phoneSetup.otherMethod')}
        </button>
      </div>
    </div>
  );
}

function PhoneNumberForm({ onAdded }: { onAdded: (added: Added) => void }) {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const describe = useDescribeError();
  const server = useQuery(serverKey, () => bridge.signIn.server({}));
  const offered = server.data?.phoneChannels ?? ['sms', 'voice'];
  const [country, setCountry] = useState<CountryCode | undefined>(undefined);
  const chosenCountry = country ?? ((server.data?.defaultCountry ?? 'US') as CountryCode);
  const [number, setNumber] = useState('');
  const [landline, setLandline] = useState(false);
  const [channel, setChannel] = useState<Channel>(offered.includes('sms') ? 'sms' : 'voice');
  const numberField = useRef<HTMLDivElement>(null);
  const looksLikeLandline = useLandlineCheck();
  const add = useAction(async () => {
    const answer = await bridge.enrollment
      .addPhone({ number, country: chosenCountry, channel })
      .catch((error: unknown) => {
        // A landline cannot get text messages: switch to a voice call and say why.
        if (error instanceof DeskIdError && error.code === 'channel_not_supported') setChannel('voice');
        throw error;
      });
    const channels: Channel[] = answer.lineType === 'fixed_line' ? ['voice'] : [...offered];
    onAdded({
      factorId: answer.factorId,
      masked: answer.masked,
      channels,
      sent: { channel, wait: { seconds: answer.resendAfter } },
    });
  });
  const left = useWait(add.error);
  const extension = hasPhoneExtension(number);
  // Sending with the number left blank: said on the field, before any request.
  const [blankSent, setBlankSent] = useState(false);
  const code = add.error instanceof DeskIdError ? add.error.code : undefined;
  const numberProblem = extension
    ? t('errors.codes.phone_extension_not_allowed')
    : blankSent
      ? t('methods.phoneSetup.numberMissing')
      : code !== undefined && numberProblems.has(code)
        ? describe(add.error)
        : undefined;
  const landlineNow = landline || looksLikeLandline(number, chosenCountry);

  const changeNumber = (typed: string) => {
    const next = formatAsTyped(typed, number, chosenCountry);
    if (!landlineNow && looksLikeLandline(next, chosenCountry) && offered.includes('voice')) setChannel('voice');
    setNumber(next);
    setBlankSent(false);
    add.reset();
  };
  return (
    <form
      className="phone-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The protocol's extension rule, here: nothing is sent for a number with an extension, nor for none.
        const blank = number.trim() === '';
        setBlankSent(blank);
        if (extension || blank) {
          numberField.current?.querySelector('input')?.focus();
          return;
        }
        void add.run(undefined);
      }}
    >
      <div className="field">
        <label htmlFor="phone-country">{t('methods.phoneSetup.country')}</label>
        <select
          id="phone-country"
          value={chosenCountry}
          autoComplete="tel-country-code"
          onChange={(event) => {
            setCountry(event.target.value as CountryCode);
            add.reset();
          }}
        >
          {countryOptions(i18n.language, chosenCountry).map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div ref={numberField}>
        <Field
          label={t('methods.phoneSetup.number')}
          hint={t('methods.phoneSetup.numberHint')}
          problem={numberProblem}
          type="tel"
          autoComplete="tel-national"
          required
          value={number}
          onChange={(event) => changeNumber(event.target.value)}
        />
      </div>
      <div className="check">
        <input
          id="phone-landline"
          type="checkbox"
          checked={landline}
          aria-describedby="phone-landline-hint"
          onChange={(event) => {
            setLandline(event.target.checked);
            if (event.target.checked) setChannel('voice');
          }}
        />
        <label htmlFor="phone-landline">{t('methods.phoneSetup.landline')}</label>
        <p className="hint" id="phone-landline-hint">
          {t('methods.phoneSetup.landlineHint')}
        </p>
      </div>
      <fieldset className="channels">
        <legend>{t('methods.phoneSetup.channel')}</legend>
        {offered.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="channel"
              value={option}
              checked={channel === option}
              disabled={option === 'sms' && landline}
              onChange={() => setChannel(option)}
            />
            {option === 'sms' ? t('methods.phoneSetup.sms') : t('methods.phoneSetup.voice')}
          </label>
        ))}
      </fieldset>
      {code === 'channel_not_supported' ? (
        <div className="form-error" role="alert">
          <p>{t('methods.phoneSetup.channelNotSupported')}</p>
        </div>
      ) : (
        <ActionError error={numberProblem === undefined ? add.error : undefined} left={left} />
      )}
      <SignInAgain error={add.error} />
      <button type="submit" disabled={add.pending || isWaiting(left)}>
        {add.pending ? t('common.working') : t('methods.phoneSetup.send')}
      </button>
    </form>
  );
}

import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { i18n } from './translate';
import { Trans, useTranslation } from './useTranslation';

i18n.addStrings('en', en);
i18n.addStrings('es', es);

function Words({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('people.wrongPinLeft', { count })}</p>
      <p>{t('common.minutesSeconds', { minutes: 2, seconds: 5 })}</p>
      <p>
        <Trans
          i18nKey="signIn.mfa.resendIn"
          values={{ wait: '<timer>1 s</timer>' }}
          components={{ timer: <span role="timer" /> }}
        />
      </p>
    </>
  );
}

describe('the renderer’s translations', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('puts values in, chooses the plural form by count, and marks up only what the string marks', () => {
    void i18n.changeLanguage('en');
    render(<Words count={1} />);
    const [pin, wait, resend] = screen.getAllByRole('paragraph');
    expect(pin?.textContent).toBe(i18n.t('people.wrongPinLeft', { count: 1 }));
    expect(pin?.textContent).not.toBe(i18n.t('people.wrongPinLeft', { count: 2 }));
    expect(wait?.textContent).toBe('2 min 5 s');
    // The value holding a tag is text, inside the one element the string asks for.
    expect(screen.getByRole('timer').textContent).toBe('<timer>1 s</timer>');
    expect(resend?.textContent).toBe('You can ask for a new code in <timer>1 s</timer>.');
  });

  it('renders again in the language chosen', () => {
    void i18n.changeLanguage('en');
    render(<Words count={3} />);
    act(() => void i18n.changeLanguage('es'));
    expect(screen.getByRole('timer').parentElement?.textContent).toMatch(/^Podrá pedir un código nuevo en/);
    expect(document.body.textContent).toContain(
      es.common.minutesSeconds.replace('{{minutes}}', '2').replace('{{seconds}}', '5'),
    );
  });

  it('knows which keys exist, plural bases included, and gives an unknown key back as it is', () => {
    expect(i18n.exists('common.loading')).toBe(true);
    expect(i18n.exists('people.wrongPinLeft')).toBe(true);
    expect(i18n.exists('common.nothing')).toBe(false);
    expect((i18n.t as (key: string) => string)('common.nothing')).toBe('common.nothing');
  });
});

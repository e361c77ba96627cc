import { useEffect, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js/min';

/** True when `number` reads as a landline (libphonenumber's type FIXED_LINE) for `country`. */
export type LandlineCheck = (number: string, country: CountryCode) => boolean;

let loading: Promise<LandlineCheck> | undefined;

/**
 * The landline check, loaded on first use. It needs libphonenumber's full metadata: the
 * `min` set the phone form formats with carries no number types, so `getType()` answered
 * nothing for French, Spanish or German landlines (nor told a US landline from a mobile).
 * The full set is about 157 KB, so it is a chunk of its own, fetched when the phone form
 * opens, not with the first screen.
 */
export function loadLandlineCheck(): Promise<LandlineCheck> {
  loading ??= import('libphonenumber-js/max').then(
    ({ parsePhoneNumberFromString }) =>
      (number, country) =>
        parsePhoneNumberFromString(number, country)?.getType() === 'FIXED_LINE',
  );
  return loading;
}

const notYet: LandlineCheck = () => false;

/**
 * The landline check for a form: answers `false` until the metadata has loaded (tens of
 * milliseconds after the form opens), and if it cannot load. Either way the person can
 * still tick "This is a landline", and the server's `channel_not_supported` switches to a
 * voice call.
 */
export function useLandlineCheck(): LandlineCheck {
  const [check, setCheck] = useState<LandlineCheck>(() => notYet);
  useEffect(() => {
    let open = true;
    loadLandlineCheck().then(
      (loaded) => {
        if (open) setCheck(() => loaded);
      },
      () => {
        // Stays `notYet`; the next form tries again.
        loading = undefined;
      },
    );
    return () => {
      open = false;
    };
  }, []);
  return check;
}

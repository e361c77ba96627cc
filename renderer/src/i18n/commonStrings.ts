/** Strings of the app frame and those every feature shares. */
export const en = {
  app: {
    name: 'DeskID',
    skipToContent: 'Skip to main content',
    primaryNav: 'Main',
  },
  nav: {
    setUp: 'Set up sign-in',
    manage: 'My sign-in methods',
    about: 'About this app',
    signOut: 'Sign out',
  },
  common: {
    loading: 'Loading…',
    tryAgain: 'Try again',
    yes: 'Yes',
    no: 'No',
    back: 'Back',
    cancel: 'Cancel',
    continue: 'Continue',
    close: 'Close',
    save: 'Save',
    working: 'Working…',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
    seconds: '{{count}} s',
    /** A day written out ("March 7, 2025"), without Intl: its first date format costs the first screen ~20 ms. */
    longDate: '{{month}} {{day}}, {{year}}',
    months: {
      jan: 'January',
      feb: 'February',
      mar: 'March',
      apr: 'April',
      may: 'May',
      jun: 'June',
      jul: 'July',
      aug: 'August',
      sep: 'September',
      oct: 'October',
      nov: 'November',
      dec: 'December',
    },
  },
  errors: {
    title: 'Something went wrong',
    noBridge: 'This window was opened without its launch key. Open the address that DeskID printed when it started.',
    unknown: 'Something went wrong inside DeskID. Please try again.',
    supportContact: 'Need help? Ask {{contact}}.',
    codes: {
      invalid_credentials: 'The username or password is not right. Check them and try again.',
      account_locked: 'Too many wrong passwords. Your account is locked; try again in {{wait}}.',
      rate_limited: 'Too many attempts from this computer. Wait {{wait}}, then try again.',
      invalid_code: 'That code is not right. {{attemptsLeft}} tries left before this method is locked.',
      invalid_code_last: 'That code is not right. This was the last try: the method is now locked for a while.',
      code_already_used: 'That code was already used. Wait for the next code, then enter it.',
      code_expired: 'That code has expired. Ask for a new one.',
      factor_locked: 'Too many wrong codes. This method is locked; try again in {{wait}}, or use another method.',
      too_many_codes: 'Too many codes were sent to this phone. You can ask again in {{wait}}.',
      transaction_not_found: 'This sign-in took too long and has ended. Start again with your username and password.',
      unauthorized: 'Your sign-in has ended. Sign in again.',
      step_up_required: 'To do this, first confirm it is you with one of your sign-in methods.',
      server_unreachable: 'The ID server cannot be reached. Check the network connection, then try again.',
      keychain_unavailable: 'This computer’s secure key storage is not available, so DeskID cannot keep codes here.',
      recovery_code_mismatch:
        'Those are not the last 4 digits of your recovery code. Look at the saved code and try again.',
      email_recovery_not_allowed: 'Email no longer counts as a sign-in or recovery method.',
      phone_extension_not_allowed: 'Use a mobile phone or a direct landline. Numbers with an extension will not work.',
      phone_invalid: 'That is not a phone number we can use. Check the digits, the area code and the country.',
      phone_type_not_allowed:
        'Toll-free, premium-rate, shared-cost, internet (VoIP) and pager numbers cannot get codes. Use a mobile phone or a direct landline.',
      phone_already_enrolled: 'This phone is already one of your sign-in methods.',
      wrong_pin: 'That PIN is not right. Try again.',
      invalid_pin_digits: 'This PIN has something other than digits in it: letters, spaces or signs. {{rule}}',
      invalid_pin_length: 'A PIN has {{minLength}} to {{maxLength}} digits. {{rule}}',
      invalid_pin_repeated: 'This PIN repeats one digit, so it is easy to guess. {{rule}}',
      invalid_pin_run: 'This PIN is a straight run of digits, so it is easy to guess. {{rule}}',
      invalid_pin_common: 'This PIN is one of the most common PINs. {{rule}}',
      pinRule:
        'Choose at least {{minLength}} digits (0 to 9, no letters) that are not one digit repeated, not a straight run like 123456, and not a common PIN.',
      pin_throttled: 'Too many wrong PINs. You can try again in {{wait}}.',
      pin_reset_required:
        'Too many wrong PINs: this profile is locked until its PIN is reset by signing in to the ID server.',
      vault_locked: 'Open your DeskID profile first, with its PIN.',
      account_not_found: 'DeskID on this computer does not hold this account’s authenticator. Choose another way.',
      forbidden_scope: 'Your recovery code is already confirmed. To get a new one, use “My sign-in methods”.',
      recovery_code_not_issued: 'Show your recovery code first, then save it.',
      passkey_verification_failed: 'The ID server could not check this passkey. Try again, or choose another way.',
      duplicate_account: 'DeskID already holds this account.',
      import_disabled:
        'Your organization has switched importing off on this computer. Ask your IT team if you need it.',
      issuer_not_allowed:
        'Your organization allows only some services in DeskID, and this one is not among them. Ask your IT team.',
      method_not_allowed: 'Your organization does not allow this sign-in method here. Choose another one.',
      set_by_policy: 'Your organization sets this, so it cannot be changed here.',
      export_disabled:
        'Your organization has switched backups and exports off on this computer. Ask your IT team if you need one.',
      invalid_request: 'Something entered here could not be used. Check what you typed or chose, then try again.',
      payload_too_large: 'That is too much to send at once. Use a smaller file or shorter text, then try again.',
      invalid_username: 'A username has 3 to 64 characters: letters, digits, dots, dashes and underscores.',
      username_taken: 'That username is already taken. Choose another one.',
      weak_password:
        'That password is too easy to guess. Choose a longer one that is not a common password and does not contain your username. A few unrelated words make a good one.',
      channel_not_supported: 'This phone number cannot get text messages. Choose a voice call instead.',
      last_method: 'This is your only sign-in method. Add another one before you remove it.',
      factor_not_found:
        'That sign-in method is no longer on your account. Go back, then choose it again or use another one.',
      internal:
        'Something went wrong and this was not finished. Try again. If it keeps happening, restart DeskID or ask your IT team.',
      /** The renderer's own `internal` error when the DeskID program stops answering this window. */
      internal_lost_contact: 'This DeskID window lost contact with DeskID. Close DeskID and start it again.',
      unknown_call: 'This DeskID window does not match the DeskID that is running. Close DeskID and start it again.',
      forbidden_origin:
        'DeskID only answers its own window. Close this page and open DeskID again from the address it showed when it started.',
      server_protocol_error:
        'The ID server gave an answer DeskID does not understand. Try again later. If it keeps happening, tell your IT team.',
      vault_damaged:
        'Part of this profile’s saved data on this computer is damaged, so DeskID cannot open it. Nothing was deleted. Ask your IT team for help.',
      vault_not_found:
        'DeskID cannot find this profile’s saved data on this computer. Ask your IT team for help before you set it up again.',
      invalid_pin: 'This profile needs a PIN that is long enough and not easy to guess. Choose one, then try again.',
      profile_not_found: 'This profile is no longer on this computer. Go back to the list of people and choose again.',
      profile_exists: 'A profile with this name is already on this computer. Choose another name.',
      invalid_otpauth_uri:
        'This is not an authenticator set-up link or QR code (its link must start with otpauth://). Check that you have the code the website or app gave you for an authenticator app.',
      invalid_secret:
        'The set-up key is not right. Check it for typing mistakes: it has only the letters A to Z and the digits 2 to 7.',
      invalid_account: 'DeskID cannot use this account as it is. Check its details, then try again.',
      invalid_image: 'This picture could not be read. Use a PNG, JPEG or WebP picture.',
      image_too_large: 'This picture is too large to read. Crop it to the QR code and try again.',
      no_qr_code: 'No QR code was found in this picture. Make sure the whole code is visible and sharp.',
      import_failed:
        'DeskID could not read the accounts in this file: it may be damaged or incomplete, or it was open too long. Choose the file again. If it still fails, export it again from the other app.',
      unsupported_format:
        'DeskID does not recognise this file. Check that you chose the right file, or update DeskID if a newer version made it.',
      password_required: 'This file is protected by a password. Type its password.',
      wrong_password: 'That password does not open this file, or the file has been changed. Check it and try again.',
      file_error:
        'DeskID could not read or save a file it needs. Choose the file again or check there is free space, then try again. If it keeps happening, ask your IT team.',
    },
  },
};

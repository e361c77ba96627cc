-- The mock ID server's tables. Times are integer milliseconds since the epoch (UTC).
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT,
  password_hash TEXT NOT NULL,
  webauthn_user_id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  password_failures INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0,
  recovery_hash TEXT,
  recovery_cipher TEXT,
  recovery_issued_at INTEGER,
  recovery_confirmed_at INTEGER,
  recovery_issuer_session TEXT
);

CREATE TABLE factors (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('passkey', 'totp', 'phone')),
  label TEXT NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER,
  phone_e164 TEXT,
  phone_line_type TEXT,
  phone_channels TEXT,
  totp_secret_cipher TEXT,
  totp_last_step INTEGER,
  credential_id TEXT UNIQUE,
  public_key BLOB,
  sign_count INTEGER,
  device_type TEXT,
  backed_up INTEGER,
  transports TEXT
);
CREATE INDEX factors_account ON factors(account_id);

CREATE TABLE method_failures (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  count INTEGER NOT NULL,
  locked_until INTEGER NOT NULL,
  PRIMARY KEY (account_id, method)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  scope TEXT NOT NULL CHECK (scope IN ('enroll', 'full')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  fresh_until INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE transactions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('sign_in', 'step_up', 'passwordless')),
  session_hash TEXT,
  session_token_cipher TEXT,
  amr TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  challenge TEXT,
  challenge_expires_at INTEGER
);
CREATE INDEX transactions_expiry ON transactions(expires_at);

CREATE TABLE registration_challenges (
  account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  challenge TEXT NOT NULL,
  label TEXT,
  expires_at INTEGER NOT NULL
);

CREATE TABLE phone_codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  channel TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phone_codes_factor ON phone_codes(factor_id);

CREATE TABLE code_sends (
  e164 TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX code_sends_number ON code_sends(e164, sent_at);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  to_e164 TEXT NOT NULL,
  channel TEXT NOT NULL,
  code TEXT NOT NULL,
  text TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX outbox_number ON outbox(to_e164);

CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL
);

import type { Named } from './filterAccounts';

/** How an account is named to a person: "GitHub (alice@example.com)", or the one name it has. */
export function accountName({ issuer, label }: Named): string {
  if (issuer === '') return label;
  if (label === '') return issuer;
  return `${issuer} (${label})`;
}

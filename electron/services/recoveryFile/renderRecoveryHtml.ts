import { recoveryCodeGroups } from '../../../protocol/recoveryCodeFormat';
import { escapeHtml } from './escapeHtml';
import { formatIssuedAt, recoveryFileWords, type RecoveryCodeContent } from './RecoveryCodeContent';

/**
 * A printable, self-contained HTML page with the same content as the text file. Every
 * value is escaped; the page loads nothing and runs no script (its CSP says so too).
 */
export function renderRecoveryHtml({ code, account, server, issuedAt, language = 'en' }: RecoveryCodeContent): string {
  const words = recoveryFileWords[language];
  // The protocol's grouping, 1234 5678 9012 3456, as the text file shows it.
  const grouped = recoveryCodeGroups(code)
    .map((group) => `<span>${escapeHtml(group)}</span>`)
    .join('<span aria-hidden="true"> </span>');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(words.title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; color: #111; }
.code { font: 700 2rem ui-monospace, monospace; letter-spacing: 0.1em; border: 2px solid #111; padding: 1rem; text-align: center; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${escapeHtml(words.heading)}</h1>
<p class="code">${grouped}</p>
<dl>
<dt>${escapeHtml(words.account)}</dt><dd>${escapeHtml(account)}</dd>
<dt>${escapeHtml(words.server)}</dt><dd>${escapeHtml(server)}</dd>
<dt>${escapeHtml(words.issuedOn)}</dt><dd>${escapeHtml(formatIssuedAt(issuedAt))}</dd>
</dl>
${words.instructions.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</body>
</html>
`;
}

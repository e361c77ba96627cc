// Bench-only (never in the app's build): the static-data baseline of
// `npm run bench:authenticator`. The renderer's real `CodeList` (with its rows and the
// renderer's own strings), built with the renderer's Vite config into one classic script
// that the bench adds to the app's page after an unlock. It defines
// `window.__deskidStaticCodeList(names)`: renders `CodeList` with one TOTP account per
// name (shaped as `codes.list` answers, codes filled in) into a new root placed where the
// real list is, and answers the milliseconds from the call to the first DOM change that
// leaves a code button per account in that root, layout forced there (the real path's end:
// a MutationObserver, then getBoundingClientRect). Then it unmounts and puts the page back.
// Plain `createElement` rather than JSX keeps it inside the tools' type-check
// (tsconfig.tools.json compiles test/**/*.ts), as in ../minimalPage.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CodeList } from '../../../renderer/src/features/codes/CodeList';
import type { CodeAccount } from '../../../renderer/src/features/codes/useCodes';
import { en } from '../../../renderer/src/i18n/en';
import { i18n } from '../../../renderer/src/i18n/translate';

/** A service and account name, as the bench added them. */
export interface StaticName {
  issuer: string;
  label: string;
}

export type RenderStaticCodeList = (names: StaticName[]) => Promise<number>;

/** The real path's end: every account's code (the copy button around it) in the list. */
const codeSelector = '.code-list .code-button';
const period = 30;

i18n.addStrings('en', en);

const ignore = (): undefined => undefined;

/** One TOTP account per name, as `codes.list` answers: id, names, a current step and a 6-digit code. */
function accountsOf(names: StaticName[]): CodeAccount[] {
  const step = period * 1000;
  const validFrom = Math.floor(Date.now() / step) * step;
  return names.map(({ issuer, label }, index) => ({
    id: crypto.randomUUID(),
    issuer,
    label,
    type: 'totp',
    digits: 6,
    period,
    code: String(100_000 + ((index * 7919) % 900_000)),
    validFrom,
    validUntil: validFrom + step,
    alreadyUsed: false,
  }));
}

const renderStaticCodeList: RenderStaticCodeList = (names) => {
  const realList = document.querySelector<HTMLElement>('main .code-list');
  if (realList === null) return Promise.reject(new Error('No code list in main to stand in for.'));
  const accounts = accountsOf(names);
  // Outside the timing: the real list set aside, the new root's element put in its place.
  const shownAs = realList.style.display;
  realList.style.display = 'none';
  const container = document.createElement('div');
  realList.before(container);
  container.getBoundingClientRect();
  return new Promise<number>((resolve, reject) => {
    const start = performance.now();
    const root = createRoot(container);
    const restore = (): void => {
      observer.disconnect();
      root.unmount();
      container.remove();
      realList.style.display = shownAs;
    };
    const observer = new MutationObserver(() => {
      if (container.querySelectorAll(codeSelector).length < accounts.length) return;
      container.getBoundingClientRect();
      const ms = performance.now() - start;
      // Outside the timing: the rows are the accounts given, with the renderer's words (not their keys).
      const shown = container.querySelector('.code-issuer')?.textContent;
      const named = container.querySelector('ul.code-list')?.getAttribute('aria-label');
      restore();
      if (shown !== names[0]?.issuer || named === null || named === undefined || named === 'codes.list') {
        reject(new Error(`The static list rendered "${shown ?? ''}" in a list named "${named ?? ''}".`));
      } else resolve(ms);
    });
    observer.observe(container, { childList: true, subtree: true });
    try {
      root.render(
        createElement(CodeList, {
          accounts,
          query: '',
          onCopy: ignore,
          onMove: ignore,
          onNotice: ignore,
          focusOutside: ignore,
        }),
      );
    } catch (error: unknown) {
      restore();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
};

(window as unknown as { __deskidStaticCodeList: RenderStaticCodeList }).__deskidStaticCodeList = renderStaticCodeList;

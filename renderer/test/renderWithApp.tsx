import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from '../src/app/router';
import type { GroupedBridge } from '../../electron/contract/groupedClient';
import { BridgeContext } from '../src/bridge/BridgeContext';
import { en } from '../src/i18n/en';
import { es } from '../src/i18n/es';
import { i18n } from '../src/i18n/translate';

i18n.addStrings('en', en);
i18n.addStrings('es', es);

/**
 * Renders a component as the app would: with a bridge, the strings and a router. The
 * bridge is the test's own — the Electron and browser hosts cannot exist in a component
 * test — typed as the real one so a wrong call name or shape fails to compile. Give only
 * the calls the component makes; any other call fails the test. Machine policy is ambient
 * (screens ask what it allows): without a `policy` group, none is set. So are the host's
 * events: without `on`, the host tells the page nothing.
 */
export function renderWithApp(
  ui: ReactNode,
  bridge: DeepPartialBridge,
  { language = 'en', path = '/' }: { language?: 'en' | 'es'; path?: string } = {},
): RenderResult {
  void i18n.changeLanguage(language);
  const strict = new Proxy(bridge, {
    get(target, feature: string) {
      const group = (target as Record<string, unknown>)[feature] ?? ambient[feature];
      if (group === undefined) throw new Error(`The test's bridge has no "${feature}" calls.`);
      return group;
    },
  }) as GroupedBridge;
  return render(
    <BridgeContext.Provider value={strict}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </BridgeContext.Provider>,
  );
}

/** No machine policy: every setting at its default, nothing enforced. */
const noPolicy: Partial<GroupedBridge['policy']> = {
  get: () => Promise.resolve({ settings: [], warnings: [] }),
};

/** What a test's bridge has unless it gives its own: no policy, and no host events. */
const ambient: Record<string, unknown> = {
  policy: noPolicy,
  on: (() => () => undefined) satisfies GroupedBridge['on'],
};

export type DeepPartialBridge = { [F in keyof GroupedBridge]?: Partial<GroupedBridge[F]> };

import type { CallName, CallSpec, FeatureName } from './calls';

type FeatureCalls<F extends FeatureName> = {
  readonly [N in CallName as N extends `${F}.${string}` ? N : never]: CallSpec;
};

/**
 * Each feature's calls as a module of its own, loaded the first time one of its calls is
 * made. The renderer validates answers with these: building every feature's zod schemas
 * at start cost the first screen tens of milliseconds (bench:renderer), when it needs only
 * the sign-in calls. The host side keeps the one static `calls` object. A feature added to
 * `calls.ts` and not here fails to compile.
 */
export const featureCalls: { readonly [F in FeatureName]: () => Promise<FeatureCalls<F>> } = {
  app: () => import('./calls/app').then((m) => m.appCalls),
  signIn: () => import('./calls/signIn').then((m) => m.signInCalls),
  enrollment: () => import('./calls/enrollment').then((m) => m.enrollmentCalls),
  manage: () => import('./calls/manage').then((m) => m.manageCalls),
  profiles: () => import('./calls/profiles').then((m) => m.profilesCalls),
  codes: () => import('./calls/codes').then((m) => m.codesCalls),
  adding: () => import('./calls/adding').then((m) => m.addingCalls),
  importing: () => import('./calls/importing').then((m) => m.importingCalls),
  exporting: () => import('./calls/exporting').then((m) => m.exportingCalls),
  settings: () => import('./calls/settings').then((m) => m.settingsCalls),
  desktop: () => import('./calls/desktop').then((m) => m.desktopCalls),
  passkeyCeremony: () => import('./calls/passkeyCeremony').then((m) => m.passkeyCeremonyCalls),
};

/** The spec of one call, loading its feature's module when first asked. */
export function loadCallSpec(name: CallName): Promise<CallSpec> {
  const feature = name.slice(0, name.indexOf('.')) as FeatureName;
  return (featureCalls[feature] as () => Promise<Record<string, CallSpec>>)().then((specs) => {
    const spec = specs[name];
    if (spec === undefined) throw new Error(`The contract has no call "${name}".`);
    return spec;
  });
}

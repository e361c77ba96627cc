import { z } from 'zod';
import { parseServerUrl } from '../idserver/parseServerUrl';

/** How a setting is stored in the registry and the templates: one switch, a number, a text or a list. */
export type PolicyKind = 'boolean' | 'integer' | 'string' | 'list';

/** One managed setting: its rule, its words for IT, its default, and whether a person may change it. */
export interface PolicyDefinition<T> {
  schema: z.ZodType<T>;
  kind: PolicyKind;
  /** One or two sentences for the IT guide, the templates and `deskid policy show`. */
  description: string;
  default: T;
  /** A person may change it on their own (settings screen or `deskid settings set`) unless policy sets it. */
  userMayChange: boolean;
  /** For a `list` of fixed words, those words (the templates offer them). */
  choices?: readonly string[];
  /** For an `integer`, its range. */
  range?: { min: number; max: number };
}

/** The sign-in methods the wizard may offer. */
export const policyMethods = ['passkey', 'totp', 'phone'] as const;
export type PolicyMethod = (typeof policyMethods)[number];

const serverUrl = z.string().refine(
  (value) => {
    if (value === '') return true;
    try {
      parseServerUrl(value, 'serverUrl');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not an https:// address (plain http:// only on this computer), or it holds a user name' },
);

const define = <T>(definition: PolicyDefinition<T>): PolicyDefinition<T> => definition;

/**
 * Every managed setting, once: the policy sources, the services, `deskid policy show`,
 * the About page, the templates (ADMX/ADML, .mobileconfig, policy.json) and the IT guide's
 * table are all derived from this object.
 */
export const policyDefinitions = {
  serverUrl: define({
    schema: serverUrl,
    kind: 'string',
    description:
      'The ID server DeskID signs in to (https://…). Empty: the address given with --server, else the built-in demo server.',
    default: '',
    userMayChange: false,
  }),
  allowedMethods: define<PolicyMethod[]>({
    schema: z.array(z.enum(policyMethods)).min(1),
    kind: 'list',
    choices: policyMethods,
    description:
      'The sign-in methods the set-up wizard offers (passkey, totp, phone); it shows only those the ID server offers too.',
    default: [...policyMethods],
    userMayChange: false,
  }),
  sharedDesktopMode: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'Several people share this computer: every profile must have a PIN.',
    default: true,
    userMayChange: false,
  }),
  autoLockMinutes: define({
    schema: z.number().int().min(1).max(480),
    kind: 'integer',
    range: { min: 1, max: 480 },
    description: 'Minutes without activity before every profile locks (1 to 480).',
    default: 5,
    userMayChange: true,
  }),
  clipboardClearSeconds: define({
    schema: z.number().int().min(1).max(600),
    kind: 'integer',
    range: { min: 1, max: 600 },
    description: 'Seconds before a copied code is cleared from the clipboard (1 to 600).',
    default: 30,
    userMayChange: true,
  }),
  hideCodesUntilClicked: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'Codes stay hidden until the person clicks them.',
    default: false,
    userMayChange: true,
  }),
  allowExport: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'People may make encrypted backups of their authenticator accounts.',
    default: true,
    userMayChange: false,
  }),
  allowImport: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'People may import accounts from another authenticator app or restore a backup.',
    default: true,
    userMayChange: false,
  }),
  issuerAllowlist: define<string[]>({
    schema: z.array(z.string().trim().min(1).max(256)).max(500),
    kind: 'list',
    description:
      'Only accounts from these issuers may be added to the authenticator (compared without regard to case). Empty: any issuer.',
    default: [],
    userMayChange: false,
  }),
  allowGlobalShortcut: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'People may turn on the system-wide keyboard shortcut that opens DeskID.',
    default: true,
    userMayChange: false,
  }),
  autoUpdate: define({
    schema: z.boolean(),
    kind: 'boolean',
    description: 'DeskID updates itself (never for MSI installs, which IT updates).',
    default: false,
    userMayChange: false,
  }),
  supportContact: define({
    schema: z.string().max(200),
    kind: 'string',
    description: 'Who to contact for help (a name, phone number or address), shown on error screens.',
    default: '',
    userMayChange: false,
  }),
};

/** The name of a managed setting. */
export type PolicyKey = keyof typeof policyDefinitions;

/** Every managed setting's name, in the order of {@link policyDefinitions}. */
export const policyKeys = Object.keys(policyDefinitions) as PolicyKey[];

/** The value of every managed setting. */
export type PolicyValues = { [K in PolicyKey]: (typeof policyDefinitions)[K]['default'] };

/** The built-in defaults: the lowest source. */
export const policyDefaults = Object.fromEntries(
  policyKeys.map((key) => [key, structuredClone(policyDefinitions[key].default)]),
) as PolicyValues;

/** Whether `name` is a managed setting's name. */
export function isPolicyKey(name: string): name is PolicyKey {
  return Object.hasOwn(policyDefinitions, name);
}

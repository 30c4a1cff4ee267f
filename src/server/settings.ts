/**
 * Server settings from the environment (DESIGN.md section 6), validated with zod at start. Pure:
 * an env object in, settings or one SettingsError naming the variable out. An empty value counts as
 * unset. Secret values are never echoed in an error.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { LANGS } from '../ids.js';
import { DEFAULT_STORE } from '../store/open-store.js';

export const DEFAULT_PORT = 3978;
export const DEFAULT_HOST = '0.0.0.0';
/** A neutral page to leave to: nothing about it hints at what the person was doing. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=weather';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class SettingsError extends Error {
  readonly code = 'TSUNAGU_SETTINGS';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const STORE = /^(memory|sqlite:.+|rediss?:\/\/.+)$/;

const httpUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'expected an absolute http:// or https:// URL');

const optionalText = z.string().optional();

/** Every variable the server reads; the message of each check says what is allowed. */
export const SettingsSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'expected a whole number from 0 to 65535 (0 picks a free port)')
    .transform(Number)
    .refine((n) => n <= 65535, 'expected a whole number from 0 to 65535 (0 picks a free port)')
    .default(DEFAULT_PORT),
  HOST: z
    .string()
    .refine((h) => isIP(h) !== 0 || HOSTNAME.test(h), 'expected an IP address or a host name')
    .default(DEFAULT_HOST),
  TSUNAGU_STORE: z.string().regex(STORE, 'expected sqlite:PATH, memory or redis://...').default(DEFAULT_STORE),
  TSUNAGU_LANG: z.enum(LANGS, { message: `expected one of ${LANGS.join(', ')}` }).optional(),
  TSUNAGU_SEEDS: optionalText,
  QUICK_EXIT_URL: httpUrl.default(DEFAULT_QUICK_EXIT_URL),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: httpUrl.optional(),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: optionalText,
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingName = keyof Settings;
export const SETTING_NAMES = Object.keys(SettingsSchema.shape) as SettingName[];

/** Variables whose value must never appear in a message or a log. */
export const SECRET_SETTINGS: readonly SettingName[] = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'MicrosoftAppPassword',
];

function present(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SETTING_NAMES) {
    const value = env[name];
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

/** One line for stderr: the variable, its value (unless secret) and what is allowed. */
export function settingsErrorLine(variable: string, value: string | undefined, why: string): string {
  const shown = (SECRET_SETTINGS as readonly string[]).includes(variable) || value === undefined ? '' : ` "${value}"`;
  return `tsunagu: ${variable}${shown} is not valid: ${why}`;
}

export function parseSettings(env: NodeJS.ProcessEnv): Settings {
  const values = present(env);
  const result = SettingsSchema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'settings');
  throw new SettingsError(variable, settingsErrorLine(variable, values[variable], issue?.message ?? 'invalid'));
}

/** Where a person opens the web chat, for the line printed at start. */
export function publicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

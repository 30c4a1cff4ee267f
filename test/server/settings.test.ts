import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_QUICK_EXIT_URL,
  SECRET_SETTINGS,
  SettingsError,
  parseSettings,
  publicUrl,
  settingsErrorLine,
} from '../../src/server/settings.js';
import { DEFAULT_STORE } from '../../src/store/open-store.js';

function errorOf(env: NodeJS.ProcessEnv): SettingsError {
  try {
    parseSettings(env);
  } catch (err) {
    if (err instanceof SettingsError) return err;
    throw err;
  }
  throw new Error('expected a SettingsError');
}

describe('settings from the environment', () => {
  it('has the documented defaults, and an empty value counts as unset', () => {
    const s = parseSettings({ PORT: '', HOST: '', TSUNAGU_LANG: '' });
    expect(s.PORT).toBe(DEFAULT_PORT);
    expect(s.HOST).toBe(DEFAULT_HOST);
    expect(s.TSUNAGU_STORE).toBe(DEFAULT_STORE);
    expect(s.TSUNAGU_STORE).toBe('sqlite:./data/tsunagu.db');
    expect(s.TSUNAGU_LANG).toBeUndefined();
    expect(s.QUICK_EXIT_URL).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(s.LOG_LEVEL).toBe('info');
  });

  it('reads every variable it documents, Slack and Teams ones as optional strings', () => {
    const s = parseSettings({
      PORT: '0',
      HOST: '127.0.0.1',
      TSUNAGU_STORE: 'memory',
      TSUNAGU_LANG: 'ja-easy',
      QUICK_EXIT_URL: 'http://127.0.0.1:9/weather',
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: 'tenant',
      MicrosoftAppType: 'SingleTenant',
    });
    expect(s).toMatchObject({ PORT: 0, HOST: '127.0.0.1', TSUNAGU_LANG: 'ja-easy', SLACK_BOT_TOKEN: 'xoxb-1', MicrosoftAppType: 'SingleTenant' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['HOST', 'not a host!'],
    ['TSUNAGU_LANG', 'fr'],
    ['TSUNAGU_STORE', 'postgres://x'],
    ['QUICK_EXIT_URL', 'javascript:alert(1)'],
    ['QUICK_EXIT_URL', '/relative'],
    ['LOG_LEVEL', 'loud'],
    ['SLACK_API_URL', 'not-a-url'],
  ])('refuses %s=%s with one line naming the variable and the value', (name, value) => {
    const err = errorOf({ [name]: value });
    expect(err.variable).toBe(name);
    expect(err.code).toBe('TSUNAGU_SETTINGS');
    expect(err.message).toContain(name);
    expect(err.message).toContain(`"${value}"`);
    expect(err.message).not.toContain('\n');
  });

  it('never echoes a secret value in its error line', () => {
    for (const name of SECRET_SETTINGS) {
      const line = settingsErrorLine(name, 'xoxb-very-secret', 'why');
      expect(line).toContain(name);
      expect(line).not.toContain('xoxb-very-secret');
    }
    expect(settingsErrorLine('PORT', 'abc', 'why')).toContain('"abc"');
  });

  it('prints a URL a person can open', () => {
    expect(publicUrl('0.0.0.0', 3978)).toBe('http://localhost:3978/');
    expect(publicUrl('127.0.0.1', 4000)).toBe('http://127.0.0.1:4000/');
    expect(publicUrl('::1', 4000)).toBe('http://[::1]:4000/');
  });
});

import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EnvError, parseEnv } from './env';

const SECRET = 'x'.repeat(32);

describe('parseEnv', () => {
  it('has working defaults in development', () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.DATABASE_PATH).toBe(path.resolve('data/shop.db'));
    expect(env.SHOP_CURRENCY).toBe('USD');
    expect(env.SESSION_COOKIE_AGE).toBe(1209600);
    expect(env.SESSION_COOKIE_SECURE).toBe(false);
    expect(env.SESSION_EXPIRE_AT_BROWSER_CLOSE).toBe(false);
    expect(env.SESSION_SAVE_EVERY_REQUEST).toBe(false);
    expect(env.SESSION_SECRETS).toHaveLength(1);
  });

  it('stops a production start without a session secret, saying exactly that', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET is required in production: set it to a random string of at least 32 characters/,
    );
    expect(() => parseEnv({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32 characters long/,
    );
  });

  it('turns secure cookies on in production and takes several secrets, newest first', () => {
    const env = parseEnv({ NODE_ENV: 'production', SESSION_SECRET: `${SECRET}new, ${SECRET}old` });
    expect(env.SESSION_COOKIE_SECURE).toBe(true);
    expect(env.SESSION_SECRETS).toEqual([`${SECRET}new`, `${SECRET}old`]);
  });

  it('treats empty values as unset and reads booleans and numbers', () => {
    const env = parseEnv({
      SESSION_COOKIE_SECURE: '',
      SESSION_EXPIRE_AT_BROWSER_CLOSE: 'yes',
      SESSION_COOKIE_AGE: '3600',
    });
    expect(env.SESSION_COOKIE_SECURE).toBe(false);
    expect(env.SESSION_EXPIRE_AT_BROWSER_CLOSE).toBe(true);
    expect(env.SESSION_COOKIE_AGE).toBe(3600);
  });

  it('names every wrong setting', () => {
    let message = '';
    try {
      parseEnv({ SHOP_CURRENCY: 'dollars', SESSION_COOKIE_AGE: '-1', SEED_ON_START: 'maybe' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SHOP_CURRENCY must be a three-letter ISO 4217 code');
    expect(message).toContain('SESSION_COOKIE_AGE must be greater than 0');
    expect(message).toContain('SEED_ON_START must be true or false');
  });
});

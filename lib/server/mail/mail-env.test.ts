import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EnvError } from '../../validation/env';
import { parseMailEnv } from '../../validation/mail-env';

// Beside the mail code rather than lib/validation/, whose files are not part of this change.
describe('parseMailEnv', () => {
  it('writes .eml files to ./data/outbox by default, from myshop <shop@localhost>', () => {
    const mail = parseMailEnv({ SMTP_HOST: '', SMTP_PORT: '' });
    expect(mail.smtp).toBeUndefined();
    expect(mail.MAIL_FROM).toBe('myshop <shop@localhost>');
    expect(mail.MAIL_OUTBOX_DIR).toBe(path.resolve('data/outbox'));
  });

  it('picks the port from SMTP_SECURE unless given, and pairs user with password', () => {
    expect(parseMailEnv({ SMTP_HOST: 'mail.test' }).smtp).toEqual({
      host: 'mail.test',
      port: 587,
      secure: false,
      auth: undefined,
    });
    const secure = parseMailEnv({
      SMTP_HOST: 'mail.test',
      SMTP_SECURE: 'true',
      SMTP_USER: 'shop',
      SMTP_PASSWORD: 'secret',
    });
    expect(secure.smtp).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'shop', pass: 'secret' },
    });
    expect(parseMailEnv({ SMTP_HOST: 'mail.test', SMTP_PORT: '2525' }).smtp?.port).toBe(2525);
  });

  it('names every wrong setting', () => {
    let message = '';
    try {
      parseMailEnv({ SMTP_SECURE: 'maybe', MAIL_FROM: 'not an address' });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain('SMTP_SECURE must be true or false');
    expect(message).toContain('MAIL_FROM must be an address such as shop@example.com');
    expect(() => parseMailEnv({ SMTP_PORT: '25' })).toThrow(
      /SMTP_PORT is set but SMTP_HOST is not/,
    );
    expect(() => parseMailEnv({ SMTP_HOST: 'h', SMTP_USER: 'shop' })).toThrow(
      /SMTP_PASSWORD is required with SMTP_USER/,
    );
    expect(() => parseMailEnv({ SMTP_HOST: 'h', SMTP_PORT: '70000' })).toThrow(
      /SMTP_PORT must be between 1 and 65535/,
    );
  });
});

import { describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('./password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  process.env.REGISTRATIONS_PER_ADDRESS_PER_HOUR = '2';
  process.env.REGISTRATIONS_PER_EMAIL_PER_HOUR = '2';
  process.env.PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR = '4';
  process.env.SHOP_URL = 'https://shop.example';
});

import { getDb } from './database';
import { jobs, users } from '../../db/schema';
import { authenticate } from './accounts';
import { registerVisitor } from './registration';

let counter = 0;
const account = (email = `visitor${(counter += 1)}@example.com`) => ({
  name: 'Anna',
  email,
  password: 'long enough',
});

const usersWith = (email: string) =>
  getDb()
    .select()
    .from(users)
    .all()
    .filter((user) => user.emailKey === email.toLowerCase());
const mailsTo = (email: string) =>
  getDb()
    .select()
    .from(jobs)
    .all()
    .filter((job) => job.type === 'mail.send' && (job.payload as { to: string }).to === email);

describe('registerVisitor', () => {
  it('creates an account for a new e-mail', async () => {
    const details = account();
    const outcome = await registerVisitor(details, '10.8.0.1', 'en');
    expect(outcome).toMatchObject({ kind: 'created', user: { email: details.email } });
  });

  it('never says that an e-mail has an account: its owner is mailed instead', async () => {
    const owner = account('Owner@Example.com');
    await registerVisitor(owner, '10.8.1.1', 'en');
    const outcome = await registerVisitor(
      { ...account(' owner@example.com '), name: 'Someone Else' },
      '10.8.1.2',
      'ru',
    );
    expect(outcome).toEqual({ kind: 'mailed' });
    expect(usersWith('owner@example.com')).toHaveLength(1);
    const [mail] = mailsTo('owner@example.com');
    const payload = mail?.payload as { subject: string; text: string };
    // In the language of the page it was tried from, with the way back to the account.
    expect(payload.subject).toBe('Ваша учётная запись в myshop');
    expect(payload.text).toContain('https://shop.example/ru/account/login');
  });

  it('refuses more registrations from an address than its budget, hashing nothing', async () => {
    expect((await registerVisitor(account(), '10.8.2.1', 'en')).kind).toBe('created');
    expect((await registerVisitor(account(), '10.8.2.1', 'en')).kind).toBe('created');
    const refused = account();
    const outcome = await registerVisitor(refused, '10.8.2.1', 'en');
    expect(outcome).toMatchObject({ kind: 'tooMany' });
    // Two an hour: the next is free half an hour after the first.
    const wait = outcome.kind === 'tooMany' ? outcome.retryAfterMs : 0;
    expect(wait).toBeGreaterThan(25 * 60_000);
    expect(wait).toBeLessThanOrEqual(30 * 60_000);
    expect(usersWith(refused.email)).toEqual([]);
    expect((await registerVisitor(refused, '10.8.2.2', 'en')).kind).toBe('created');
  });

  it('refuses more tries for one e-mail than its budget, whatever the address', async () => {
    const details = account();
    await registerVisitor(details, '10.8.3.1', 'en');
    await registerVisitor(details, '10.8.3.2', 'en');
    expect(await registerVisitor(details, '10.8.3.3', 'en')).toMatchObject({ kind: 'tooMany' });
    // One mail to the owner for the one try that reached the taken e-mail.
    expect(mailsTo(details.email)).toHaveLength(1);
  });

  it('shares one password-check budget per address between logins and registrations', async () => {
    const details = account();
    await registerVisitor(details, '10.8.4.1', 'en');
    await registerVisitor(account(), '10.8.4.1', 'en');
    expect((await authenticate(details.email, details.password, '10.8.4.1')).ok).toBe(true);
    expect((await authenticate(details.email, details.password, '10.8.4.1')).ok).toBe(true);
    // Four checks spent: the right password is refused without being checked.
    expect(await authenticate(details.email, details.password, '10.8.4.1')).toMatchObject({
      ok: false,
      code: 'LOCKED',
    });
    expect((await authenticate(details.email, details.password, '10.8.4.2')).ok).toBe(true);
  });
});

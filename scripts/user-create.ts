// Creates a user from the command line, the way to make the first staff account:
//   npm run user:create -- --email E [--name N] [--staff]
// Without --name the name is the e-mail's part before "@" (boss@example.com becomes "boss").
// The password comes from USER_PASSWORD or a prompt that does not echo it (never an argument, which
// would stay in the shell history and the process list). Runs with the react-server condition so
// that lib/server's 'server-only' resolves to its empty module, as inside Next's server.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';

import { registerUser } from '../lib/server/accounts';
import { MIN_PASSWORD_LENGTH, parseAccountForm, registerSchema } from '../lib/validation/account';
import { EnvError, env } from '../lib/validation/env';

const USAGE = 'Usage: npm run user:create -- --email E [--name N] [--staff]';

const PROBLEMS: Record<string, string> = {
  required: 'is required',
  tooLong: 'is too long',
  email: 'is not an e-mail address',
  passwordTooShort: `must be at least ${MIN_PASSWORD_LENGTH} characters long`,
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without showing what is typed. */
async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    fail('No terminal to ask for the password: set USER_PASSWORD instead.');
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => reader.question(question, resolve));
  muted = true;
  const password = await answer;
  reader.close();
  process.stdout.write('\n');
  return password;
}

/** The name of a user created without --name: the e-mail's part before "@" ("boss" for boss@shop.com). */
function defaultName(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.indexOf('@');
  return at === -1 ? trimmed : trimmed.slice(0, at);
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        staff: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  // Settings from .env, as `npm start` reads them (the real environment wins).
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  const password = process.env.USER_PASSWORD ?? (await promptHidden('Password: '));
  const email = args.email ?? '';
  const parsed = parseAccountForm(registerSchema, {
    email,
    name: args.name ?? defaultName(email),
    password,
  });
  if (!parsed.ok) {
    const lines = Object.entries(parsed.errors).map(
      ([field, code]) => `  - ${field} ${PROBLEMS[code] ?? code}`,
    );
    fail(`Cannot create the user:\n${lines.join('\n')}\n${USAGE}`);
  }
  const result = await registerUser({ ...parsed.data, staff: args.staff });
  if (!result.ok) fail(`Cannot create the user: ${parsed.data.email} already has an account.`);
  const { user } = result;
  console.log(
    `Created ${user.isStaff ? 'staff user' : 'customer'} ${user.email} (id ${user.id}) in ${env().DATABASE_PATH}.`,
  );
}

await main();

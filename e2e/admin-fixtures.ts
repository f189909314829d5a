import type { BrowserContext } from '@playwright/test';

import { createUser as createAccountUser, uniqueEmail } from './account-fixtures';
import { signInAs } from './session-fixtures';

export { createOrder, type TestOrder } from './order-fixtures';
export { signInAs } from './session-fixtures';

let counter = 0;
const unique = () => `${process.pid}-${Date.now()}-${(counter += 1)}`;

/** A unique word for a test's own rows, so that searches find only them. */
export function uniqueTag(prefix = 'e2e'): string {
  return `${prefix}${unique().replace(/-/g, 'x')}`;
}

/** A user in the test database (see account-fixtures), a customer unless `staff`. */
export function createUser({ staff = false }: { staff?: boolean } = {}) {
  return createAccountUser({ email: uniqueEmail(staff ? 'staff' : 'customer'), staff });
}

/** A staff user, with the browser context logged in as them (the `staff` fixture of fixtures.ts). */
export async function signInAsStaff(context: BrowserContext) {
  const user = await createUser({ staff: true });
  await signInAs(context, user.id);
  return user;
}

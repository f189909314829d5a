/** The session secret of the test server started by playwright.config.ts. */
export const E2E_SESSION_SECRET = 'e2e-secret-that-is-at-least-32-characters-long';
export const SESSION_COOKIE = 'myshop_session';

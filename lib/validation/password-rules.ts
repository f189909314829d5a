// The register form shows this rule as its hint; kept apart from account.ts, whose zod schemas
// would otherwise travel to the browser with the one number the form needs.
export const MIN_PASSWORD_LENGTH = 8;

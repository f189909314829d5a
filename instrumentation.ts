// Runs once when a server process starts: check the configuration, then make sure the database
// exists, is migrated and, on a fresh host, holds the sample catalog.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server/startup');
  await startServer();
}

import { rmSync } from 'node:fs';

/**
 * After the run: the run's folder goes (the test server's database, the template, and the folders
 * of the servers tests started, which all live inside it), so that runs do not pile up in the temp
 * directory. A folder given through E2E_DATA_DIR is the caller's, and stays.
 */
export default function globalTeardown() {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && process.env.E2E_REMOVE_DATA_DIR === 'true')
    rmSync(dir, { recursive: true, force: true });
}

import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { startInProcessWorker } from './in-process';

describe('startInProcessWorker', () => {
  afterEach(() => {
    delete process.env.SHOP_SERVER_INDEX;
  });

  it('starts no worker in the second and later server processes of npm start', () => {
    process.env.SHOP_SERVER_INDEX = '2';
    expect(startInProcessWorker({ handlers: {} })).toBeUndefined();
  });

  it('starts one in the first process, and only one however often it is asked', async () => {
    process.env.SHOP_SERVER_INDEX = '1';
    const worker = startInProcessWorker({ handlers: {} });
    expect(worker).toBeDefined();
    expect(startInProcessWorker({ handlers: {} })).toBe(worker);
    await worker?.stop();
  });
});

import { config } from 'zod/v4/core';
import { expect, it } from 'vitest';
import './zod-config';

it('sets the zod settings every copy of zod reads: no generated code', () => {
  expect(globalThis.__zod_globalConfig).toBe(config());
  expect(config().jitless).toBe(true);
});

import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const state = globalThis.__XINGHUO_PG__;
  if (!state) return;
  await state.pg.stop();
  await rm(state.parent, { recursive: true, force: true });
}

import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('kepu2025');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(stored).not.toContain('kepu2025');
    await expect(verifyPassword('kepu2025', stored)).resolves.toBe(true);
    await expect(verifyPassword('kepu2026', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
  });
});

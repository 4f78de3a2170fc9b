import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Account } from '../auth/account.entity';
import { hashPassword } from '../auth/password';
import { AccountError } from '../auth/account.errors';

/** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 12 characters, about 70 bits: shown once, changed at first sign-in. */
export function temporaryPassword(): string {
  let out = '';
  for (let i = 0; i < 12; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: 'staff' | 'organizer';
  venueId: string | null;
  regionCode: string | null;
}

/** Inserts an account with a temporary password it must change; a taken name is 409. */
export async function insertAccount(
  tx: EntityManager,
  fields: NewAccount,
): Promise<{ account: Account; password: string }> {
  const repo = tx.getRepository(Account);
  const taken = await repo
    .createQueryBuilder('a')
    .where('lower(a.username) = lower(:u)', { u: fields.username })
    .getExists();
  if (taken) throw new AccountError('USERNAME_TAKEN', undefined, { field: 'username' });
  const password = temporaryPassword();
  try {
    const account = await repo.save(
      repo.create({
        ...fields,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      }),
    );
    return { account, password };
  } catch (error) {
    // Two creations of one name at once: the unique index decides.
    if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
      throw new AccountError('USERNAME_TAKEN', undefined, { field: 'username' });
    }
    throw error;
  }
}

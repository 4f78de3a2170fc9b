import type { AccountDto } from '@xinghuo/shared';
import type { Account } from '../auth/account.entity';
import type { CatalogSnapshot } from '../catalog/catalog.service';

export function toAccountDto(a: Account, snapshot: CatalogSnapshot): AccountDto {
  const venue = a.venueId ? snapshot.venues.get(a.venueId) : undefined;
  const regionCode = a.regionCode ?? venue?.regionCode ?? null;
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    venueId: a.venueId,
    venueName: venue?.name ?? null,
    regionCode: a.regionCode,
    regionFullName: regionCode ? snapshot.regionTree.fullName(regionCode) : '',
    disabled: a.disabledAt !== null,
    mustChangePassword: a.mustChangePassword,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}

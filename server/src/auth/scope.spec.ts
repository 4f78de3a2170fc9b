import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Region } from '../regions/region.entity';
import type { Venue } from '../venues/venue.entity';
import { canManageVenue, regionInSubtree } from './scope';

const region = (code: string, path: string) => ({ code, path }) as Region;
const snapshot = {
  regions: new Map([
    ['100000', region('100000', '100000/')],
    ['130000', region('130000', '100000/130000/')],
    ['130200', region('130200', '100000/130000/130200/')],
    ['130202', region('130202', '100000/130000/130200/130202/')],
    ['130203', region('130203', '100000/130000/130200/130203/')],
    ['440200', region('440200', '100000/440000/440200/')],
    // A code that shares a prefix string with 130200 but is not below it.
    ['1302001', region('1302001', '100000/130000/1302001/')],
  ]),
} as unknown as CatalogSnapshot;
const venue = (id: string, regionCode: string) => ({ id, regionCode }) as Venue;

describe('region scope', () => {
  it('a region is in its own subtree and its ancestors', () => {
    expect(regionInSubtree(snapshot, '130202', '130200')).toBe(true);
    expect(regionInSubtree(snapshot, '130202', '100000')).toBe(true);
    expect(regionInSubtree(snapshot, '130200', '130200')).toBe(true);
  });

  it('siblings, parents and look-alike codes are outside', () => {
    expect(regionInSubtree(snapshot, '130203', '130202')).toBe(false);
    expect(regionInSubtree(snapshot, '130000', '130200')).toBe(false);
    expect(regionInSubtree(snapshot, '1302001', '130200')).toBe(false);
    expect(regionInSubtree(snapshot, '440200', '130200')).toBe(false);
    expect(regionInSubtree(snapshot, 'nope', '130200')).toBe(false);
  });

  it('staff manage only their own venue', () => {
    const staff = { role: 'staff' as const, id: 'a', venueId: 'v1' };
    expect(canManageVenue(staff, venue('v1', '130202'), snapshot)).toBe(true);
    expect(canManageVenue(staff, venue('v2', '130202'), snapshot)).toBe(false);
  });

  it('organizers manage venues in their subtree only', () => {
    const tangshan = { role: 'organizer' as const, id: 'o', regionCode: '130200' };
    expect(canManageVenue(tangshan, venue('v1', '130202'), snapshot)).toBe(true);
    expect(canManageVenue(tangshan, venue('v2', '440200'), snapshot)).toBe(false);
    const district = { role: 'organizer' as const, id: 'o', regionCode: '130203' };
    expect(canManageVenue(district, venue('v1', '130202'), snapshot)).toBe(false);
  });

  it('visitors manage nothing', () => {
    expect(canManageVenue({ role: 'visitor', id: 'x' }, venue('v1', '130202'), snapshot)).toBe(
      false,
    );
  });
});

import { offlineCopy } from './offlineFixtures';
import { clearCatalogue, clearCatalogueOfOthers, readCatalogue, writeCatalogue } from './offlineStore';

afterEach(() => localStorage.clear());

describe('the device copy of the catalogue (ADR 053)', () => {
  it('is deleted when another account signs in, and kept for the same account', () => {
    writeCatalogue({ ...offlineCopy(), owner: 'u1@m1' });
    clearCatalogueOfOthers('u1@m1');
    expect(readCatalogue('u1@m1')?.offers).toHaveLength(2);
    clearCatalogueOfOthers('u2@m1');
    expect(readCatalogue('u1@m1')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('drops a copy in the older format (search fields only) and clears everything at sign-out', () => {
    localStorage.setItem('sundhed.offlineCatalogue.v2', JSON.stringify({ ...offlineCopy(), owner: 'u1@m1' }));
    clearCatalogueOfOthers('u1@m1');
    expect(localStorage.getItem('sundhed.offlineCatalogue.v2')).toBeNull();
    writeCatalogue({ ...offlineCopy(), owner: 'u1@m1' });
    clearCatalogue();
    expect(localStorage.length).toBe(0);
  });
});

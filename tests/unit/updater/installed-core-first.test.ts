import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { world, ok, unXml, UN_URL } from './harness';

describe('updater: the installed knowledge base at a cold start', () => {
  it('answers scans from the stored core while the stored details are still being read', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    const installed = (await w.runtime.get()).kb.version;

    const next = w.restart();
    const forScans = await next.runtime.forScans();
    expect(forScans.kb.version).toBe(installed);
    // The details are a second read: the KB can scan before they are in.
    expect(forScans.detailsLoaded).toBeInstanceOf(Promise);
    expect(forScans.recognizer.scan('The 1718 Committee met.').length).toBeGreaterThan(0);
    const full = await next.runtime.get();
    expect(full.detailsLoaded).toBeUndefined();
    const entity = full.kb.entities[0];
    expect(full.index.card(entity.id, 'x')?.title).toBeTruthy();
  });

  it('still reads a KB stored by an earlier version, with its details inside the one record', async () => {
    const dbName = `updater-inline-${Math.random()}`;
    const w = await world({ dbName });
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    const installed = await w.store.installed();
    expect(installed).toBeDefined();
    // Rewrite it as earlier versions stored it: one record, details inline, no 'details' key.
    const db = await openDB(dbName);
    const tx = db.transaction('kb', 'readwrite');
    await Promise.all([tx.store.put(installed, 'current'), tx.store.delete('details'), tx.done]);
    db.close();

    const next = w.restart();
    const loaded = await next.runtime.get();
    expect(loaded.kb.version).toBe(installed!.packed.kb.version);
    expect(loaded.packed?.details).toEqual(installed!.packed.details);
  });
});

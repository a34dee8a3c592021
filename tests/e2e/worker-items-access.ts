/**
 * How a test sets the items that steer the worker (mirrors, the updater's
 * limits): in the extension origin's IndexedDB, from an extension page, the
 * way the options page saves its mirrors (src/settings/worker-items.ts).
 * Self-contained: it runs inside the page (page.evaluate, or a Firefox
 * frame script with the page's window).
 */
export async function putWorkerItems(idb: IDBFactory, values: Record<string, unknown>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = idb.open('sl-worker-items', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('items');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('items', 'readwrite');
    for (const [k, v] of Object.entries(values)) tx.objectStore('items').put(v, k);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

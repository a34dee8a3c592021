// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LivePageWatcher } from '../../../src/page/live-page';
import { settle } from './helpers';

describe('LivePageWatcher', () => {
  it('batches many additions into one hand-over of their outermost blocks', async () => {
    document.body.innerHTML = '<main></main>';
    const batches: Element[][] = [];
    const w = new LivePageWatcher(document, (roots) => batches.push(roots), () => false);
    w.start();
    const main = document.querySelector('main')!;
    for (let i = 0; i < 20; i++) {
      const art = document.createElement('article');
      art.innerHTML = `<p>Story ${i}</p>`;
      main.append(art);
      art.querySelector('p')!.append(' more');
    }
    await settle();
    w.stop();
    expect(batches.length).toBe(1);
    expect(batches[0].length).toBe(20);
    expect(batches[0].every((el) => el.tagName === 'ARTICLE')).toBe(true);
  });

  it('ignores nodes it is told are its own', async () => {
    document.body.innerHTML = '<p>x</p>';
    const batches: Element[][] = [];
    const w = new LivePageWatcher(document, (roots) => batches.push(roots), (n) => (n as Element).localName === 'mark');
    w.start();
    document.querySelector('p')!.append(document.createElement('mark'));
    await settle();
    w.stop();
    expect(batches).toEqual([]);
  });

  it('loop guard: a page that mutates after every batch is paused after 30 batches', async () => {
    document.body.innerHTML = '<p id="t">0</p>';
    let handed = 0;
    const p = document.getElementById('t')!;
    const w = new LivePageWatcher(
      document,
      () => {
        handed++;
        // A page reacting to every change with another change.
        p.append(document.createElement('span'));
      },
      () => false,
    );
    w.start();
    p.append(document.createElement('span'));
    await settle(2_000);
    w.stop();
    // Without the guard this would run once per frame fallback (about 8 in 2 s) forever; with it, no more than 31.
    expect(handed).toBeGreaterThan(0);
    expect(handed).toBeLessThanOrEqual(31);
  });
});

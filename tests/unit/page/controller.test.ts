// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController, DEFAULT_PAGE_OPTIONS } from '../../../src/page/controller';
import { fakeBackend, NAMES, settle } from './helpers';

const ARTICLE = '<article><h1>Sanctions on North Korea</h1><p>The <a href="/x">Lazarus Group</a> was named by OFAC.</p><p>North Korea objected.</p></article>';

let controller: PageController | null = null;
afterEach(() => {
  controller?.deactivate();
  controller = null;
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  vi.restoreAllMocks();
});

function start(html = ARTICLE, options = DEFAULT_PAGE_OPTIONS) {
  document.body.innerHTML = html;
  const fake = fakeBackend(NAMES);
  controller = new PageController(document, fake.backend, options);
  return { fake, controller };
}

const texts = () => [...document.querySelectorAll('mark[data-sl-category]')].map((m) => m.textContent);

describe('PageController', () => {
  it('marks, reports the count, and undoes to the exact DOM', async () => {
    const { fake, controller } = start();
    const before = document.body.innerHTML;
    await controller.activate();
    expect(texts()).toEqual(['North Korea', 'Lazarus Group', 'OFAC', 'North Korea']);
    expect(fake.counts.reported.at(-1)).toBe(4);
    // The page's tab order is untouched: marks are focusable by script only.
    expect([...document.querySelectorAll('mark')].every((m) => m.getAttribute('tabindex') === '-1')).toBe(true);
    // No widget role inside a link.
    expect(document.querySelector('a mark')!.hasAttribute('role')).toBe(false);
    expect(document.querySelector('p mark[data-sl-category="body"]')!.getAttribute('role')).toBe('button');
    controller.deactivate();
    expect(document.body.innerHTML).toBe(before);
    expect(fake.counts.reported.at(-1)).toBe(0);
  });

  it('first-mention mode leaves later mentions quiet and skips them for the keyboard command', async () => {
    const { controller } = start(ARTICLE, { ...DEFAULT_PAGE_OPTIONS, firstOnly: true });
    await controller.activate();
    const repeats = [...document.querySelectorAll<HTMLElement>('mark.sl-repeat')];
    expect(repeats.map((m) => m.textContent)).toEqual(['North Korea']);
    const visited = new Set<string>();
    for (let i = 0; i < 6; i++) visited.add(controller.focusNext()!.textContent!);
    expect([...visited].sort()).toEqual(['Lazarus Group', 'North Korea', 'OFAC']);
    expect(repeats.every((m) => m !== document.activeElement)).toBe(true);
  });

  it('the keyboard command focuses the link around a mention, not the mention inside it', async () => {
    const { controller } = start();
    await controller.activate();
    controller.focusNext();
    const second = controller.focusNext()!;
    expect(second.textContent).toBe('Lazarus Group');
    expect(document.activeElement).toBe(document.querySelector('a'));
  });

  it('scans only added text on a living page, and ignores its own marks', async () => {
    const { fake, controller } = start();
    await controller.activate();
    const scansAfterFirst = fake.counts.scans;
    const charsAfterFirst = fake.counts.scannedChars;
    const p = document.createElement('p');
    p.textContent = 'Later: OFAC again.';
    document.querySelector('article')!.append(p);
    await settle();
    expect(texts()).toContain('OFAC');
    expect(p.querySelector('mark')?.textContent).toBe('OFAC');
    expect(fake.counts.scans).toBe(scansAfterFirst + 1);
    expect(fake.counts.scannedChars - charsAfterFirst).toBe('Later: OFAC again.'.length);
    // Marking the new paragraph caused no further scan.
    await settle();
    expect(fake.counts.scans).toBe(scansAfterFirst + 1);
  });

  it('a block whose scan the worker set aside for a newer one is scanned again, and marked', async () => {
    const { fake, controller } = start();
    await controller.activate();
    const scan = fake.backend.scan;
    let setAside = 0;
    // The worker answers the first scan of the added block "superseded" (a newer scan of the frame took its place).
    fake.backend.scan = async (text, context) => (text.includes('again') && setAside++ === 0 ? null : scan(text, context));
    const p = document.createElement('p');
    p.textContent = 'Later: OFAC again.';
    document.querySelector('article')!.append(p);
    await settle();
    await settle();
    expect(setAside).toBe(2);
    expect(p.querySelector('mark')?.textContent).toBe('OFAC');
  });

  it('evidence that a later block brings lets earlier text be marked, with one rescan', async () => {
    document.body.innerHTML = '<article><p>Iran beat Japan 2-1.</p></article>';
    const contexts: unknown[] = [];
    let scans = 0;
    // Like the recogniser: a country counts only on a page with sanctions context, this text's or the page's.
    const backend = {
      ...fakeBackend(NAMES).backend,
      scan: async (text: string, context: { aboutSanctions?: boolean }) => {
        scans++;
        contexts.push(context);
        const i = text.indexOf('Iran');
        if (i < 0 || !(context.aboutSanctions || /sanction/i.test(text))) return [];
        return [{ start: i, end: i + 4, text: 'Iran', name: 'Iran', entity: 'jurisdiction:ir', category: 'jurisdiction' as const, known: true, confidence: 'high' as const, via: 'name' as const }];
      },
    };
    controller = new PageController(document, backend, DEFAULT_PAGE_OPTIONS);
    await controller.activate();
    expect(texts()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'New sanctions were announced.';
    document.querySelector('article')!.append(p);
    await settle();
    expect(texts()).toEqual(['Iran']);
    expect(scans).toBe(3);
    expect(contexts[2]).toMatchObject({ aboutSanctions: true, jurisdictionsEverywhere: false });
    await settle();
    expect(scans).toBe(3);
  });

  it('a page that rewrites a marked text node gets its stale pieces removed and new marks', async () => {
    const { controller } = start('<p id="p">Sanctions: North Korea is named.</p>');
    await controller.activate();
    const p = document.getElementById('p')!;
    const own = p.firstChild as Text;
    expect(p.querySelectorAll('mark').length).toBe(1);
    own.data = 'Update: OFAC named the Lazarus Group.';
    await settle();
    expect(p.textContent).toBe('Update: OFAC named the Lazarus Group.');
    expect(texts()).toEqual(['OFAC', 'Lazarus Group']);
    expect(p.firstChild).toBe(own);
  });

  it('an SPA navigation marks the new view afresh (first mentions counted again)', async () => {
    const { controller } = start('<main><p>North Korea and OFAC.</p></main>', { ...DEFAULT_PAGE_OPTIONS, firstOnly: true });
    await controller.activate();
    history.pushState({}, '', '/next-story');
    document.querySelector('main')!.innerHTML = '<p>North Korea again, and the Lazarus Group.</p>';
    await settle();
    const shown = [...document.querySelectorAll('mark:not(.sl-repeat)')].map((m) => m.textContent);
    expect(shown).toEqual(['North Korea', 'Lazarus Group']);
  });
});

describe('PageController: marking a long page over several tasks', () => {
  const many = () => `<article>${Array.from({ length: 30 }, (_, i) => `<p>North Korea and the <b>Lazarus Group</b>, item ${i}; OFAC.</p>`).join('')}</article>`;
  const pace = { budgetMs: 0, marksPerSlice: 4 };

  it('yields between slices and still marks every mention, in order, and undoes exactly', async () => {
    document.body.innerHTML = many();
    const before = document.body.innerHTML;
    const fake = fakeBackend(NAMES);
    controller = new PageController(document, fake.backend, DEFAULT_PAGE_OPTIONS, pace);
    const done = controller.activate();
    // The first slice is on the page before the rest: marking gave the page a turn in between.
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    const early = document.querySelectorAll('mark[data-sl-category]').length;
    await done;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(90);
    expect(texts()).toEqual(Array.from({ length: 30 }, () => ['North Korea', 'Lazarus Group', 'OFAC']).flat());
    expect(fake.counts.reported.at(-1)).toBe(90);
    controller.deactivate();
    expect(document.body.innerHTML).toBe(before);
  });

  it('a page change between two slices sends the rest to a fresh scan instead of marking stale offsets', async () => {
    document.body.innerHTML = many();
    const fake = fakeBackend(NAMES);
    controller = new PageController(document, fake.backend, DEFAULT_PAGE_OPTIONS, pace);
    const done = controller.activate();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    // The page rewrites a paragraph that is not marked yet.
    const last = document.querySelector('article p:last-child')!;
    last.textContent = 'Now OFAC and North Korea only.';
    await done;
    await settle();
    expect(fake.counts.scans).toBeGreaterThan(1);
    const marks = [...document.querySelectorAll('mark[data-sl-category]')];
    expect(marks.filter((m) => last.contains(m)).map((m) => m.textContent)).toEqual(['OFAC', 'North Korea']);
    // Every mention on the page is marked once, none twice.
    expect(marks.length).toBe(29 * 3 + 2);
    expect(document.querySelector('mark mark')).toBeNull();
  });
});

describe('PageController: marks on a dark page', () => {
  it('every slice of a long page gets the dark-page class, from one read of the page’s style', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 30 }, (_, i) => `<p>North Korea and OFAC, item ${i}.</p>`).join('')}</article>`;
    document.body.style.color = 'rgb(235, 235, 235)';
    const reads = vi.spyOn(window, 'getComputedStyle');
    const fake = fakeBackend(NAMES);
    controller = new PageController(document, fake.backend, DEFAULT_PAGE_OPTIONS, { budgetMs: 0 });
    await controller.activate();
    await settle(200);
    const marks = [...document.querySelectorAll('mark[data-sl-category]')];
    expect(marks).toHaveLength(60);
    expect(marks.filter((m) => !m.classList.contains('sl-dark'))).toEqual([]);
    expect(reads.mock.calls.filter(([el]) => el === document.body)).toHaveLength(1);
  });

  it('a light page’s marks get no dark-page class', async () => {
    start();
    await controller!.activate();
    await settle(200);
    expect(document.querySelectorAll('mark.sl-dark')).toHaveLength(0);
    expect(document.querySelectorAll('mark[data-sl-category]').length).toBeGreaterThan(0);
  });
});

describe('PageController: no trace of us beyond our own marks', () => {
  const styleCount = () => document.querySelectorAll('style').length;

  it('the marks’ styles are in the page only while it holds marks of ours', async () => {
    const { controller } = start('<article><p>Nothing of note here.</p></article>');
    await controller.activate();
    expect(styleCount()).toBe(0);
    expect(controller.stylesAttached).toBe(false);
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p id="news">OFAC named the Lazarus Group.</p>');
    await settle();
    expect(texts().sort()).toEqual(['Lazarus Group', 'OFAC']);
    expect(controller.stylesAttached).toBe(true);
    // The page drops the marked paragraph: the last mark went, so do the styles.
    document.getElementById('news')!.remove();
    await settle();
    expect(controller.stylesAttached).toBe(false);
    expect(styleCount()).toBe(0);
  });

  it('deactivating removes the styles with the marks', async () => {
    const { controller } = start();
    await controller.activate();
    expect(styleCount()).toBe(1);
    controller.deactivate();
    expect(styleCount()).toBe(0);
  });

  it('a page’s own mark.sl-mark is neither counted, opened, nor removed', async () => {
    const html = '<article><p>The <mark class="sl-mark" data-sl-category="designated">page’s own mark</mark> and North Korea.</p></article>';
    const { fake, controller } = start(html);
    await controller.activate();
    expect(controller.marks().map((m) => m.textContent)).toEqual(['North Korea']);
    expect(fake.counts.reported.at(-1)).toBe(1);
    expect(controller.summary().map((i) => i.entity)).toEqual(['jurisdiction:kp']);
    controller.deactivate();
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelectorAll('mark.sl-mark').length).toBe(1);
  });

  it('events a page script makes up (untrusted) open no card', async () => {
    const { fake, controller } = start();
    let cards = 0;
    const card = fake.backend.card;
    fake.backend.card = (m) => (cards++, card(m));
    await controller.activate();
    const mark = controller.marks()[0];
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle(800);
    expect(cards).toBe(0);
    expect(document.querySelector('sanctions-lens-popover')).toBeNull();
  });
});

describe('PageController: editable documents and regions', () => {
  it('a region that becomes editable after marking loses its marks, and its text is the page’s own again', async () => {
    const html = '<article><div id="draft"><p>North Korea and the Lazarus Group.</p></div><p>OFAC outside the editor.</p></article>';
    const { controller } = start(html);
    await controller.activate();
    expect(texts()).toEqual(['North Korea', 'Lazarus Group', 'OFAC']);
    const draft = document.getElementById('draft')!;
    const before = '<p>North Korea and the Lazarus Group.</p>';
    draft.setAttribute('contenteditable', 'true');
    await settle();
    expect(draft.innerHTML).toBe(before);
    expect(texts()).toEqual(['OFAC']);
    expect(controller.marks().length).toBe(1);
  });

  it('a document in designMode is not marked, and switching designMode on after marking unmarks it', async () => {
    const { controller } = start();
    const before = document.body.innerHTML;
    document.designMode = 'on';
    await controller.activate();
    expect(texts()).toEqual([]);
    document.designMode = 'off';
    controller.deactivate();
    await controller.activate();
    expect(texts().length).toBe(4);
    document.designMode = 'on';
    // No event tells of designMode: the next page change (or trusted interaction) does.
    document.body.append(document.createElement('p'));
    await settle();
    expect(texts()).toEqual([]);
    document.designMode = 'off';
    document.body.lastElementChild!.remove();
    expect(document.body.innerHTML).toBe(before);
  });
});

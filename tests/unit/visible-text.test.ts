// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageText, readerText, toMarkRange } from '../../src/page/visible-text';
import { applyMarks, mentionOf, unwrapMarks } from '../../src/page/marker';
import type { Mention } from '../../src/recognition/types';

function mention(text: string, page: string, entity: string, category: Mention['category'] = 'designated', from = 0): Mention {
  const start = page.indexOf(text, from);
  if (start < 0) throw new Error(`${text} not in page text`);
  return { start, end: start + text.length, text, category, entity, name: text, known: true, confidence: 'high', via: 'name' };
}

describe('collectPageText', () => {
  it('separates blocks and line breaks, keeps inline runs together, and skips code, fields and editors', () => {
    document.body.innerHTML = `<article><h1>Sanctions on <b>North</b> Korea</h1><p>First line<br>second line</p>
      <p>Code: <code>Lazarus Group</code> <textarea>Lazarus Group</textarea> <span contenteditable="true">Lazarus <i>Group</i></span>
      <input value="Lazarus Group"> <script>var x = "Lazarus Group"</script> end</p><div hidden>Lazarus Group</div></article>`;
    const page = collectPageText(document.body);
    expect(page.text).toContain('Sanctions on North Korea\n');
    expect(page.text).toContain('First line\nsecond line');
    expect(page.text).not.toContain('Lazarus');
    expect(page.text.trim().endsWith('end')).toBe(true);
  });

  it('leaves out the page’s navigation and menus, written-out addresses, and link text that is a path or slug', () => {
    document.body.innerHTML = `<header><a href="/">Lazarus Group Daily</a><ul><li><a href="/w">Hamas</a></li></ul></header>
      <nav><a href="/x">Hamas news</a></nav><div role="navigation">Hamas hub</div><div role="menu"><span>Hamas menu</span></div>
      <article><h1>Hamas leaders</h1><p>See <a href="/a">by-potash-belaruskali-2025</a> and <a href="/b">news/belaruskali</a>,
      https://example.com/hamas-funds or www.hamas-watch.org; <a href="/c">Al-Qaida</a> and <a href="/d">Belaruskali sanctions</a>.</p></article>
      <footer><ol><li>Hamas archive</li></ol><p>Hamas footer note</p></footer>`;
    const text = collectPageText(document.body).text;
    expect(text).toContain('Lazarus Group Daily');
    expect(text).toContain('Hamas leaders');
    expect(text).toContain('Al-Qaida');
    expect(text).toContain('Belaruskali sanctions');
    expect(text).toContain('Hamas footer note');
    for (const gone of ['Hamas news', 'Hamas hub', 'Hamas menu', 'Hamas archive', 'belaruskali-2025', 'news/belaruskali', 'hamas-funds', 'hamas-watch']) expect(text).not.toContain(gone);
    expect(text).not.toMatch(/^\s*Hamas\s*$/m);
    // The words either side of a left-out address are not joined.
    expect(text).toMatch(/See\s*\n\s*and/);
  });

  it('maps a range over inline markup to the adjacent text nodes it covers, and refuses one across blocks', () => {
    document.body.innerHTML = '<p>Leader <b>Kim</b> Jong Un spoke.</p><p>Next</p>';
    const page = collectPageText(document.body);
    const start = page.text.indexOf('Kim Jong Un');
    const b = document.querySelector('b')!;
    expect(toMarkRange(page, start, start + 'Kim Jong Un'.length)).toEqual({ nodes: [b.firstChild, b.nextSibling], nodeStart: start, rawStart: 0, rawEnd: 8 });
    expect(toMarkRange(page, start + 1, start + 3)).toEqual({ nodes: [b.firstChild], nodeStart: start, rawStart: 1, rawEnd: 3 });
    const across = page.text.indexOf('spoke.');
    expect(toMarkRange(page, across, page.text.indexOf('Next') + 4)).toBeNull();
  });
});

describe('text as a reader sees it', () => {
  it('drops soft hyphens and zero-width characters, reads no-break spaces as spaces, and maps back to the raw text', () => {
    expect(readerText('Prom\u00ADsvyaz\u00ADbank')).toEqual({ text: 'Promsvyazbank', rawAt: [0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14] });
    expect(readerText('Sergei\u00A0Lavrov and Kim\u202FJong\u00A0Un')).toEqual({ text: 'Sergei Lavrov and Kim Jong Un' });
    expect(readerText('La\u200Bza\u200Crus\u200D\u2060\uFEFF').text).toBe('Lazarus');
  });

  it('marks a name broken by invisible characters over exactly its original characters, and undoes exactly', () => {
    const html = '<p>Sanctions on Prom\u00ADsvyaz\u00ADbank and Sergei\u00A0Lav\u200Brov, then <b>La\u00ADza</b>rus\u00A0Group.</p>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const page = collectPageText(document.body);
    expect(page.text).toBe('Sanctions on Promsvyazbank and Sergei Lavrov, then Lazarus Group.');
    const mentions = [
      mention('Promsvyazbank', page.text, 'ofac:4'),
      mention('Sergei Lavrov', page.text, 'ofac:1'),
      mention('Lazarus Group', page.text, 'ofac:27307'),
    ];
    const marks = applyMarks(page, mentions);
    // A continued piece belongs to the mention of the first piece before it (the marks carry no party id).
    let owner: string | undefined;
    const pieces = [...document.querySelectorAll('mark[data-sl-category]')].map((m) => ({ m, entity: (owner = m.classList.contains('sl-continued') ? owner : mentionOf(m)?.entity) }));
    const byEntity = (id: string) => pieces.filter((p) => p.entity === id).map((p) => p.m.textContent).join('|');
    expect(byEntity('ofac:4')).toBe('Prom\u00ADsvyaz\u00ADbank');
    expect(byEntity('ofac:1')).toBe('Sergei\u00A0Lav\u200Brov');
    expect(byEntity('ofac:27307')).toBe('La\u00ADza|rus\u00A0Group');
    // Nothing outside the names was wrapped.
    expect(document.body.textContent).toBe('Sanctions on Prom\u00ADsvyaz\u00ADbank and Sergei\u00A0Lav\u200Brov, then La\u00ADzarus\u00A0Group.');
    unwrapMarks(marks);
    expect(document.body.innerHTML).toBe(before);
  });

  it('a node of invisible characters alone does not break a name across it', () => {
    document.body.innerHTML = '<p>Kim<span>\u200B</span> Jong Un</p>';
    const page = collectPageText(document.body);
    expect(page.text).toBe('Kim Jong Un');
    applyMarks(page, [mention('Kim Jong Un', page.text, 'ofac:20157')]);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent).join('|')).toBe('Kim|\u200B| Jong Un');
  });
});

describe('applyMarks and unwrapMarks', () => {
  it('wraps mentions with the contract attributes and restores the DOM exactly', () => {
    const html = '<article><p>The <em>UN Security Council</em> adopted resolution 2397 on North Korea.</p><p>North Korea objected; <a href="#">Kim</a> Jong Un too.</p></article>';
    document.body.innerHTML = html;
    const page = collectPageText(document.body);
    const mentions = [
      mention('UN Security Council', page.text, 'body:unsc', 'body'),
      mention('resolution 2397', page.text, 'instrument:unscr-2397', 'instrument'),
      mention('North Korea', page.text, 'jurisdiction:kp', 'jurisdiction'),
      mention('North Korea', page.text, 'jurisdiction:kp', 'jurisdiction', page.text.indexOf('North Korea') + 1),
      mention('Kim Jong Un', page.text, 'ofac:20157'),
    ];
    const marks = applyMarks(page, mentions, { firstOnly: true });
    const first = [...document.querySelectorAll('mark[data-sl-category]:not(.sl-continued)')];
    expect(first.map((m) => [mentionOf(m)?.entity, m.getAttribute('data-sl-category')])).toEqual([
      ['body:unsc', 'body'],
      ['instrument:unscr-2397', 'instrument'],
      ['jurisdiction:kp', 'jurisdiction'],
      ['jurisdiction:kp', 'jurisdiction'],
      ['ofac:20157', 'designated'],
    ]);
    // "Kim" sits in a link, " Jong Un" after it: two pieces, one mention.
    expect(marks.length).toBe(6);
    expect(document.querySelectorAll('mark.sl-continued').length).toBe(1);
    expect(first[3].classList.contains('sl-repeat')).toBe(true);
    expect(first.every((m) => m.getAttribute('tabindex') === '-1')).toBe(true);
    unwrapMarks(marks);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('marking per block', () => {
  it('marks in nested blocks and around code land on the right words, in text order, and undo exactly', () => {
    const html = '<div>Intro on North Korea <code>Iran</code> and <p>then Iran and <b>Sy</b>ria</p> and later Russia.</div><p>Cuba</p>';
    document.body.innerHTML = html;
    const page = collectPageText(document.body);
    const at = (t: string, from = 0) => mention(t, page.text, `jurisdiction:${t}`, 'jurisdiction', from);
    const mentions = [at('North Korea'), at('Iran'), at('Syria'), at('Russia'), at('Cuba')].sort((a, b) => a.start - b.start);
    const marks = applyMarks(page, mentions);
    const first = marks.filter((m) => !m.classList.contains('sl-continued'));
    expect(first.map((m) => m.textContent)).toEqual(['North Korea', 'Iran', 'Sy', 'Russia', 'Cuba']);
    expect(first.map((m) => mentionOf(m)?.entity)).toEqual(mentions.map((m) => m.entity));
    expect(document.querySelector('code mark')).toBeNull();
    unwrapMarks(marks);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('marking in passes of a few text nodes', () => {
  it('lands every mention on its words when mentions share nodes, span nodes and cross pass boundaries, and undoes exactly', () => {
    const paras = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? `<p>Iran and Syria met Cuba in round ${i}.</p>` : i % 3 === 1 ? `<p>Talks with <b>Kim</b> Jong Un, round ${i}.</p>` : `<p>Round ${i}: <i>Russia</i> and <em>Belarus</em>.</p>`,
    );
    const html = `<article>${paras.join('')}</article>`;
    document.body.innerHTML = html;
    const page = collectPageText(document.body);
    const mentions: Mention[] = [];
    for (const name of ['Iran', 'Syria', 'Cuba', 'Kim Jong Un', 'Russia', 'Belarus'])
      for (let at = page.text.indexOf(name); at >= 0; at = page.text.indexOf(name, at + 1)) mentions.push(mention(name, page.text, `x:${name}`, 'jurisdiction', at));
    mentions.sort((a, b) => a.start - b.start);
    expect(mentions.length).toBe(24);
    const marks = applyMarks(page, mentions);
    const first = marks.filter((m) => !m.classList.contains('sl-continued'));
    expect(first.map((m) => mentionOf(m)?.entity)).toEqual(mentions.map((m) => m.entity));
    // The pieces of each mention (a first mark, then its continued ones) read as the mention's words.
    const texts: string[] = [];
    for (const m of marks) {
      if (m.classList.contains('sl-continued')) texts[texts.length - 1] += m.textContent;
      else texts.push(m.textContent ?? '');
    }
    expect(texts).toEqual(mentions.map((m) => m.text));
    expect(document.querySelectorAll('mark.sl-continued').length).toBe(4);
    expect([...document.querySelectorAll('mark.sl-continued')].every((m) => m.textContent === ' Jong Un')).toBe(true);
    unwrapMarks(marks);
    expect(document.body.innerHTML).toBe(html);
  });
});

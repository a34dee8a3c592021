import { describe, expect, it } from 'vitest';
import { readKb } from '../../../scripts/lib/kb-files';
import { buildTrainingSets } from '../../../scripts/lib/training/build';
import { readSentenceFiles, sentenceFileFaults } from '../../../scripts/lib/training/fixtures';
import { shortForm, readerForm } from '../../../scripts/lib/training/short-forms';
import { heldOut } from '../../../scripts/lib/training/split';

describe('gathered sanctions sentences', () => {
  const files = readSentenceFiles();
  it('cover at least eight languages, each sentence with its page and its names in its text', () => {
    expect(new Set(files.map((f) => f.data.lang)).size).toBeGreaterThanOrEqual(8);
    for (const { data } of files) expect(sentenceFileFaults(data)).toEqual([]);
  });
  it('pin most designated names to a listed party', () => {
    const designated = files.flatMap((f) => f.data.sentences.flatMap((s) => s.mentions.filter((m) => m.kind === 'designated' && !m.unlisted)));
    const pinned = designated.filter((m) => m.entity && m.refs?.length);
    expect(pinned.length / designated.length).toBeGreaterThan(0.9);
  });
});

describe('conventional short forms', () => {
  it('give the first given name and the first of two Hispanic surnames, without a patronymic', () => {
    expect(shortForm('MADURO MOROS, Nicolas', 'person', false)).toBe('Nicolas Maduro');
    expect(shortForm('PUTIN, Vladimir Vladimirovich', 'person', false)).toBe('Vladimir Putin');
    expect(shortForm('AL-ASSAD, Bashar', 'person', false)).toBeUndefined();
  });
  it('drop an organisation’s legal form and bracketed acronym', () => {
    expect(shortForm('PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'organisation', false)).toBe('Sberbank of Russia');
    expect(shortForm('FOREIGN TRADE BANK (FTB)', 'organisation', false)).toBe('Foreign Trade Bank');
    expect(shortForm('DANA HOLDINGS LIMITED', 'organisation', false)).toBe('Dana Holdings');
  });
  it('read a family-first listing in its own order', () => {
    expect(readerForm('KIM, Yo Jong', 'person', true)).toBe('Kim Yo Jong');
    expect(readerForm('KIM, Yo Jong', 'person', false)).toBe('Yo Jong Kim');
  });
});

describe('the labelled sets', () => {
  const kb = readKb();
  const opts = { seed: 7, testShare: 0.25, perSlot: 3, brown: false };
  const { texts } = buildTrainingSets(kb, opts);
  const held = heldOut(opts.seed, opts.testShare);

  it('are the same for the same seed', () => {
    const again = buildTrainingSets(kb, opts).texts;
    expect(again.map((t) => t.text)).toEqual(texts.map((t) => t.text));
  });
  it('name no held-out party in a training text, and take no training text from a held-out page', () => {
    const train = texts.filter((t) => t.split === 'train');
    for (const t of train) {
      if (t.url) expect(held.page(t.url)).toBe('train');
      for (const g of t.gold) if (g.category === 'designated' && g.entity) expect(held.party(g.entity)).toBe('train');
    }
    const trainPages = new Set(train.map((t) => t.url));
    for (const t of texts.filter((x) => x.split === 'test')) expect(trainPages.has(t.url)).toBe(false);
  });
  it('put each gold span at the offsets of its words', () => {
    for (const t of texts) for (const g of t.gold) expect(t.text.slice(g.start, g.end)).toBe(g.text);
  });
  it('make positives with listed names and short forms in both splits', () => {
    const templates = texts.filter((t) => t.source === 'template');
    const forms = new Set(templates.flatMap((t) => t.gold.map((g) => g.form)));
    expect(forms).toContain('listed');
    expect(forms).toContain('short');
    expect(new Set(templates.map((t) => t.split))).toEqual(new Set(['train', 'test']));
  });
  it('count every ordinary-news text as exhaustive: any designated mark there is wrong', () => {
    const ordinary = texts.filter((t) => t.source === 'ordinary');
    expect(ordinary.length).toBeGreaterThan(100);
    expect(ordinary.every((t) => t.exhaustive && t.gold.length === 0)).toBe(true);
  });
});

/**
 * Arabic-script function words never start or confirm a listed name, on the
 * bundled KB; words that are parts of the lists' own Arabic-script names are
 * not function words here.
 */
import { describe, expect, it } from 'vitest';
import { readKb, readLexicon } from '../../../scripts/lib/kb-files';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { arabicNameParts, isArabicScriptStopword } from '../../../src/recognition/stopword-rule';
import { ARABIC_SCRIPT_STOPWORDS } from '../../../src/recognition/stopwords';
import { tokenize } from '../../../src/recognition/tokenize';

const kb = readKb();
const rec = createRecognizer(kb, readLexicon());
const designated = (text: string) => rec.scan(text).filter((m) => m.category === 'designated').map((m) => m.text);

describe('Arabic-script stop words', () => {
  it('"after the company" is no listed person', () => {
    expect(designated('بعد شركة النفط')).toEqual([]);
    expect(designated('وبعد شركة النفط')).toEqual([]);
  });

  it('listed names with particles that stop lists hold still match', () => {
    expect(designated('قال أبو بكر البغدادي')).toEqual(['أبو بكر البغدادي']);
    expect(designated('وقال عبد السلام الشريقي')).toEqual(['عبد السلام الشريقي']);
  });

  it('a stop word that is also a name part counts when two other words carry the name', () => {
    // كم is "how many" and also how Arabic news write Kim.
    expect(designated('زعيم كوريا الشمالية كم جونغ أون')).toEqual(['كم جونغ أون']);
    expect(designated('كم شركة')).toEqual([]);
  });

  it('no stop word of the module is a part of a listed Arabic-script name (re-run scripts/stopwords-build.ts after kb:build)', () => {
    const parts = arabicNameParts(kb);
    expect(parts.has('بن')).toBe(true);
    expect(ARABIC_SCRIPT_STOPWORDS.filter((w) => parts.has(w))).toEqual([]);
  });

  it('covers Arabic, Persian and Urdu function words, as the tokeniser folds them', () => {
    for (const w of ['بعد', 'وبعد', 'هذا', 'این', 'اور']) expect(isArabicScriptStopword(tokenize(w)[0]), w).toBe(true);
    expect(isArabicScriptStopword(tokenize('بن')[0])).toBe(false);
    expect(isArabicScriptStopword(tokenize('after')[0])).toBe(false);
  });
});

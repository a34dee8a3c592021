/**
 * Function words of Arabic, Persian and Urdu ("بعد" after, "من" from, "هذا"
 * this) romanise to consonant skeletons that listed name parts share ("بعد"
 * reads as Abd), so "بعد شركة" ("after the company") met a listed person. A
 * page word in Arabic script that is such a word never starts or confirms a
 * listed name. The list (stopwords.ts) leaves out every word that is itself a
 * part of a listed Arabic-script name (بن, أبو, عبد).
 */
import type { KnowledgeBase } from '../kb/bundle';
import { ARABIC_SCRIPT } from './phonetic-key';
import { ARABIC_SCRIPT_STOPWORDS } from './stopwords';
import { nameTokens, type Token } from './tokenize';

const STOP = new Set(ARABIC_SCRIPT_STOPWORDS);

/** The conjunctions written joined to the next word ("وبعد", "and after"). */
const CONJUNCTION_RE = /^[وف]/;

/** Whether a page word is an Arabic-script function word, also after a joined conjunction. */
export function isArabicScriptStopword(t: Pick<Token, 'norm'>): boolean {
  // Most words are Latin: one character code tells before any look-up.
  if (t.norm.charCodeAt(0) < 0x600 || !ARABIC_SCRIPT.test(t.norm)) return false;
  return STOP.has(t.norm) || (CONJUNCTION_RE.test(t.norm) && STOP.has(t.norm.slice(1)));
}

/** Every token of every listed name written in Arabic script, as the tokeniser folds it. */
export function arabicNameParts(kb: Pick<KnowledgeBase, 'entities'>): Set<string> {
  const out = new Set<string>();
  for (const e of kb.entities) {
    for (const n of e.names) {
      if (!ARABIC_SCRIPT.test(n.value)) continue;
      for (const t of nameTokens(n.value)) if (ARABIC_SCRIPT.test(t.norm)) out.add(t.norm);
    }
  }
  return out;
}

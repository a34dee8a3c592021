/**
 * Splits text into word tokens with UTF-16 offsets. A name may continue
 * across a "soft" gap (spaces, hyphens, quotes, an abbreviation's period) but
 * never across a line break or other punctuation.
 */
import { APOSTROPHES, HYPHENS, foldKeepCase, translitKey } from './normalize';
import { ARABIC_SCRIPT, lightKey, trieKeyOf } from './phonetic-key';

export interface Token {
  start: number;
  end: number;
  /** Folded, case kept, inner apostrophes removed ("Hay'at" → "Hayat", "U.N." → "UN"). */
  cased: string;
  /** `cased` in lower case: the comparison form. */
  norm: string;
  /** Transliteration key of `norm`. */
  key: string;
  /** Light key of the romanised token (phonetic-key.ts): what name parts are aligned on. */
  lat: string;
  /**
   * Set on a reading of a word in another language's system (korean-cyrillic.ts): the spellings, all of
   * one skeleton, that the part alignment may compare; `lat` is the first.
   */
  lats?: string[];
  /** Consonant skeleton of `lat`: the name trie's key. */
  skel: string;
  /** Whether a name may run from the previous token into this one. */
  softBefore: boolean;
  /** Joined to the previous token by a hyphen ("Jong-un"), where lower case is normal. */
  hyphenBefore: boolean;
  /** A Han, kana or Hangul syllable character, which forms a token on its own. */
  cjk: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
// Hangul syllables are tokens of their own too: a Korean name is one word of syllables ("김정은") that
// romanises part by part ("Kim Jong Un"), and a case particle after it ("김정은이") is just one more token.
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u{AC00}-\u{D7A3}]/u;
const SOFT_GAP_CHARS = new Set([' ', '\t', '\u00a0', '\u2009', '\u202f', '\u200b', '"', '“', '”', '„', '«', '»', ...HYPHENS]);
const APOSTROPHE_SET = new Set(APOSTROPHES);

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_RE.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return WORD_RE.test(text[i]);
}

function isCjkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x2e80) return false;
  const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return CJK_RE.test(text.slice(i, i + len));
}

function isSoftGap(gap: string, prev: Token | undefined): boolean {
  if (gap.length === 0) return true;
  if (gap.length > 4) return false;
  let dot = false;
  for (const ch of gap) {
    if (ch === '.') {
      if (dot) return false;
      dot = true;
    } else if (!SOFT_GAP_CHARS.has(ch)) return false;
  }
  // A period continues a name only after an abbreviation or initial ("Co.", "S.", "Jr.").
  return !dot || (prev !== undefined && prev.norm.length <= 3 && !/^\d+$/.test(prev.norm));
}

interface TokenKeys {
  key: string;
  lat: string;
  skel: string;
}

/**
 * Keys by word. Words repeat (a page is mostly the same few hundred), and a
 * key costs a dozen regular-expression passes, so each is worked out once;
 * the cache is emptied when it grows past a bound.
 */
const keyCache = new Map<string, TokenKeys>();
const KEY_CACHE_MAX = 50_000;

function keysOf(norm: string): TokenKeys {
  let k = keyCache.get(norm);
  if (k) return k;
  const key = translitKey(norm);
  const lat = lightKey(norm, key);
  k = { key, lat, skel: trieKeyOf(norm, lat) };
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(norm, k);
  return k;
}

/** A token for `raw` (the word as read) at `start`..`end` of the text; flags between tokens are left unset. */
export function makeToken(text: string, start: number, end: number, raw: string): Token {
  // Modifier-letter apostrophes (ʼ ʻ) count as letters in Unicode but are apostrophes in names.
  const cased = foldKeepCase(raw.includes('ʼ') || raw.includes('ʻ') ? raw.replace(/[ʼʻ]/g, '') : raw);
  const norm = cased.toLowerCase();
  const k = keysOf(norm);
  return { start, end, cased, norm, key: k.key, lat: k.lat, skel: k.skel, softBefore: false, hyphenBefore: false, cjk: false };
}

/** Tokenises `text`; `softBefore` is computed against the previous token. */
export function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      if (text[i] === '&') {
        const t = makeToken(text, i, i + 1, 'and');
        raw.push(t);
      }
      i++;
      continue;
    }
    if (isCjkAt(text, i)) {
      const len = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      const t = makeToken(text, i, i + len, text.slice(i, i + len));
      t.cjk = true;
      raw.push(t);
      i += len;
      continue;
    }
    const start = i;
    let word = '';
    let segStart = i;
    let skip = 0;
    while (i < n) {
      if (isWordCode(text, i) && !isCjkAt(text, i)) {
        i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
        continue;
      }
      // An apostrophe between letters joins them, except the possessive "'s".
      if (APOSTROPHE_SET.has(text[i]) && i + 1 < n && isWordCode(text, i + 1) && !isCjkAt(text, i + 1)) {
        const possessive = (text[i + 1] === 's' || text[i + 1] === 'S') && (i + 2 >= n || !isWordCode(text, i + 2));
        if (possessive) {
          skip = 2;
          break;
        }
        word += text.slice(segStart, i);
        i++;
        segStart = i;
        continue;
      }
      break;
    }
    word += text.slice(segStart, i);
    raw.push(makeToken(text, start, i, word));
    i += skip;
  }
  const tokens = joinAllah(text, mergeDottedInitials(text, raw));
  for (let k = 0; k < tokens.length; k++) {
    const prev = k > 0 ? tokens[k - 1] : undefined;
    const gap = prev === undefined ? '' : text.slice(prev.end, tokens[k].start);
    tokens[k].softBefore = prev !== undefined && isSoftGap(gap, prev);
    tokens[k].hyphenBefore = tokens[k].softBefore && gap.length === 1 && HYPHENS.includes(gap);
  }
  return tokens;
}

const ALLAH = 'الله';
/** A space, or Persian's zero-width non-joiner, which writes the compound as one word with two shapes ("حزب‌الله"). */
const ALLAH_GAPS = new Set([' ', '\u200c']);

/**
 * Names built on "Allah" are written joined or apart ("نصرالله" and
 * "نصر الله", Nasrallah; "حزب الله", Hizballah; Persian "حزب‌الله"): one
 * token, so either spelling meets the one-part Latin name.
 */
function joinAllah(text: string, tokens: Token[]): Token[] {
  if (!text.includes(ALLAH)) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.norm === ALLAH && prev && ARABIC_SCRIPT.test(prev.norm) && prev.norm !== ALLAH && ALLAH_GAPS.has(text.slice(prev.end, t.start))) {
      out[out.length - 1] = makeToken(text, prev.start, t.end, prev.cased + t.cased);
    } else {
      out.push(t);
    }
  }
  return out;
}

/** "U.N." → one token "UN", "D.P.R.K." → "DPRK": dotted abbreviations are written both ways. */
function mergeDottedInitials(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    let j = k;
    while (
      j + 1 < tokens.length &&
      tokens[j].end - tokens[j].start === 1 &&
      text[tokens[j].end] === '.' &&
      tokens[j + 1].start === tokens[j].end + 1 &&
      tokens[j + 1].end - tokens[j + 1].start === 1 &&
      !tokens[j].cjk
    ) {
      j++;
    }
    if (j > k && /^\p{L}$/u.test(text[tokens[j].start])) {
      let end = tokens[j].end;
      if (text[end] === '.') end++;
      const letters = tokens.slice(k, j + 1).map((x) => x.cased).join('');
      const merged = makeToken(text, t.start, end, letters);
      out.push(merged);
      k = j + 1;
    } else {
      out.push(t);
      k++;
    }
  }
  return out;
}

const nameCache = new Map<string, Token[]>();

/** Tokens of a listed name. Cached while an index is built, because each name is read by several variant rules. */
export function nameTokens(name: string): Token[] {
  let t = nameCache.get(name);
  if (!t) {
    t = tokenize(name);
    nameCache.set(name, t);
  }
  return t;
}

/** Frees the name-token cache once an index is built. */
export function clearNameTokenCache(): void {
  nameCache.clear();
}

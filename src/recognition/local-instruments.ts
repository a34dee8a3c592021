/**
 * Numbered instruments cited in the other languages the recogniser reads:
 * Security Council resolutions ("résolution 2653", "резолюцией 2231",
 * "القرار 2231", "第2397号决议", "결의 2375호", "2231 sayılı karar"), EU
 * sanctions packages ("18. Sanktionspaket", "18-й пакет санкций",
 * "decimoctavo paquete de sanciones", "όγδοη δέσμη κυρώσεων", "第18轮制裁"),
 * EU regulations and decisions ("Verordnung (EU) Nr. 833/2014") and US
 * executive orders ("orden ejecutiva 14024", "행정명령 13722호").
 *
 * The matchers return plain citations; instruments.ts makes them mentions
 * with the English patterns' ids, so "Resolution 2397" in any language is
 * `instrument:unscr-2397`.
 */
import { ORDINAL_WORDS, ordinalWordValue, ordinalWordsSource } from './local-ordinals';

export interface Citation {
  start: number;
  end: number;
  /** Instrument id without its "instrument:" prefix: "unscr-2231", "eu-package-18", "eu-reg-833-2014", "us-eo-14024". */
  id: string;
  kind: 'unscr' | 'eu-package' | 'eu-act' | 'us-eo';
  /** The number(s) the id was made of, for a fallback title. */
  numbers: string[];
}

/** Arabic-Indic and Persian digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

const D = '[0-9\u0660-\u0669\u06f0-\u06f9]';
const NUM = `(${D}{3,4})`;
const YEAR = `(?:\\s*[(（]${D}{4}[)）])?`;
/** "No.", "n°", "№", "Nr.", "رقم", "شماره" between a word and its number. */
const NUMBER_SIGN = '(?:(?:№|[Nn][°º]|[Nn]\\.\\s?º|[Nn]o\\.?|[Nn]r\\.?|nº|رقم|الرقم|شماره)\\s*)?';
/** Units after a number that make it a measure, as a screen's "resolution 2560 pixels" is. */
export const MEASURE_UNIT = '(?:pixels?|píxe?les|pixel|px|dpi|ppi|nits?|Hz|пикс\\p{L}*|пікс\\p{L}*|بكسل|پیکسل|像素|ピクセル|픽셀)';
/** A number does not run on into a letter, a slash, a decimal or a unit ("1080p", "1920x1080", "2000%", "2560 pixels"). */
const NUM_END = `(?![0-9\u0660-\u0669\u06f0-\u06f9/]|[.,]\\d|\\s*%|\\s*[x×]\\s*\\d|[A-Za-z]|\\s+${MEASURE_UNIT}(?![\\p{L}]))`;

/** The Security Council named near a citation: what a generic word for "decision" needs. */
const COUNCIL_NEAR =
  /Security Council|UNSC|ООН|ONU|\bUN\b|\bONZ\b|\bVN\b|\bBM\b|BMGK|Güvenlik Konseyi|مجلس الأمن|الأمم المتحدة|شورای امنیت|سازمان ملل|सुरक्षा परिषद|संयुक्त राष्ट्र|安理会|安理會|安保理|国連|联合国|聯合國|안보리|유엔|ΟΗΕ|Sicherheitsrat|Conseil de sécurité|Consejo de Seguridad|Consiglio di [Ss]icurezza|Conselho de Segurança|Veiligheidsraad|Rad[aeyzę] Bezpieczeństwa|Совет\p{L}* Безопасности|Совбез|Рад\p{L}* Безпеки|Συμβούλι\p{L}* Ασφαλείας/u;
/** Resolutions of other organs are not Security Council instruments. */
const OTHER_ORGAN =
  /(?:Assemblée générale|Asamblea General|Assemblea [Gg]enerale|Assembleia Geral|Generalversammlung|Algemene Vergadering|Zgromadzeni\p{L}+ Ogóln\p{L}+|Генеральн\p{L}+ Ассамбле\p{L}+|Генеральн\p{L}+ Асамбле\p{L}+|الجمعية العامة|مجمع عمومی|Genel Kurul\p{L}*|联合国大会|聯合國大會|国連総会|유엔 총회|Γενικ\p{L}+ Συνέλευσ\p{L}+|महासभा|AIEA|OIEA|МАГАТЭ|МАГАТЕ|IAEA|Совета управляющих|Ради керуючих|شورای حکام|مجلس المحافظين|Rady Gubernatorów|Gouverneursraad|Conseil des gouverneurs|Junta de Gobernadores|Consiglio dei governatori)[^.]{0,40}$/u;

interface ResolutionPattern {
  re: RegExp;
  /** The word is also an ordinary word for "decision" or "proposal": the Council must be named near it. */
  needsCouncil: boolean;
}

const word = (...forms: string[]) => `(?:${forms.join('|')})`;

/** Resolution words by language; the number follows, except in Turkish, Chinese and Japanese, where the pattern says where it is. */
const RESOLUTION_PATTERNS: ResolutionPattern[] = [
  // fr, es, it, pt, nl, pl, ru, uk, el, fa: WORD [of the Security Council] [No.] NUMBER [(YEAR)]
  ...[
    [word('[Rr]ésolutions?'), "du Conseil de sécurité(?: de l['’]ONU| des Nations [Uu]nies)?"],
    [word('[Rr]esoluci(?:ón|ones)'), 'del Consejo de Seguridad(?: de la ONU| de las Naciones Unidas)?'],
    [word('[Rr]isoluzion[ei]'), "del Consiglio di [Ss]icurezza(?: dell['’][Oo]nu| delle Nazioni Unite)?"],
    [word('[Rr]esoluç(?:ão|ões)'), 'do Conselho de Segurança(?: da ONU| das Nações Unidas)?'],
    [word('[Rr]esoluties?'), 'van de (?:VN-)?Veiligheidsraad'],
    [word('[Rr]ezolucj(?:a|i|ę|ą|e|om|ami|ach)'), 'Rady Bezpieczeństwa(?: ONZ)?'],
    [word('[Рр]езолюци(?:я|и|ю|ей|ям|ями|ях)'), '(?:Совета Безопасности|Совбеза|СБ)(?: ООН)?'],
    [word('[Рр]езолюці(?:я|ї|ю|єю|ям|ями|ях)'), '(?:Ради Безпеки|Радбезу|РБ)(?: ООН)?'],
    [word('[Ψψ]ήφισμα', '[Ψψ]ηφίσματ(?:ος|α|ων)'), 'του Συμβουλίου Ασφαλείας(?: του ΟΗΕ)?'],
    [word('قطعنامه(?:\u200c?(?:های|ها|ی))?'), 'شورای امنیت(?: سازمان ملل(?: متحد)?)?'],
  ].map(([w, council]) => ({
    re: new RegExp(`(?<![\\p{L}])${w}\\s+(?:${council}\\s+)?${NUMBER_SIGN}${NUM}${NUM_END}${YEAR}`, 'gu'),
    needsCouncil: false,
  })),
  // German writes "Resolution 2397" as English does (instruments.ts); Hindi प्रस्ताव is also "proposal".
  { re: new RegExp(`(?<![\\p{L}])प्रस्ताव\\s+(?:संख्या\\s+)?${NUM}${NUM_END}${YEAR}`, 'gu'), needsCouncil: true },
  // Arabic قرار is any decision: "القرار 2231", "قرار مجلس الأمن رقم 2231", "بالقرار 1988 (2011)".
  {
    re: new RegExp(`(?<![\\p{L}])(?:[وفبل]?ال|[وفب]?)قرار(?:ات)?\\s+(?:مجلس الأمن(?: الدولي)?\\s+|المجلس\\s+)?${NUMBER_SIGN}${NUM}${NUM_END}${YEAR}`, 'gu'),
    needsCouncil: true,
  },
  // Turkish puts the number first: "2231 sayılı karar", "2231 sayılı BM Güvenlik Konseyi kararı".
  { re: new RegExp(`(?<![\\p{L}\\d])${NUM}\\s+sayılı\\s+(?:[\\p{L}'’]+\\s+){0,3}?karar\\p{L}*`, 'gu'), needsCouncil: true },
  // Chinese: "第2397号决议", "第2231(2015)号决议", "2231号决议"; Japanese: "決議第2371号", "決議2397号"; Korean: "결의 2375호".
  { re: new RegExp(`第?\\s*${NUM}\\s*${YEAR}\\s*[号號]\\s*(?:决议|決議)`, 'gu'), needsCouncil: false },
  { re: new RegExp(`決議\\s*第?\\s*${NUM}\\s*号?${NUM_END}`, 'gu'), needsCouncil: false },
  { re: new RegExp(`결의(?:안)?\\s*(?:제\\s*)?${NUM}\\s*호`, 'gu'), needsCouncil: false },
];

/** "…, 1737 (2006), 1747 (2007) et 1929 (2010)": more numbers of one citation. */
const LIST_NEXT = new RegExp(
  `^(?:\\s*[,،、，]\\s*(?:(?:et|y|e|und|en|i|и|і|та|ve|και|و)\\s*)?|\\s+(?:et|y|e|und|en|i|и|і|та|ve|και)\\s+|\\s+و\\s*)${NUM}${NUM_END}${YEAR}`,
  'u',
);

function resolutionNumber(raw: string): string | undefined {
  const n = Number(asciiDigits(raw));
  return n >= 1 && n <= 3500 ? String(n) : undefined;
}

function scanLocalResolutions(text: string, out: Citation[]): void {
  for (const { re, needsCouncil } of RESOLUTION_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const num = resolutionNumber(m[1]);
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (!num || OTHER_ORGAN.test(before)) continue;
      // The UN's own citation style, "1988 (2011)", is evidence enough; otherwise the Council must be named near.
      const unStyle = /[(（]\d{4}[)）]$/.test(asciiDigits(m[0]));
      if (needsCouncil && !unStyle && !COUNCIL_NEAR.test(text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, id: `unscr-${num}`, kind: 'unscr', numbers: [num] });
      let pos = m.index + m[0].length;
      for (;;) {
        const next = LIST_NEXT.exec(text.slice(pos, pos + 40));
        const n = next ? resolutionNumber(next[1]) : undefined;
        if (!next || !n) break;
        const start = pos + next[0].indexOf(next[1]);
        out.push({ start, end: pos + next[0].length, id: `unscr-${n}`, kind: 'unscr', numbers: [n] });
        pos += next[0].length;
      }
      re.lastIndex = pos;
    }
  }
}

const ord = (lang: string) => `(${ordinalWordsSource(lang)})`;

/** One language's package citation: `digits` or `words` captures the number. */
interface PackagePattern {
  lang: string;
  re: RegExp;
  /** Numbered rounds of sanctions are not always the EU's: the EU or Russia must be named near. */
  needsEu?: boolean;
}

const EU_OR_RUSSIA_NEAR = /EU|欧盟|歐盟|欧州|유럽|対ロ|対ロシア|ロシア|对俄|對俄|俄罗斯|俄羅斯|대러|러시아/u;

const ANY_WORD = '(?:[\\p{L}-]+\\s+)?';

const PACKAGE_PATTERNS: PackagePattern[] = [
  { lang: 'de', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\.\\s*|${ord('de')}\\s+)(?:EU-)?Sanktionspaket(?:s|es)?(?![\\p{L}])`, 'giu') },
  { lang: 'fr', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?(?:e|ème|è|ᵉ|eme)|${ord('fr')})\\s+paquet\\s+de\\s+sanctions`, 'giu') },
  { lang: 'es', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?(?:\\.?º|\\.?°|\\.ᵒ|\\.?o)|${ord('es')})\\s+paquete\\s+de\\s+(?:sanciones|medidas)`, 'giu') },
  { lang: 'it', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?(?:°|º|\\.?o)|${ord('it')})\\s+pacchetto\\s+di\\s+sanzioni`, 'giu') },
  { lang: 'pt', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?(?:\\.?º|°|\\.?o)|${ord('pt')})\\s+pacote\\s+de\\s+sanções`, 'giu') },
  { lang: 'nl', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})(?:e|de|ste)|${ord('nl')})\\s+${ANY_WORD}sanctiepakket`, 'giu') },
  { lang: 'pl', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\.?|${ord('pl')})\\s+pakiet(?:u|em|owi)?\\s+${ANY_WORD}sankcji`, 'giu') },
  { lang: 'ru', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?-?(?:й|го|м|му|ый|ого|ом)|${ord('ru')})\\s+пакет(?:а|е|ом|у)?\\s+${ANY_WORD}(?:санкций|ограничительных\\s+мер|рестрикций)`, 'giu') },
  { lang: 'uk', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s?-?(?:й|го|му|м|ий)|${ord('uk')})\\s+пакет(?:у|і|ом|а)?\\s+${ANY_WORD}(?:санкцій|обмежувальних\\s+заходів)`, 'giu') },
  { lang: 'el', re: new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})(?:ο|ου|η|ης)|${ord('el')})\\s+(?:πακέτ(?:ο|ου)|δέσμη(?:ς)?)\\s+${ANY_WORD}κυρώσεων`, 'giu') },
  { lang: 'tr', re: /(?<![\p{L}\d])(\d{1,2})\.\s*(?:AB\s+)?yaptırım\s+paket(?:i|ini|inin|inde|iyle)?(?![\p{L}])/giu },
  { lang: 'ar', re: /الحزمة\s+(?:الـ\s?|ال|رقم\s+)(\d{1,2})\s+(?:من\s+)?(?:ال)?عقوبات/gu },
  { lang: 'zh', re: /第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:轮|輪|批|套|个|個)\s*(?:对俄|對俄|欧盟|歐盟)?\s*制裁/gu, needsEu: true },
  { lang: 'ja', re: /(?:第\s*(\d{1,2})\s*弾の?\s*(?:対ロシア|対ロ)?\s*制裁|制裁(?:パッケージ)?\s*第\s*(\d{1,2})\s*弾)/gu, needsEu: true },
  { lang: 'ko', re: /제\s*(\d{1,2})\s*차\s*(?:대러(?:시아)?\s*)?제재(?:\s*패키지)?/gu, needsEu: true },
  { lang: 'hi', re: /(?<![\p{L}\d])(\d{1,2})\s*(?:वें|वाँ|वां|वीं)\s+प्रतिबंध\s+पैकेज/gu },
];

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十八 → 18, 二十 → 20, 九 → 9. */
function hanNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return m[3] ? undefined : HAN_DIGITS[m[1]];
  return (m[1] ? HAN_DIGITS[m[1]] : 1) * 10 + (m[3] ? HAN_DIGITS[m[3]] : 0);
}

function packageNumber(lang: string, m: RegExpExecArray): number | undefined {
  const raw = m.slice(1).find((g) => g !== undefined);
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (lang === 'zh') return hanNumber(raw);
  return ORDINAL_WORDS[lang] ? ordinalWordValue(lang, raw) : undefined;
}

function scanLocalPackages(text: string, out: Citation[]): void {
  for (const { lang, re, needsEu } of PACKAGE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const n = packageNumber(lang, m);
      if (!n || n > 40) continue;
      if (needsEu && !EU_OR_RUSSIA_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, id: `eu-package-${n}`, kind: 'eu-package', numbers: [String(n)] });
    }
  }
}

const REGULATION = word(
  'Durchführungsverordnung', 'Verordnung', '[Rr]èglement', '[Rr]eglamento', '[Rr]egolamento', '[Rr]egulamento', '[Vv]erordening', '[Rr]ozporządzeni(?:e|a|u)', '[Рр]егламент(?:а|у|ом|е)?', 'Κανονισμ(?:ός|ού|ό)',
);
const DECISION = word('Beschluss(?:es)?', '[Dd]écision', '[Dd]ecisión', '[Dd]ecisione', '[Dd]ecisão', '[Bb]esluit', '[Dd]ecyzj(?:a|i|ę)', '[Рр]ешени(?:е|я|ем)', '[Рр]ішенн(?:я|ям)', 'Απόφαση(?:ς)?');
const EU_MARK = '(?:EU|UE|ЕС|ЄС|ΕΕ|CE|EG|WE|EU, Euratom)';
const CFSP_MARK = '(?:GASP|PESC|PESD|WBZP|ОВПБ|СЗБП|ΚΕΠΠΑ|FSP)';
const EU_ACT_LOCAL = new RegExp(
  `(?<![\\p{L}])(?:(${REGULATION})|(${DECISION}))\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:\\((${EU_MARK}|${CFSP_MARK})\\)\\s+)?(?:(?:Nr\\.?|n[°º.]|n\\.\\s?º|nr|№|αριθ\\.)\\s*)?(\\d{1,4})\\/(\\d{1,4})(?:\\/(${CFSP_MARK}))?(?![\\d/])`,
  'gu',
);

const isYear = (s: string) => Number(s) >= 1990 && Number(s) <= 2039 && s.length === 4;

function scanLocalEuActs(text: string, out: Citation[]): void {
  EU_ACT_LOCAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EU_ACT_LOCAL.exec(text))) {
    const [, regulation, , marker, a, b, suffix] = m;
    // An EU marker ("(EU)", "(UE)", "/PESC") says it is the Union's act, not a national one.
    if (!marker && !suffix) continue;
    if (!isYear(a) && !isYear(b)) continue;
    const cfsp = suffix !== undefined || (marker !== undefined && new RegExp(`^${CFSP_MARK}$`).test(marker));
    const id = regulation ? `eu-reg-${a}-${b}` : `eu-dec-${a}-${b}${cfsp ? '-cfsp' : ''}`;
    out.push({ start: m.index, end: m.index + m[0].length, id, kind: 'eu-act', numbers: [a, b] });
  }
}

const EO_WORDS = word(
  'Exekutivverordnung', 'Durchführungsverordnung des Präsidenten', '[Dd]écret(?: présidentiel| exécutif)?', '[Oo]rden [Ee]jecutiva', '[Oo]rdine [Ee]secutivo', '[Oo]rdem [Ee]xecutiva', '[Dd]ecreto [Ee]xecutivo',
  '[Uu]itvoeringsbevel', '[Rr]ozporządzeni(?:e|a) wykonawcz(?:e|ego)', 'الأمر التنفيذي', 'أمر تنفيذي', 'فرمان اجرایی', '[Bb]aşkanlık [Kk]ararnamesi', 'Yürütme [Ee]mri', '行政命令', '大統領令', '행정명령', '[Εε]κτελεστικ(?:ό|ού) [Δδ]ιάταγμα(?:τος)?', 'कार्यकारी आदेश',
);
const EO_LOCAL = new RegExp(
  `(?<![\\p{L}])${EO_WORDS}\\s*(?:[(（](?:E\\.?O\\.?|EO)[)）]\\s*)?(?:(?:№|[Nn][°º]|[Nn]o\\.?|[Nn]r\\.?|رقم|شماره|第)\\s*)?(1[234]\\d{3})(?!\\d)\\s*[号號호]?`,
  'gu',
);
/** Chinese and Japanese may put the number before the words: "第13846号行政命令". */
const EO_NUMBER_FIRST = /第\s*(1[234]\d{3})\s*[号號]\s*(?:行政命令|大統領令)/gu;
/** Russian and Ukrainian name the president between: "указом президента Джо Байдена № 14024". */
const EO_UKAZ = /(?<![\p{L}])[Уу]каз\p{L}*(?:\s+[\p{L}.]+){0,4}?\s+№\s*(1[234]\d{3})(?!\d)/gu;

function scanLocalExecutiveOrders(text: string, out: Citation[]): void {
  for (const re of [EO_LOCAL, EO_NUMBER_FIRST, EO_UKAZ]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, id: `us-eo-${m[1]}`, kind: 'us-eo', numbers: [m[1]] });
  }
}

/** Every citation of a numbered instrument in another language, in no particular order (they may overlap). */
export function scanLocalCitations(text: string): Citation[] {
  const out: Citation[] = [];
  scanLocalResolutions(text, out);
  scanLocalPackages(text, out);
  scanLocalEuActs(text, out);
  scanLocalExecutiveOrders(text, out);
  return out;
}

/**
 * Ordinal numbers one to twenty as words, in the languages whose press
 * writes a sanctions package's number out ("decimoctavo paquete",
 * "восемнадцатый пакет", "όγδοη δέσμη"): per language, the stems in order
 * (index + 1 is the value) and the endings a stem takes for gender, number
 * and case. A stem may hold a regular-expression alternation.
 */

export interface OrdinalWords {
  stems: readonly string[];
  /** Regular-expression source of the endings (may match nothing). */
  endings: string;
}

export const ORDINAL_WORDS: Readonly<Record<string, OrdinalWords>> = {
  de: {
    stems: ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'sieb(?:en)?t', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft', 'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt', 'zwanzigst'],
    endings: '(?:e|en|er|es|em)',
  },
  fr: {
    stems: ['premi(?:er|ère)', '(?:deuxième|second(?:e)?)', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'],
    endings: '',
  },
  es: {
    stems: ['primer(?:o)?', 'segundo', 'tercer(?:o)?', 'cuarto', 'quinto', 'sexto', 's[ée]ptimo', 'octavo', 'noveno', 'd[ée]cimo', '(?:und[ée]cimo|decimoprimer(?:o)?)', '(?:duod[ée]cimo|decimosegundo)', 'decimotercer(?:o)?', 'decimocuarto', 'decimoquinto', 'decimosexto', 'decimos[ée]ptimo', 'decimoctavo', 'decimonoveno', 'vig[ée]simo'],
    endings: '',
  },
  it: {
    stems: ['primo', 'secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo', 'undicesimo', 'dodicesimo', 'tredicesimo', 'quattordicesimo', 'quindicesimo', 'sedicesimo', 'diciassettesimo', 'diciottesimo', 'diciannovesimo', 'ventesimo'],
    endings: '',
  },
  pt: {
    stems: ['primeiro', 'segundo', 'terceiro', 'quarto', 'quinto', 'sexto', 'sétimo', 'oitavo', 'nono', 'décimo', 'd[ée]cimo primeiro', 'd[ée]cimo segundo', 'd[ée]cimo terceiro', 'd[ée]cimo quarto', 'd[ée]cimo quinto', 'd[ée]cimo sexto', 'd[ée]cimo sétimo', 'd[ée]cimo oitavo', 'd[ée]cimo nono', 'vigésimo'],
    endings: '',
  },
  nl: {
    stems: ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste'],
    endings: '',
  },
  pl: {
    stems: ['pierwsz', 'drug', 'trzec', 'czwart', 'piąt', 'szóst', 'siódm', 'ósm', 'dziewiąt', 'dziesiąt', 'jedenast', 'dwunast', 'trzynast', 'czternast', 'piętnast', 'szesnast', 'siedemnast', 'osiemnast', 'dziewiętnast', 'dwudziest'],
    endings: '(?:y|i|ego|ym|emu|ej|a|ą)',
  },
  ru: {
    stems: ['перв', 'втор', 'трет', 'четвёрт|четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат'],
    endings: '(?:ый|ой|ий|ьего|ьему|ьем|ого|ому|ом|ая|ую|ей|ье|ья)',
  },
  uk: {
    stems: ['перш', 'друг', 'трет', 'четверт', 'п[\'’ʼ]?ят', 'шост', 'сьом', 'восьм', 'дев[\'’ʼ]?ят', 'десят', 'одинадцят', 'дванадцят', 'тринадцят', 'чотирнадцят', 'п[\'’ʼ]?ятнадцят', 'шістнадцят', 'сімнадцят', 'вісімнадцят', 'дев[\'’ʼ]?ятнадцят', 'двадцят'],
    endings: '(?:ий|ій|ього|ьому|ого|ому|ім|им|а|я|у|ю)',
  },
  el: {
    stems: ['πρώτ', 'δεύτερ', 'τρίτ', 'τέταρτ', 'πέμπτ', 'έκτ', 'έβδομ', 'όγδο', 'ένατ', 'δέκατ', 'ενδέκατ', 'δωδέκατ', 'δέκατ(?:ο|η|ου|ης) τρίτ', 'δέκατ(?:ο|η|ου|ης) τέταρτ', 'δέκατ(?:ο|η|ου|ης) πέμπτ', 'δέκατ(?:ο|η|ου|ης) έκτ', 'δέκατ(?:ο|η|ου|ης) έβδομ', 'δέκατ(?:ο|η|ου|ης) όγδο', 'δέκατ(?:ο|η|ου|ης) ένατ', 'εικοστ'],
    endings: '(?:ο|η|ου|ης|ό|ή|ού|ής)',
  },
};

/** The regular-expression source of one language's ordinal words: one capturing group per value is too many, so the value is read back by `ordinalWordValue`. */
export function ordinalWordsSource(lang: string): string {
  const o = ORDINAL_WORDS[lang];
  return `(?:${o.stems.map((s) => `(?:${s})`).join('|')})${o.endings}`;
}

/** The value (1-20) of an ordinal word of `lang`, or undefined. */
export function ordinalWordValue(lang: string, word: string): number | undefined {
  const o = ORDINAL_WORDS[lang];
  const lower = word.toLowerCase();
  // Longest stems first, so "dix-huitième" is not read as "huitième" and "δέκατο όγδοο" not as "δέκατο".
  const order = o.stems.map((s, k) => ({ s, k })).sort((a, b) => b.s.length - a.s.length);
  for (const { s, k } of order) {
    if (new RegExp(`^(?:${s})${o.endings}$`, 'u').test(lower)) return k + 1;
  }
  return undefined;
}

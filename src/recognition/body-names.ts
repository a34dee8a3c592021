/**
 * Sanctions bodies by the names the press and the bodies' own language
 * versions give them in the 17 other languages the recogniser reads (the
 * jurisdictions' languages), one table per language. They join the name
 * index as more names of the curated body records (name-trie.ts), matched
 * as listed, case included: "Совет Безопасности ООН" is the UN body, a
 * national "Совет безопасности России" is not (and a table's `blocked`
 * phrases keep a national council's name from reading as the UN's).
 *
 * UN committees and expert panels are many and numbered alike, so a
 * language gives their names once, as patterns: `{n}` is the committee's
 * resolution number (un-1718-committee → 1718). Bare forms
 * ("Comité 1718") are kept to four-digit numbers, which ordinary text does
 * not put after such words. A committee's or panel's long name that cites
 * its resolution ("Comité créé par la résolution 1718") is not a name here:
 * as in English, the shared head ("Comité du Conseil de sécurité") is the
 * body and the resolution after it an instrument.
 *
 * Checked against the UN's own language versions (un.org/securitycouncil/fr,
 * /es, /ar, /ru, /zh: committee and panel pages; press.un.org/fr) and, for
 * OFAC, whose own name is English, the forms the press of each language uses
 * (tests/fixtures/sanctions-sentences keeps sentences with their pages).
 */
import type { Body } from '../kb/curated/types';

export type BodyLanguage =
  | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'uk' | 'ar' | 'fa' | 'tr' | 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko' | 'el' | 'hi';

export interface LocalBodyTable {
  /** Body id → its names in this language. */
  names: Readonly<Record<string, readonly string[]>>;
  /**
   * Names every UN sanctions committee shares ("Comité du Conseil de sécurité"): like English "Security
   * Council Committee", the page's resolutions and jurisdictions pick which one (the mark is a possible
   * match until they do). The "… established pursuant to resolution 1718" after it is an instrument of its own.
   */
  committee: readonly string[];
  /** Every UN sanctions committee with a four-digit number, `{n}`: "Comité 1718". */
  committeeShort: readonly string[];
  /** Names every UN expert panel shares ("Groupe d'experts"), and numbered ones: `{n}` its committee's four-digit number. */
  panel: readonly string[];
  /** Phrases that hold one of the names above but name another body (a national security council). */
  blocked?: readonly string[];
}

const de: LocalBodyTable = {
  names: {
    unsc: ['UN-Sicherheitsrat', 'UN-Sicherheitsrats', 'UN-Sicherheitsrates', 'UNO-Sicherheitsrat', 'UNO-Sicherheitsrats', 'Weltsicherheitsrat', 'Weltsicherheitsrats', 'Sicherheitsrat der Vereinten Nationen', 'Sicherheitsrats der Vereinten Nationen', 'Sicherheitsrat', 'Sicherheitsrats', 'Sicherheitsrates'],
    ofac: ['Amt für die Kontrolle ausländischer Vermögenswerte', 'Amt zur Kontrolle ausländischer Vermögenswerte', 'Amt für ausländische Vermögenskontrolle', 'Behörde zur Kontrolle von Auslandsvermögen'],
    'eu-council': ['Rat der Europäischen Union', 'Rat der EU', 'EU-Rat'],
  },
  committee: ['Ausschuss des Sicherheitsrats', 'Sanktionsausschuss des Sicherheitsrats', 'Sanktionsausschuss des UN-Sicherheitsrats'],
  committeeShort: ['{n}-Ausschuss', 'Sanktionsausschuss {n}'],
  panel: ['UN-Expertengremium', 'Expertengremium der Vereinten Nationen', 'Sachverständigengruppe', 'Expertengremium des {n}-Ausschusses'],
  blocked: ['Sicherheitsrat Russlands', 'Sicherheitsrats Russlands', 'russischen Sicherheitsrat', 'russischen Sicherheitsrats', 'Russischer Sicherheitsrat', 'Nationaler Sicherheitsrat', 'Nationalen Sicherheitsrat', 'Nationalen Sicherheitsrats', 'Bundessicherheitsrat', 'Bundessicherheitsrats'],
};

const fr: LocalBodyTable = {
  names: {
    unsc: ['Conseil de sécurité', 'Conseil de sécurité de l’ONU', "Conseil de sécurité de l'ONU", 'Conseil de sécurité des Nations unies', 'Conseil de sécurité des Nations Unies'],
    ofac: ['Bureau de contrôle des avoirs étrangers', 'Bureau de contrôle des actifs étrangers', 'Office de contrôle des avoirs étrangers'],
    'eu-council': ['Conseil de l’Union européenne', "Conseil de l'Union européenne", 'Conseil de l’UE', "Conseil de l'UE"],
  },
  committee: ['Comité du Conseil de sécurité', 'Comité des sanctions du Conseil de sécurité'],
  committeeShort: ['Comité {n}', 'Comité des sanctions {n}'],
  panel: ['Groupe d’experts', "Groupe d'experts", 'Groupe d’experts du Comité {n}', "Groupe d'experts du Comité {n}"],
  blocked: ['Conseil de sécurité russe', 'Conseil de sécurité de Russie', 'Conseil de sécurité de la Fédération de Russie', 'Conseil de sécurité nationale', 'Conseil de sécurité intérieure'],
};

const es: LocalBodyTable = {
  names: {
    unsc: ['Consejo de Seguridad', 'Consejo de Seguridad de la ONU', 'Consejo de Seguridad de las Naciones Unidas'],
    ofac: ['Oficina de Control de Activos Extranjeros'],
    'eu-council': ['Consejo de la Unión Europea', 'Consejo de la UE'],
  },
  committee: ['Comité del Consejo de Seguridad', 'Comité de Sanciones del Consejo de Seguridad'],
  committeeShort: ['Comité {n}', 'Comité de Sanciones {n}'],
  panel: ['Grupo de Expertos', 'Grupo de Expertos del Comité {n}'],
  blocked: ['Consejo de Seguridad de Rusia', 'Consejo de Seguridad ruso', 'Consejo de Seguridad de la Federación de Rusia', 'Consejo de Seguridad Nacional', 'Consejo de Seguridad Pública', 'Consejo de Seguridad Ciudadana'],
};

const it: LocalBodyTable = {
  names: {
    unsc: ['Consiglio di Sicurezza', 'Consiglio di sicurezza', 'Consiglio di Sicurezza dell’ONU', "Consiglio di Sicurezza dell'ONU", 'Consiglio di sicurezza dell’Onu', "Consiglio di sicurezza dell'Onu", 'Consiglio di Sicurezza delle Nazioni Unite', 'Consiglio di sicurezza delle Nazioni Unite'],
    ofac: ['Ufficio per il controllo dei beni esteri', 'Ufficio di controllo delle attività estere', 'Ufficio per il controllo delle attività estere'],
    'eu-council': ['Consiglio dell’Unione europea', "Consiglio dell'Unione europea", 'Consiglio dell’UE', "Consiglio dell'UE", 'Consiglio dell’Ue', "Consiglio dell'Ue"],
  },
  committee: ['Comitato del Consiglio di sicurezza', 'Comitato del Consiglio di Sicurezza', 'Comitato sanzioni del Consiglio di sicurezza'],
  committeeShort: ['Comitato {n}', 'Comitato sanzioni {n}'],
  panel: ['Gruppo di esperti', 'Panel di esperti', 'Panel di esperti del Comitato {n}'],
  blocked: ['Consiglio di sicurezza russo', 'Consiglio di Sicurezza russo', 'Consiglio di sicurezza della Russia', 'Consiglio di Sicurezza Nazionale', 'Consiglio di sicurezza nazionale'],
};

const pt: LocalBodyTable = {
  names: {
    unsc: ['Conselho de Segurança', 'Conselho de Segurança da ONU', 'Conselho de Segurança das Nações Unidas'],
    ofac: ['Escritório de Controle de Ativos Estrangeiros', 'Departamento de Controle de Ativos Estrangeiros', 'Gabinete de Controlo de Ativos Estrangeiros', 'Gabinete de Controle de Ativos Estrangeiros'],
    'eu-council': ['Conselho da União Europeia', 'Conselho da UE'],
  },
  committee: ['Comitê do Conselho de Segurança', 'Comité do Conselho de Segurança', 'Comitê de Sanções do Conselho de Segurança'],
  committeeShort: ['Comitê {n}', 'Comité {n}', 'Comitê de Sanções {n}', 'Comité de Sanções {n}'],
  panel: ['Painel de Especialistas', 'Grupo de Peritos', 'Painel de Especialistas do Comitê {n}'],
  blocked: ['Conselho de Segurança da Rússia', 'Conselho de Segurança russo', 'Conselho de Segurança da Federação Russa', 'Conselho de Segurança Nacional', 'Conselho de Segurança Pública'],
};

const nl: LocalBodyTable = {
  names: {
    unsc: ['VN-Veiligheidsraad', 'Veiligheidsraad', 'Veiligheidsraad van de Verenigde Naties', 'Veiligheidsraad van de VN'],
    'un-1718-committee': ['sanctiecomité Noord-Korea', 'Sanctiecomité Noord-Korea'],
    ofac: ['Bureau voor de Controle van Buitenlandse Tegoeden'],
    'eu-council': ['Raad van de Europese Unie', 'Raad van de EU'],
  },
  committee: ['Sanctiecomité van de Veiligheidsraad'],
  committeeShort: ['Sanctiecomité {n}', '{n}-comité'],
  panel: ['Panel van deskundigen', 'Panel van experts'],
  blocked: ['Nationale Veiligheidsraad'],
};

const pl: LocalBodyTable = {
  names: {
    unsc: ['Rada Bezpieczeństwa ONZ', 'Rady Bezpieczeństwa ONZ', 'Radzie Bezpieczeństwa ONZ', 'Radę Bezpieczeństwa ONZ', 'Radą Bezpieczeństwa ONZ', 'Rada Bezpieczeństwa Organizacji Narodów Zjednoczonych', 'Rady Bezpieczeństwa Organizacji Narodów Zjednoczonych'],
    ofac: ['Biuro Kontroli Aktywów Zagranicznych', 'Biuro Kontroli Zagranicznych Aktywów', 'Biura Kontroli Aktywów Zagranicznych', 'Biura Kontroli Zagranicznych Aktywów'],
    'eu-council': ['Rada Unii Europejskiej', 'Rady Unii Europejskiej', 'Rada UE', 'Rady UE'],
  },
  committee: ['Komitet Rady Bezpieczeństwa', 'Komitetu Rady Bezpieczeństwa', 'Komitet Sankcyjny Rady Bezpieczeństwa'],
  committeeShort: ['Komitet {n}', 'Komitet Sankcyjny {n}', 'Komitetu {n}'],
  panel: ['Panel Ekspertów', 'Zespół Ekspertów', 'Panelu Ekspertów'],
};

const ru: LocalBodyTable = {
  names: {
    unsc: [
      'Совет Безопасности ООН', 'Совета Безопасности ООН', 'Совете Безопасности ООН', 'Советом Безопасности ООН', 'Совету Безопасности ООН',
      'Совет Безопасности Организации Объединенных Наций', 'Совета Безопасности Организации Объединенных Наций',
      'Совет Безопасности', 'Совета Безопасности', 'Совете Безопасности', 'Советом Безопасности', 'Совету Безопасности',
      'СБ ООН', 'Совбез ООН', 'Совбеза ООН', 'Совбезе ООН', 'Совбезом ООН', 'Совбезу ООН',
    ],
    ofac: [
      'Управление по контролю за иностранными активами', 'Управления по контролю за иностранными активами', 'Управлением по контролю за иностранными активами', 'Управлению по контролю за иностранными активами', 'Управлении по контролю за иностранными активами',
      'Управление по контролю над иностранными активами', 'Управления по контролю над иностранными активами', 'Управлением по контролю над иностранными активами',
      'Департамент по контролю за иностранными активами', 'Департамента по контролю за иностранными активами',
      'Офис по контролю за иностранными активами', 'Офиса по контролю за иностранными активами',
    ],
    ofsi: ['Управление по реализации финансовых санкций', 'Управления по реализации финансовых санкций'],
    'eu-council': ['Совет Европейского союза', 'Совета Европейского союза', 'Совет ЕС', 'Совета ЕС', 'Совет Евросоюза', 'Совета Евросоюза'],
  },
  committee: ['Комитет Совета Безопасности', 'Комитета Совета Безопасности', 'Комитету Совета Безопасности', 'Комитетом Совета Безопасности', 'Комитет СБ ООН', 'Комитета СБ ООН', 'Комитет по санкциям СБ ООН', 'Комитета по санкциям СБ ООН'],
  committeeShort: ['Комитет {n}', 'Комитета {n}', 'Комитету {n}', 'Комитетом {n}', 'Комитете {n}'],
  panel: ['Группа экспертов', 'Группы экспертов', 'Группой экспертов', 'Группе экспертов', 'Группу экспертов', 'Группа экспертов Комитета {n}', 'Группы экспертов Комитета {n}'],
  blocked: ['Совет Безопасности России', 'Совета Безопасности России', 'Совете Безопасности России', 'Совет Безопасности РФ', 'Совета Безопасности РФ', 'Совет Безопасности Российской Федерации', 'Совета Безопасности Российской Федерации'],
};

const uk: LocalBodyTable = {
  names: {
    unsc: ['Рада Безпеки ООН', 'Ради Безпеки ООН', 'Раді Безпеки ООН', 'Радою Безпеки ООН', 'Раду Безпеки ООН', 'Рада Безпеки', 'Ради Безпеки', 'Радбез ООН', 'Радбезу ООН', 'РБ ООН'],
    ofac: [
      'Управління з контролю за іноземними активами', 'Управлінням з контролю за іноземними активами', 'Управлінню з контролю за іноземними активами',
      'Управління контролю за іноземними активами', 'Управлінням контролю за іноземними активами', 'Управлінню контролю за іноземними активами',
      'Офіс з контролю за іноземними активами', 'Офісу з контролю за іноземними активами',
    ],
    'eu-council': ['Рада ЄС', 'Ради ЄС', 'Радою ЄС', 'Раді ЄС', 'Рада Європейського Союзу', 'Ради Європейського Союзу'],
  },
  committee: ['Комітет Ради Безпеки', 'Комітету Ради Безпеки', 'Комітетом Ради Безпеки', 'Комітет РБ ООН'],
  committeeShort: ['Комітет {n}', 'Комітету {n}', 'Комітетом {n}'],
  panel: ['Група експертів', 'Групи експертів', 'Групою експертів', 'Групу експертів', 'Група експертів Комітету {n}'],
  blocked: ['Рада Безпеки Росії', 'Ради Безпеки Росії', 'Ради Безпеки РФ', 'Рада національної безпеки', 'Ради національної безпеки'],
};

const ar: LocalBodyTable = {
  names: {
    unsc: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة', 'مجلس الأمن', 'لمجلس الأمن', 'بمجلس الأمن'],
    ofac: ['مكتب مراقبة الأصول الأجنبية', 'لمكتب مراقبة الأصول الأجنبية', 'مكتب مراقبة الأموال الأجنبية', 'مكتب الرقابة على الأصول الأجنبية'],
    'eu-council': ['مجلس الاتحاد الأوروبي'],
  },
  committee: ['لجنة مجلس الأمن', 'لجنة الجزاءات', 'لجنة العقوبات التابعة لمجلس الأمن'],
  committeeShort: ['لجنة الجزاءات لعام {n}', 'لجنة العقوبات {n}', 'اللجنة {n}'],
  panel: ['فريق الخبراء', 'فريق خبراء الأمم المتحدة', 'فريق خبراء لجنة {n}'],
  blocked: ['مجلس الأمن الروسي', 'مجلس الأمن القومي الروسي', 'مجلس الأمن القومي', 'مجلس الأمن الوطني', 'مجلس الأمن الداخلي'],
};

const fa: LocalBodyTable = {
  names: {
    unsc: ['شورای امنیت سازمان ملل متحد', 'شورای امنیت سازمان ملل', 'شورای امنیت'],
    ofac: ['دفتر کنترل دارایی‌های خارجی', 'دفتر کنترل دارایی های خارجی', 'دفتر کنترل داراییهای خارجی', 'اداره کنترل دارایی‌های خارجی', 'اداره کنترل دارایی های خارجی'],
    'eu-council': ['شورای اتحادیه اروپا'],
  },
  committee: ['کمیته تحریم شورای امنیت', 'کمیته تحریم‌های شورای امنیت'],
  committeeShort: ['کمیته {n}', 'کمیته تحریم {n}'],
  panel: ['هیئت کارشناسان', 'گروه کارشناسان', 'هیئت کارشناسان کمیته {n}'],
  blocked: ['شورای عالی امنیت ملی', 'شورای امنیت ملی'],
};

const tr: LocalBodyTable = {
  names: {
    unsc: ['BM Güvenlik Konseyi', 'BM Güvenlik Konseyi’nin', "BM Güvenlik Konseyi'nin", 'BMGK', 'Birleşmiş Milletler Güvenlik Konseyi', 'Güvenlik Konseyi'],
    ofac: [
      'Yabancı Varlıkları Kontrol Ofisi', 'Yabancı Varlıkları Kontrol Ofisince', 'Yabancı Varlıkların Kontrolü Ofisi', 'Yabancı Varlıkların Kontrolü Ofisinin', 'Yabancı Varlıkların Kontrolü Ofisince',
      'Yabancı Varlıkların Kontrolü Dairesi', 'Yabancı Varlıkları Kontrol Dairesi', 'Dış Mali Varlıklar Kontrol Ofisi', 'Dış Mali Varlıklar Kontrol Ofisi’nin', "Dış Mali Varlıklar Kontrol Ofisi'nin",
      // Turkish writes a case ending after an apostrophe; read with it, the acronym is one word.
      "OFAC'a", 'OFAC’a', "OFAC'ın", 'OFAC’ın', "OFAC'ı", 'OFAC’ı', "OFAC'tan", 'OFAC’tan', "OFAC'ta", 'OFAC’ta',
    ],
    'eu-council': ['AB Konseyi', 'Avrupa Birliği Konseyi'],
  },
  committee: ['BM Yaptırımlar Komitesi', 'Güvenlik Konseyi Yaptırımlar Komitesi'],
  committeeShort: ['{n} Komitesi', '{n} Yaptırım Komitesi'],
  panel: ['BM Uzmanlar Paneli', 'Uzmanlar Paneli', '{n} Komitesi Uzmanlar Paneli'],
  blocked: ['Milli Güvenlik Kurulu'],
};

const zhHans: LocalBodyTable = {
  names: {
    unsc: ['联合国安全理事会', '联合国安理会', '安全理事会', '安理会'],
    ofac: ['外国资产控制办公室', '海外资产控制办公室', '海外资产管理办公室', '外国资产管理局', '外国资产管制办公室'],
    'eu-council': ['欧盟理事会', '欧洲联盟理事会'],
    'un-1718-committee': ['朝鲜制裁委员会'],
  },
  committee: ['安理会制裁委员会', '制裁委员会'],
  committeeShort: ['{n}委员会'],
  panel: ['专家小组', '{n}委员会专家小组'],
};

const zhHant: LocalBodyTable = {
  names: {
    unsc: ['聯合國安全理事會', '聯合國安理會', '安全理事會', '安理會'],
    ofac: ['外國資產控制辦公室', '海外資產控制辦公室', '外國資產管制辦公室', '海外資產管理辦公室'],
    'eu-council': ['歐盟理事會', '歐洲聯盟理事會'],
    'un-1718-committee': ['北韓制裁委員會', '朝鮮制裁委員會'],
  },
  committee: ['安理會制裁委員會', '制裁委員會'],
  committeeShort: ['{n}委員會'],
  panel: ['專家小組', '{n}委員會專家小組'],
};

const ja: LocalBodyTable = {
  names: {
    unsc: ['国際連合安全保障理事会', '国連安全保障理事会', '国連安保理', '安全保障理事会', '安保理'],
    ofac: ['外国資産管理局', '外国資産管理室', '外国資産管理部'],
    'eu-council': ['EU理事会', '欧州連合理事会'],
    'un-1718-committee': ['北朝鮮制裁委員会'],
    'un-1718-panel': ['北朝鮮制裁委員会専門家パネル'],
  },
  committee: ['安保理制裁委員会', '制裁委員会'],
  committeeShort: ['{n}委員会'],
  panel: ['専門家パネル', '{n}委員会専門家パネル'],
};

const ko: LocalBodyTable = {
  names: {
    unsc: ['유엔 안전보장이사회', '유엔 안보리', '안전보장이사회', '안보리'],
    ofac: ['해외자산통제국', '해외자산통제실', '재무부 해외자산통제국', '재무부 해외자산통제실'],
    'eu-council': ['유럽연합 이사회', 'EU 이사회'],
    'un-1718-committee': ['대북제재위원회', '유엔 대북제재위원회', '안보리 대북제재위원회'],
    'un-1718-panel': ['대북제재위원회 전문가 패널', '대북제재위 전문가 패널'],
  },
  committee: ['안보리 제재위원회', '제재위원회'],
  committeeShort: ['{n}위원회', '{n} 위원회'],
  panel: ['전문가 패널', '전문가패널', '{n}위원회 전문가 패널', '{n} 위원회 전문가 패널'],
};

const el: LocalBodyTable = {
  names: {
    unsc: ['Συμβούλιο Ασφαλείας του ΟΗΕ', 'Συμβουλίου Ασφαλείας του ΟΗΕ', 'Συμβούλιο Ασφαλείας των Ηνωμένων Εθνών', 'Συμβουλίου Ασφαλείας των Ηνωμένων Εθνών', 'Συμβούλιο Ασφαλείας', 'Συμβουλίου Ασφαλείας', 'ΣΑ του ΟΗΕ'],
    ofac: ['Γραφείο Ελέγχου Ξένων Περιουσιακών Στοιχείων', 'Γραφείου Ελέγχου Ξένων Περιουσιακών Στοιχείων'],
    'eu-council': ['Συμβούλιο της ΕΕ', 'Συμβουλίου της ΕΕ', 'Συμβούλιο της Ευρωπαϊκής Ένωσης', 'Συμβουλίου της Ευρωπαϊκής Ένωσης'],
  },
  committee: ['Επιτροπή Κυρώσεων', 'Επιτροπή Κυρώσεων του Συμβουλίου Ασφαλείας'],
  committeeShort: ['Επιτροπή {n}', 'Επιτροπής {n}'],
  panel: ['Ομάδα Εμπειρογνωμόνων', 'Ομάδα Εμπειρογνωμόνων της Επιτροπής {n}'],
  blocked: ['Συμβούλιο Ασφαλείας της Ρωσίας', 'Συμβουλίου Ασφαλείας της Ρωσίας', 'Συμβούλιο Εθνικής Ασφαλείας', 'Κυβερνητικό Συμβούλιο Εθνικής Ασφάλειας'],
};

const hi: LocalBodyTable = {
  names: {
    unsc: ['संयुक्त राष्ट्र सुरक्षा परिषद', 'यूएन सुरक्षा परिषद', 'सुरक्षा परिषद'],
    ofac: ['विदेशी संपत्ति नियंत्रण कार्यालय', 'विदेशी परिसंपत्ति नियंत्रण कार्यालय'],
    'eu-council': ['यूरोपीय संघ की परिषद'],
  },
  committee: ['प्रतिबंध समिति', 'सुरक्षा परिषद की प्रतिबंध समिति'],
  committeeShort: ['{n} समिति'],
  panel: ['विशेषज्ञ पैनल', '{n} समिति का विशेषज्ञ पैनल'],
  blocked: ['राष्ट्रीय सुरक्षा परिषद'],
};

export const LOCAL_BODY_NAMES: Readonly<Record<BodyLanguage, LocalBodyTable>> = {
  de, fr, es, it, pt, nl, pl, ru, uk, ar, fa, tr, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko, el, hi,
};

/** A UN committee's number (un-1718-committee → 1718). */
function committeeNumber(b: Body): string | undefined {
  return b.kind === 'committee' ? /^un-(\d+)-committee$/.exec(b.id)?.[1] : undefined;
}

/** A UN panel's committee number: its regime's (un-1718 → 1718). */
function panelNumber(b: Body): string | undefined {
  if (b.kind !== 'panel' || b.authority !== 'UN' || !b.regime) return undefined;
  return /^un-(\d+)$/.exec(b.regime)?.[1];
}

/** Every name a body has in the other languages: its own entries and the committee or panel names filled in. */
export function localBodyNames(b: Body): string[] {
  const out = new Set<string>();
  const committee = committeeNumber(b);
  const panel = panelNumber(b);
  const isUnPanel = b.kind === 'panel' && b.authority === 'UN';
  for (const table of Object.values(LOCAL_BODY_NAMES)) {
    for (const name of table.names[b.id] ?? []) out.add(name);
    if (committee) {
      for (const name of table.committee) out.add(name);
      if (committee.length === 4) for (const p of table.committeeShort) out.add(p.replace('{n}', committee));
    }
    if (isUnPanel) {
      for (const p of table.panel) {
        if (!p.includes('{n}')) out.add(p);
        else if (panel?.length === 4) out.add(p.replace('{n}', panel));
      }
    }
  }
  return [...out];
}

/** Phrases that hold a body's name in another language but name another body. */
export const LOCAL_BODY_BLOCKED: readonly string[] = Object.values(LOCAL_BODY_NAMES).flatMap((t) => t.blocked ?? []);

import type { ActorEntry } from './types.js';

/**
 * Known actors of the G7 members that are not permanent members of the Security Council (Germany,
 * Italy, Japan, Canada), 2010-2025: heads of state (Germany, Italy, Japan; Canada's is the British
 * monarch, listed in powers.ts), heads of government, foreign and defence ministers.
 *
 * Sources: general knowledge of these governments, checked for consistency of years between
 * offices; Arabic spellings are those of the Arabic wire services, with their usual variants,
 * compared with the UniversalPetrarch Arabic actor dictionary (openeventdata/UniversalPetrarch,
 * MIT, ../shared/reference/universal-petrarch-ar) and reviewed form by form. Nothing was taken from
 * the development articles. Japanese and Chinese names are transliterated in several ways; the
 * forms below are the common ones, not all.
 */
export const G7_ACTORS: readonly ActorEntry[] = [
  // Germany
  {
    id: 'DE_KOHLER', en: 'Horst Köhler', country: 'DE',
    names: ['هورست كولر', 'هورست كوهلر', 'هورست كولير', 'هورست كيلر'],
    surnames: ['كوهلر'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الألماني', from: 2004, to: 2010 },
      { office: 'ENVOY', title: 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية', from: 2017, to: 2019, org: 'UN' },
    ],
  },
  {
    id: 'DE_WULFF', en: 'Christian Wulff', country: 'DE',
    names: ['كريستيان فولف'],
    surnames: ['فولف'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الألماني', from: 2010, to: 2012 }],
  },
  {
    id: 'DE_GAUCK', en: 'Joachim Gauck', country: 'DE',
    names: ['يواخيم غاوك', 'يواكيم غاوك', 'يواخيم جاوك'],
    surnames: ['غاوك', 'جاوك'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الألماني', from: 2012, to: 2017 }],
  },
  {
    id: 'DE_STEINMEIER', en: 'Frank-Walter Steinmeier', country: 'DE',
    names: ['فرانك فالتر شتاينماير', 'فرانك-فالتر شتاينماير', 'فرانك فالتر شتاينمائير'],
    surnames: ['شتاينماير', 'شتاينمائير'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الألماني', from: 2013, to: 2017 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الألماني', from: 2017, to: null },
    ],
  },
  {
    id: 'DE_MERKEL', en: 'Angela Merkel', country: 'DE',
    names: ['أنجيلا ميركل', 'انجيلا ميركل', 'أنغيلا ميركل'],
    surnames: ['ميركل'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشارة الألمانية', from: 2005, to: 2021 }],
  },
  {
    id: 'DE_SCHOLZ', en: 'Olaf Scholz', country: 'DE',
    names: ['أولاف شولتس', 'أولاف شولتز', 'اولاف شولتس'],
    surnames: ['شولتس', 'شولتز'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار الألماني', from: 2021, to: 2025 }],
  },
  {
    id: 'DE_MERZ', en: 'Friedrich Merz', country: 'DE',
    names: ['فريدريش ميرتس', 'فريدريش ميرز', 'فريدريك ميرتس'],
    surnames: ['ميرتس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار الألماني', from: 2025, to: null }],
  },
  {
    id: 'DE_WESTERWELLE', en: 'Guido Westerwelle', country: 'DE',
    names: ['غيدو فيسترفيله', 'جيدو فيسترفيله', 'غيدو فسترفيله'],
    surnames: ['فيسترفيله', 'فسترفيله'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الألماني', from: 2009, to: 2013 }],
  },
  {
    id: 'DE_GABRIEL', en: 'Sigmar Gabriel', country: 'DE',
    names: ['زيغمار غابرييل', 'زيجمار جابرييل', 'سيغمار غابرييل'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الألماني', from: 2017, to: 2018 }],
  },
  {
    id: 'DE_MAAS', en: 'Heiko Maas', country: 'DE',
    names: ['هايكو ماس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الألماني', from: 2018, to: 2021 }],
  },
  {
    id: 'DE_BAERBOCK', en: 'Annalena Baerbock', country: 'DE',
    names: ['أنالينا بيربوك', 'أنالينا بيربوك', 'انالينا بيربوك', 'أنالينا بربوك'],
    surnames: ['بيربوك', 'بربوك'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الألمانية', from: 2021, to: 2025 }],
  },
  {
    id: 'DE_WADEPHUL', en: 'Johann Wadephul', country: 'DE',
    names: ['يوهان فاديفول', 'يوهان فادفول'],
    surnames: ['فاديفول', 'فادفول'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الألماني', from: 2025, to: null }],
  },
  {
    id: 'DE_GUTTENBERG', en: 'Karl-Theodor zu Guttenberg', country: 'DE',
    names: ['كارل تيودور تسو غوتنبرغ', 'كارل تيودور زو غوتنبرغ'],
    surnames: ['غوتنبرغ'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الألماني', from: 2009, to: 2011 }],
  },
  {
    id: 'DE_DE_MAIZIERE', en: 'Thomas de Maizière', country: 'DE',
    names: ['توماس دي ميزير', 'توماس دو ميزيير'],
    surnames: ['دي ميزير'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الألماني', from: 2011, to: 2013 }],
  },
  {
    id: 'DE_VON_DER_LEYEN', en: 'Ursula von der Leyen', country: 'DE',
    names: ['أورسولا فون دير لاين', 'أورزولا فون دير لاين', 'اورسولا فون دير لاين', 'أورسولا فون دي لاين'],
    surnames: ['فون دير لاين', 'فون دي لاين'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الألمانية', from: 2013, to: 2019 },
      { office: 'COMMISSION_CHAIR', title: 'رئيسة المفوضية الأوروبية', from: 2019, to: null, org: 'EU_COMMISSION' },
    ],
  },
  {
    id: 'DE_KRAMP_KARRENBAUER', en: 'Annegret Kramp-Karrenbauer', country: 'DE',
    names: ['أنيغريت كرامب كارنباور', 'أنغريت كرامب كارينباور', 'أنيغريت كرامب-كارنباور'],
    surnames: ['كرامب كارنباور', 'كرامب كارينباور'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الألمانية', from: 2019, to: 2021 }],
  },
  {
    id: 'DE_LAMBRECHT', en: 'Christine Lambrecht', country: 'DE',
    names: ['كريستينه لامبرشت', 'كريستين لامبرشت', 'كريستينا لامبريشت'],
    surnames: ['لامبرشت', 'لامبريشت'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الألمانية', from: 2021, to: 2023 }],
  },
  {
    id: 'DE_PISTORIUS', en: 'Boris Pistorius', country: 'DE',
    names: ['بوريس بيستوريوس'],
    surnames: ['بيستوريوس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الألماني', from: 2023, to: null }],
  },

  // Italy
  {
    id: 'IT_NAPOLITANO', en: 'Giorgio Napolitano', country: 'IT',
    names: ['جورجيو نابوليتانو', 'جورجو نابوليتانو'],
    surnames: ['نابوليتانو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الإيطالي', from: 2006, to: 2015 }],
  },
  {
    id: 'IT_MATTARELLA', en: 'Sergio Mattarella', country: 'IT',
    names: ['سيرجيو ماتاريلا', 'سيرجو ماتاريلا'],
    surnames: ['ماتاريلا'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الإيطالي', from: 2015, to: null }],
  },
  {
    id: 'IT_BERLUSCONI', en: 'Silvio Berlusconi', country: 'IT',
    names: ['سيلفيو برلسكوني', 'سلفيو برلسكوني', 'سيلفيو بيرلسكوني'],
    surnames: ['برلسكوني', 'بيرلسكوني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2008, to: 2011 }],
  },
  {
    id: 'IT_MONTI', en: 'Mario Monti', country: 'IT',
    names: ['ماريو مونتي'],
    surnames: ['مونتي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2011, to: 2013 }],
  },
  {
    id: 'IT_LETTA', en: 'Enrico Letta', country: 'IT',
    names: ['إنريكو ليتا', 'انريكو ليتا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2013, to: 2014 }],
  },
  {
    id: 'IT_RENZI', en: 'Matteo Renzi', country: 'IT',
    names: ['ماتيو رينزي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2014, to: 2016 }],
  },
  {
    id: 'IT_GENTILONI', en: 'Paolo Gentiloni', country: 'IT',
    names: ['باولو جينتيلوني'],
    surnames: ['جينتيلوني'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2014, to: 2016 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2016, to: 2018 },
    ],
  },
  {
    id: 'IT_CONTE', en: 'Giuseppe Conte', country: 'IT',
    names: ['جوزيبي كونتي', 'جوزيبي كونتى'],
    surnames: ['كونتي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2018, to: 2021 }],
  },
  {
    id: 'IT_DRAGHI', en: 'Mario Draghi', country: 'IT',
    names: ['ماريو دراغي', 'ماريو دراجي'],
    surnames: ['دراغي', 'دراجي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإيطالي', from: 2021, to: 2022 }],
  },
  {
    id: 'IT_MELONI', en: 'Giorgia Meloni', country: 'IT',
    names: ['جورجيا ميلوني'],
    surnames: ['ميلوني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء الإيطالية', from: 2022, to: null }],
  },
  {
    id: 'IT_FRATTINI', en: 'Franco Frattini', country: 'IT',
    names: ['فرانكو فراتيني'],
    surnames: ['فراتيني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2008, to: 2011 }],
  },
  {
    id: 'IT_TERZI', en: 'Giulio Terzi', country: 'IT',
    names: ['جوليو تيرزي', 'جوليو ترزي'],
    surnames: ['تيرزي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2011, to: 2013 }],
  },
  {
    id: 'IT_BONINO', en: 'Emma Bonino', country: 'IT',
    names: ['إيما بونينو', 'ايما بونينو'],
    surnames: ['بونينو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الإيطالية', from: 2013, to: 2014 }],
  },
  {
    id: 'IT_ALFANO', en: 'Angelino Alfano', country: 'IT',
    names: ['أنجلينو ألفانو', 'أنجيلينو ألفانو'],
    surnames: ['ألفانو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2016, to: 2018 }],
  },
  {
    id: 'IT_MOAVERO', en: 'Enzo Moavero Milanesi', country: 'IT',
    names: ['إنزو موافيرو ميلانيزي', 'إنزو موافيرو'],
    surnames: ['موافيرو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2018, to: 2019 }],
  },
  {
    id: 'IT_DI_MAIO', en: 'Luigi Di Maio', country: 'IT',
    names: ['لويجي دي مايو', 'لويجي دي مايو'],
    surnames: ['دي مايو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2019, to: 2022 },
      { office: 'ENVOY', title: 'الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج', from: 2023, to: null, org: 'EU' },
    ],
  },
  {
    id: 'IT_TAJANI', en: 'Antonio Tajani', country: 'IT',
    names: ['أنطونيو تاياني', 'انطونيو تاياني'],
    surnames: ['تاياني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإيطالي', from: 2022, to: null }],
  },
  {
    id: 'IT_LA_RUSSA', en: 'Ignazio La Russa', country: 'IT',
    names: ['إينياتسيو لاروسا', 'إنياتسيو لا روسا'],
    surnames: ['لاروسا', 'لا روسا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإيطالي', from: 2008, to: 2011 }],
  },
  {
    id: 'IT_DI_PAOLA', en: 'Giampaolo Di Paola', country: 'IT',
    names: ['جامباولو دي باولا', 'جيامباولو دي باولا'],
    surnames: ['دي باولا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإيطالي', from: 2011, to: 2013 }],
  },
  {
    id: 'IT_MAURO', en: 'Mario Mauro', country: 'IT',
    names: ['ماريو ماورو'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإيطالي', from: 2013, to: 2014 }],
  },
  {
    id: 'IT_PINOTTI', en: 'Roberta Pinotti', country: 'IT',
    names: ['روبرتا بينوتي', 'روبيرتا بينوتي'],
    surnames: ['بينوتي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الإيطالية', from: 2014, to: 2018 }],
  },
  {
    id: 'IT_TRENTA', en: 'Elisabetta Trenta', country: 'IT',
    names: ['إليزابيتا ترينتا'],
    surnames: ['ترينتا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الإيطالية', from: 2018, to: 2019 }],
  },
  {
    id: 'IT_GUERINI', en: 'Lorenzo Guerini', country: 'IT',
    names: ['لورنزو غويريني', 'لورينزو غويريني'],
    surnames: ['غويريني'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإيطالي', from: 2019, to: 2022 }],
  },
  {
    id: 'IT_CROSETTO', en: 'Guido Crosetto', country: 'IT',
    names: ['غيدو كروزيتو', 'جويدو كروزيتو'],
    surnames: ['كروزيتو'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإيطالي', from: 2022, to: null }],
  },

  // Japan
  {
    id: 'JP_AKIHITO', en: 'Emperor Akihito', country: 'JP',
    names: ['الإمبراطور أكيهيتو', 'أكيهيتو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'إمبراطور اليابان', from: 1989, to: 2019 }],
  },
  {
    id: 'JP_NARUHITO', en: 'Emperor Naruhito', country: 'JP',
    names: ['الإمبراطور ناروهيتو', 'ناروهيتو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'إمبراطور اليابان', from: 2019, to: null }],
  },
  {
    id: 'JP_HATOYAMA', en: 'Yukio Hatoyama', country: 'JP',
    names: ['يوكيو هاتوياما'],
    surnames: ['هاتوياما'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2009, to: 2010 }],
  },
  {
    id: 'JP_KAN', en: 'Naoto Kan', country: 'JP',
    names: ['ناوتو كان'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2010, to: 2011 }],
  },
  {
    id: 'JP_NODA', en: 'Yoshihiko Noda', country: 'JP',
    names: ['يوشيهيكو نودا'],
    surnames: ['نودا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2011, to: 2012 }],
  },
  {
    id: 'JP_ABE', en: 'Shinzo Abe', country: 'JP',
    names: ['شينزو آبي', 'شينزو أبي', 'شينزو آبى'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2012, to: 2020 }],
  },
  {
    id: 'JP_SUGA', en: 'Yoshihide Suga', country: 'JP',
    names: ['يوشيهيدي سوغا', 'يوشيهيدي سوجا'],
    surnames: ['سوغا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2020, to: 2021 }],
  },
  {
    id: 'JP_KISHIDA', en: 'Fumio Kishida', country: 'JP',
    names: ['فوميو كيشيدا'],
    surnames: ['كيشيدا'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2012, to: 2017 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2021, to: 2024 },
    ],
  },
  {
    id: 'JP_ISHIBA', en: 'Shigeru Ishiba', country: 'JP',
    names: ['شيغيرو إيشيبا', 'شيجيرو إيشيبا'],
    surnames: ['إيشيبا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الياباني', from: 2024, to: 2025 }],
  },
  {
    id: 'JP_TAKAICHI', en: 'Sanae Takaichi', country: 'JP',
    names: ['ساناي تاكايتشي', 'سناء تاكايتشي'],
    surnames: ['تاكايتشي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء اليابانية', from: 2025, to: null }],
  },
  {
    id: 'JP_OKADA', en: 'Katsuya Okada', country: 'JP',
    names: ['كاتسويا أوكادا'],
    surnames: ['أوكادا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2009, to: 2010 }],
  },
  {
    id: 'JP_MAEHARA', en: 'Seiji Maehara', country: 'JP',
    names: ['سيجي ماهارا', 'سيجي مايهارا'],
    surnames: ['مايهارا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2010, to: 2011 }],
  },
  {
    id: 'JP_MATSUMOTO', en: 'Takeaki Matsumoto', country: 'JP',
    names: ['تاكياكي ماتسوموتو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2011, to: 2011 }],
  },
  {
    id: 'JP_GEMBA', en: 'Koichiro Gemba', country: 'JP',
    names: ['كويتشيرو غيمبا', 'كويتشيرو جيمبا'],
    surnames: ['غيمبا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2011, to: 2012 }],
  },
  {
    id: 'JP_KONO', en: 'Taro Kono', country: 'JP',
    names: ['تارو كونو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2017, to: 2019 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2019, to: 2020 },
    ],
  },
  {
    id: 'JP_MOTEGI', en: 'Toshimitsu Motegi', country: 'JP',
    names: ['توشيميتسو موتيغي', 'توشيميتسو موتيجي'],
    surnames: ['موتيغي', 'موتيجي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2019, to: 2021 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2025, to: null },
    ],
  },
  {
    id: 'JP_HAYASHI', en: 'Yoshimasa Hayashi', country: 'JP',
    names: ['يوشيماسا هاياشي'],
    surnames: ['هاياشي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2021, to: 2023 }],
  },
  {
    id: 'JP_KAMIKAWA', en: 'Yoko Kamikawa', country: 'JP',
    names: ['يوكو كاميكاوا'],
    surnames: ['كاميكاوا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية اليابانية', from: 2023, to: 2024 }],
  },
  {
    id: 'JP_IWAYA', en: 'Takeshi Iwaya', country: 'JP',
    names: ['تاكيشي إيوايا', 'تاكيشي ايوايا'],
    surnames: ['إيوايا'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2018, to: 2019 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الياباني', from: 2024, to: 2025 },
    ],
  },
  {
    id: 'JP_KITAZAWA', en: 'Toshimi Kitazawa', country: 'JP',
    names: ['توشيمي كيتازاوا'],
    surnames: ['كيتازاوا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2009, to: 2011 }],
  },
  {
    id: 'JP_ONODERA', en: 'Itsunori Onodera', country: 'JP',
    names: ['إيتسونوري أونوديرا', 'ايتسونوري اونوديرا'],
    surnames: ['أونوديرا'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2012, to: 2014 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2017, to: 2018 },
    ],
  },
  {
    id: 'JP_NAKATANI', en: 'Gen Nakatani', country: 'JP',
    names: ['جين ناكاتاني', 'غين ناكاتاني'],
    surnames: ['ناكاتاني'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2014, to: 2016 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2024, to: 2025 },
    ],
  },
  {
    id: 'JP_INADA', en: 'Tomomi Inada', country: 'JP',
    names: ['تومومي إينادا', 'تومومي اينادا'],
    surnames: ['إينادا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع اليابانية', from: 2016, to: 2017 }],
  },
  {
    id: 'JP_KISHI', en: 'Nobuo Kishi', country: 'JP',
    names: ['نوبو كيشي', 'نوبوو كيشي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2020, to: 2022 }],
  },
  {
    id: 'JP_HAMADA', en: 'Yasukazu Hamada', country: 'JP',
    names: ['ياسوكازو هامادا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2022, to: 2023 }],
  },
  {
    id: 'JP_KIHARA', en: 'Minoru Kihara', country: 'JP',
    names: ['مينورو كيهارا'],
    surnames: ['كيهارا'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2023, to: 2024 }],
  },
  {
    id: 'JP_KOIZUMI', en: 'Shinjiro Koizumi', country: 'JP',
    names: ['شينجيرو كويزومي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الياباني', from: 2025, to: null }],
  },

  // Canada
  {
    id: 'CA_HARPER', en: 'Stephen Harper', country: 'CA',
    names: ['ستيفن هاربر', 'ستيفن هاربير'],
    surnames: ['هاربر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الكندي', from: 2006, to: 2015 }],
  },
  {
    id: 'CA_TRUDEAU', en: 'Justin Trudeau', country: 'CA',
    names: ['جاستن ترودو', 'جاستين ترودو'],
    surnames: ['ترودو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الكندي', from: 2015, to: 2025 }],
  },
  {
    id: 'CA_CARNEY', en: 'Mark Carney', country: 'CA',
    names: ['مارك كارني'],
    surnames: ['كارني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الكندي', from: 2025, to: null }],
  },
  {
    id: 'CA_CANNON', en: 'Lawrence Cannon', country: 'CA',
    names: ['لورانس كانون', 'لورنس كانون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2008, to: 2011 }],
  },
  {
    id: 'CA_BAIRD', en: 'John Baird', country: 'CA',
    names: ['جون بيرد', 'جون بايرد'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2011, to: 2015 }],
  },
  {
    id: 'CA_NICHOLSON', en: 'Rob Nicholson', country: 'CA',
    names: ['روب نيكلسون', 'روب نيكولسون'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2013, to: 2015 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2015, to: 2015 },
    ],
  },
  {
    id: 'CA_DION', en: 'Stéphane Dion', country: 'CA',
    names: ['ستيفان ديون', 'ستيفان ديون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2015, to: 2017 }],
  },
  {
    id: 'CA_FREELAND', en: 'Chrystia Freeland', country: 'CA',
    names: ['كريستيا فريلاند', 'كريستيا فريلاند'],
    surnames: ['فريلاند'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الكندية', from: 2017, to: 2019 }],
  },
  {
    id: 'CA_CHAMPAGNE', en: 'François-Philippe Champagne', country: 'CA',
    names: ['فرانسوا فيليب شامبين', 'فرانسوا-فيليب شامبين', 'فرانسوا فيليب شامبانيي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2019, to: 2021 }],
  },
  {
    id: 'CA_GARNEAU', en: 'Marc Garneau', country: 'CA',
    names: ['مارك غارنو', 'مارك جارنو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكندي', from: 2021, to: 2021 }],
  },
  {
    id: 'CA_JOLY', en: 'Mélanie Joly', country: 'CA',
    names: ['ميلاني جولي', 'ميلاني جولى'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الكندية', from: 2021, to: 2025 }],
  },
  {
    id: 'CA_ANAND', en: 'Anita Anand', country: 'CA',
    names: ['أنيتا أناند', 'انيتا اناند'],
    surnames: ['أناند'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع الكندية', from: 2021, to: 2023 },
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الكندية', from: 2025, to: null },
    ],
  },
  {
    id: 'CA_MACKAY', en: 'Peter MacKay', country: 'CA',
    names: ['بيتر ماكاي', 'بيتر ماكي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2007, to: 2013 }],
  },
  {
    id: 'CA_KENNEY', en: 'Jason Kenney', country: 'CA',
    names: ['جيسون كيني'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2015, to: 2015 }],
  },
  {
    id: 'CA_SAJJAN', en: 'Harjit Sajjan', country: 'CA',
    names: ['هارجيت ساجان', 'هارجيت سجان'],
    surnames: ['ساجان'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2015, to: 2021 }],
  },
  {
    id: 'CA_BLAIR', en: 'Bill Blair', country: 'CA',
    names: ['بيل بلير'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2023, to: 2025 }],
  },
  {
    id: 'CA_MCGUINTY', en: 'David McGuinty', country: 'CA',
    names: ['ديفيد ماكغينتي', 'ديفيد ماكجينتي'],
    surnames: ['ماكغينتي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الكندي', from: 2025, to: null }],
  },
];

import type { ActorEntry } from './types.js';

/**
 * Known actors of Libya, Tunisia, Algeria, Morocco and Mauritania, 2010-2025: heads of state and
 * government, crown princes, foreign and defence ministers (and the army chiefs who speak for
 * defence in Algeria). Libya's rival authorities (Tripoli and the east, 2014-2025) are marked in
 * `note`: which government a term belongs to decides nothing about the country, which is Libya.
 *
 * Sources: general knowledge of the cabinets of these states, checked for consistency of years
 * between offices, and spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar), reviewed form
 * by form. Nothing was taken from the development articles. Left out as not vouched for:
 * Mauritania's defence ministers and foreign ministers of 2011-2013 and 2015-2016, Libya's defence
 * ministers of 2012-2015 and of the eastern governments.
 */
export const MAGHREB_ACTORS: readonly ActorEntry[] = [
  // Libya
  {
    id: 'LY_GADDAFI', en: 'Muammar Gaddafi', country: 'LY',
    names: ['معمر القذافي', 'معمر محمد أبو منيار القذافي'],
    surnames: ['القذافي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'قائد الثورة', from: 1969, to: 2011 }],
  },
  {
    id: 'LY_MAHMUDI', en: 'Baghdadi Mahmudi', country: 'LY',
    names: ['البغدادي المحمودي', 'البغدادي علي المحمودي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'أمين اللجنة الشعبية العامة', from: 2006, to: 2011 }],
  },
  {
    id: 'LY_KOUSSA', en: 'Moussa Koussa', country: 'LY',
    names: ['موسى كوسا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'أمين اللجنة الشعبية العامة للاتصال الخارجي', from: 2009, to: 2011 }],
  },
  {
    id: 'LY_ABDULATI_OBEIDI', en: 'Abdul Ati al-Obeidi', country: 'LY',
    names: ['عبد العاطي العبيدي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2011 }],
  },
  {
    id: 'LY_ABDUL_JALIL', en: 'Mustafa Abdul Jalil', country: 'LY',
    names: ['مصطفى عبد الجليل', 'مصطفى محمد عبد الجليل'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس المجلس الوطني الانتقالي', from: 2011, to: 2012 }],
  },
  {
    id: 'LY_JIBRIL', en: 'Mahmoud Jibril', country: 'LY',
    names: ['محمود جبريل', 'محمود جبريل الورفلي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس المكتب التنفيذي للمجلس الوطني الانتقالي', from: 2011, to: 2011 },
      { office: 'PARTY_LEADER', title: 'رئيس تحالف القوى الوطنية', from: 2012, to: 2020, org: 'NFA_LY' },
    ],
  },
  {
    id: 'LY_KEIB', en: 'Abdurrahim El-Keib', country: 'LY',
    names: ['عبد الرحيم الكيب'],
    surnames: ['الكيب'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة الانتقالية', from: 2011, to: 2012 }],
  },
  {
    id: 'LY_BIN_KHAYAL', en: 'Ashour bin Khayal', country: 'LY',
    names: ['عاشور بن خيال'],
    surnames: ['بن خيال'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2012 }],
  },
  {
    id: 'LY_JUWAILI', en: 'Osama al-Juwaili', country: 'LY',
    names: ['أسامة الجويلي', 'أسامة جويلي'],
    surnames: ['الجويلي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2012 }],
  },
  {
    id: 'LY_MAGARIAF', en: 'Mohammed Magariaf', country: 'LY',
    names: ['محمد المقريف', 'محمد يوسف المقريف'],
    surnames: ['المقريف'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس المؤتمر الوطني العام', from: 2012, to: 2013 }],
  },
  {
    id: 'LY_ABUSAHMAIN', en: 'Nouri Abusahmain', country: 'LY',
    names: ['نوري أبو سهمين', 'نوري بوسهمين'],
    surnames: ['أبو سهمين', 'بوسهمين'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس المؤتمر الوطني العام', from: 2013, to: 2016, note: 'from 2014 the Tripoli-based congress, rival to the House of Representatives' },
    ],
  },
  {
    id: 'LY_ZEIDAN', en: 'Ali Zeidan', country: 'LY',
    names: ['علي زيدان', 'علي زيدان محمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2012, to: 2014 }],
  },
  {
    id: 'LY_THINNI', en: 'Abdullah al-Thinni', country: 'LY',
    names: ['عبد الله الثني', 'عبدالله الثني'],
    surnames: ['الثني'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2013, to: 2014 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة المؤقتة', from: 2014, to: 2021, note: 'eastern government (al-Bayda), backed by the House of Representatives, rival to Tripoli from 2014' },
    ],
  },
  {
    id: 'LY_MAITEEQ', en: 'Ahmed Maiteeq', country: 'LY',
    names: ['أحمد معيتيق', 'أحمد عمر معيتيق'],
    surnames: ['معيتيق'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2014, to: 2014, note: 'election annulled by the Supreme Court in June 2014' },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس المجلس الرئاسي', from: 2016, to: 2021 },
    ],
  },
  {
    id: 'LY_HASSI', en: 'Omar al-Hassi', country: 'LY',
    names: ['عمر الحاسي'],
    surnames: ['الحاسي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الإنقاذ الوطني', from: 2014, to: 2015, note: 'Tripoli government of the General National Congress, not recognised' }],
  },
  {
    id: 'LY_GHWELL', en: 'Khalifa al-Ghwell', country: 'LY',
    names: ['خليفة الغويل'],
    surnames: ['الغويل'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الإنقاذ الوطني', from: 2015, to: 2017, note: 'Tripoli government of the General National Congress, not recognised' }],
  },
  {
    id: 'LY_SARRAJ', en: 'Fayez al-Sarraj', country: 'LY',
    names: ['فايز السراج', 'فائز السراج', 'فايز مصطفى السراج'],
    surnames: ['السراج'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس الرئاسي', from: 2016, to: 2021, org: 'LY_PC' },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الوفاق الوطني', from: 2016, to: 2021, org: 'LY_GNA', note: 'UN-recognised Government of National Accord, Tripoli' },
    ],
  },
  {
    id: 'LY_MENFI', en: 'Mohamed al-Menfi', country: 'LY',
    names: ['محمد المنفي', 'محمد يونس المنفي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس المجلس الرئاسي', from: 2021, to: null, org: 'LY_PC' }],
  },
  {
    id: 'LY_DBEIBAH', en: 'Abdul Hamid Dbeibah', country: 'LY',
    names: ['عبد الحميد الدبيبة', 'عبدالحميد الدبيبة', 'عبد الحميد محمد الدبيبة'],
    surnames: ['الدبيبة'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الوحدة الوطنية', from: 2021, to: null, org: 'LY_GNU', note: 'Government of National Unity, Tripoli; the House of Representatives withdrew confidence in 2021' },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2021, to: null, org: 'LY_GNU' },
    ],
  },
  {
    id: 'LY_BASHAGHA', en: 'Fathi Bashagha', country: 'LY',
    names: ['فتحي باشاغا', 'فتحي علي باشاغا'],
    surnames: ['باشاغا'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الاستقرار الوطني', from: 2022, to: 2023, note: 'government named by the House of Representatives, rival to the GNU' },
    ],
  },
  {
    id: 'LY_HAMMAD', en: 'Osama Hammad', country: 'LY',
    names: ['أسامة حماد', 'أسامة سعد حماد'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة الليبية المكلفة من مجلس النواب', from: 2023, to: null, note: 'eastern government named by the House of Representatives, rival to the GNU' },
    ],
  },
  {
    id: 'LY_AGUILA_SALEH', en: 'Aguila Saleh', country: 'LY',
    names: ['عقيلة صالح', 'عقيلة صالح عيسى', 'عقيلة صالح قويدر'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب', from: 2014, to: null, org: 'LY_HOR' }],
  },
  {
    id: 'LY_SWEHLI', en: 'Abdulrahman Swehli', country: 'LY',
    names: ['عبد الرحمن السويحلي'],
    surnames: ['السويحلي'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس المجلس الأعلى للدولة', from: 2016, to: 2018, org: 'LY_HCS' }],
  },
  {
    id: 'LY_MISHRI', en: 'Khalid al-Mishri', country: 'LY',
    names: ['خالد المشري'],
    surnames: ['المشري'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس المجلس الأعلى للدولة', from: 2018, to: 2023, org: 'LY_HCS' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس المجلس الأعلى للدولة', from: 2024, to: null, org: 'LY_HCS', note: 'election of August 2024 disputed with Mohamed Takala' },
    ],
  },
  {
    id: 'LY_TAKALA', en: 'Mohamed Takala', country: 'LY',
    names: ['محمد تكالة'],
    surnames: ['تكالة'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس المجلس الأعلى للدولة', from: 2023, to: null, org: 'LY_HCS', note: 'disputed with Khalid al-Mishri from August 2024' }],
  },
  {
    id: 'LY_HAFTAR', en: 'Khalifa Haftar', country: 'LY',
    names: ['خليفة حفتر', 'خليفة بلقاسم حفتر'],
    surnames: ['حفتر'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'القائد العام للجيش الوطني الليبي', from: 2015, to: null, org: 'LNA' }],
  },
  {
    id: 'LY_MOHAMED_ABDELAZIZ', en: 'Mohamed Abdelaziz', country: 'LY',
    names: ['محمد عبد العزيز'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2014 }],
  },
  {
    id: 'LY_DAYRI', en: 'Mohamed al-Dayri', country: 'LY',
    names: ['محمد الدايري'],
    surnames: ['الدايري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2014, to: 2016, note: 'government of Abdullah al-Thinni, eastern Libya' }],
  },
  {
    id: 'LY_SIALA', en: 'Mohamed Taha Siala', country: 'LY',
    names: ['محمد طاهر سيالة', 'محمد سيالة'],
    surnames: ['سيالة'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2016, to: 2021, org: 'LY_GNA', note: 'Government of National Accord, Tripoli' }],
  },
  {
    id: 'LY_MANGOUSH', en: 'Najla Mangoush', country: 'LY',
    names: ['نجلاء المنقوش', 'نجلاء محمد المنقوش'],
    surnames: ['المنقوش'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية', from: 2021, to: 2023, org: 'LY_GNU', note: 'Government of National Unity, Tripoli' }],
  },
  {
    id: 'LY_BAOUR', en: 'Taher al-Baour', country: 'LY',
    names: ['الطاهر الباعور', 'طاهر الباعور'],
    surnames: ['الباعور'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية المكلف', from: 2023, to: 2025, acting: true, org: 'LY_GNU', note: 'Government of National Unity, Tripoli' }],
  },
  {
    id: 'LY_HWEIJ', en: 'Abdulhadi al-Hweij', country: 'LY',
    names: ['عبد الهادي الحويج'],
    surnames: ['الحويج'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية في الحكومة المؤقتة', from: 2017, to: 2021, note: 'eastern government of Abdullah al-Thinni' }],
  },
  {
    id: 'LY_BARGHATHI', en: 'Mahdi al-Barghathi', country: 'LY',
    names: ['المهدي البرغثي', 'مهدي البرغثي'],
    surnames: ['البرغثي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2016, to: 2018, org: 'LY_GNA', note: 'Government of National Accord; suspended in 2017' }],
  },
  {
    id: 'LY_NAMROUSH', en: 'Salaheddine al-Namroush', country: 'LY',
    names: ['صلاح الدين النمروش', 'صلاح النمروش'],
    surnames: ['النمروش'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2021, org: 'LY_GNA', note: 'Government of National Accord, Tripoli' }],
  },

  // Tunisia
  {
    id: 'TN_BEN_ALI', en: 'Zine El Abidine Ben Ali', country: 'TN',
    names: ['زين العابدين بن علي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1987, to: 2011 }],
  },
  {
    id: 'TN_MEBAZAA', en: 'Fouad Mebazaa', country: 'TN',
    names: ['فؤاد المبزع'],
    surnames: ['المبزع'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المؤقت', from: 2011, to: 2011, acting: true }],
  },
  {
    id: 'TN_MARZOUKI', en: 'Moncef Marzouki', country: 'TN',
    names: ['المنصف المرزوقي', 'منصف المرزوقي', 'محمد المنصف المرزوقي'],
    surnames: ['المرزوقي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2011, to: 2014 }],
  },
  {
    id: 'TN_ESSEBSI', en: 'Beji Caid Essebsi', country: 'TN',
    names: ['الباجي قائد السبسي', 'الباجي قايد السبسي', 'الباجي السبسي', 'محمد الباجي قائد السبسي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2011, to: 2011 },
      { office: 'PARTY_LEADER', title: 'رئيس حركة نداء تونس', from: 2012, to: 2014, org: 'NIDAA' },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2014, to: 2019 },
    ],
  },
  {
    id: 'TN_ENNACEUR', en: 'Mohamed Ennaceur', country: 'TN',
    names: ['محمد الناصر'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس نواب الشعب', from: 2014, to: 2019, org: 'TN_ARP' },
      { office: 'HEAD_OF_STATE', title: 'الرئيس المؤقت', from: 2019, to: 2019, acting: true },
    ],
  },
  {
    id: 'TN_SAIED', en: 'Kais Saied', country: 'TN',
    names: ['قيس سعيد', 'قيس سعيّد'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2019, to: null }],
  },
  {
    id: 'TN_MOHAMED_GHANNOUCHI', en: 'Mohamed Ghannouchi', country: 'TN',
    names: ['محمد الغنوشي'],
    surnames: ['الغنوشي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 1999, to: 2011 }],
  },
  {
    id: 'TN_JEBALI', en: 'Hamadi Jebali', country: 'TN',
    names: ['حمادي الجبالي'],
    surnames: ['الجبالي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2011, to: 2013 }],
  },
  {
    id: 'TN_LARAYEDH', en: 'Ali Laarayedh', country: 'TN',
    names: ['علي العريض'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2013, to: 2014 }],
  },
  {
    id: 'TN_JOMAA', en: 'Mehdi Jomaa', country: 'TN',
    names: ['مهدي جمعة'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2014, to: 2015 }],
  },
  {
    id: 'TN_ESSID', en: 'Habib Essid', country: 'TN',
    names: ['الحبيب الصيد', 'حبيب الصيد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_CHAHED', en: 'Youssef Chahed', country: 'TN',
    names: ['يوسف الشاهد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2016, to: 2020 }],
  },
  {
    id: 'TN_FAKHFAKH', en: 'Elyes Fakhfakh', country: 'TN',
    names: ['إلياس الفخفاخ', 'الياس الفخفاخ'],
    surnames: ['الفخفاخ'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2020, to: 2020 }],
  },
  {
    id: 'TN_MECHICHI', en: 'Hichem Mechichi', country: 'TN',
    names: ['هشام المشيشي'],
    surnames: ['المشيشي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2020, to: 2021 }],
  },
  {
    id: 'TN_BOUDEN', en: 'Najla Bouden', country: 'TN',
    names: ['نجلاء بودن', 'نجلاء بودن رمضان'],
    surnames: ['بودن'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الحكومة', from: 2021, to: 2023 }],
  },
  {
    id: 'TN_HACHANI', en: 'Ahmed Hachani', country: 'TN',
    names: ['أحمد الحشاني'],
    surnames: ['الحشاني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2023, to: 2024 }],
  },
  {
    id: 'TN_MADOURI', en: 'Kamel Madouri', country: 'TN',
    names: ['كمال المدوري'],
    surnames: ['المدوري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2024, to: 2025 }],
  },
  {
    id: 'TN_ZAAFRANI', en: 'Sara Zaafrani Zenzri', country: 'TN',
    names: ['سارة الزعفراني الزنزري', 'سارة الزعفراني'],
    surnames: ['الزنزري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الحكومة', from: 2025, to: null }],
  },
  {
    id: 'TN_MORJANE', en: 'Kamel Morjane', country: 'TN',
    names: ['كمال مرجان'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2010, to: 2011 }],
  },
  {
    id: 'TN_OUNAIES', en: 'Ahmed Ounaies', country: 'TN',
    names: ['أحمد ونيس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2011 }],
  },
  {
    id: 'TN_KEFI', en: 'Mouldi Kefi', country: 'TN',
    names: ['المولدي الكافي', 'مولدي الكافي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2011 }],
  },
  {
    id: 'TN_ABDESSALEM', en: 'Rafik Abdessalem', country: 'TN',
    names: ['رفيق عبد السلام', 'رفيق بوشلاكة عبد السلام'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2013 }],
  },
  {
    id: 'TN_JERANDI', en: 'Othman Jerandi', country: 'TN',
    names: ['عثمان الجرندي'],
    surnames: ['الجرندي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2014 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: 2023 },
    ],
  },
  {
    id: 'TN_HAMDI', en: 'Mongi Hamdi', country: 'TN',
    names: ['المنجي الحامدي', 'منجي الحامدي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2014, to: 2015 }],
  },
  {
    id: 'TN_BACCOUCHE', en: 'Taieb Baccouche', country: 'TN',
    names: ['الطيب البكوش'],
    surnames: ['البكوش'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2016 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لاتحاد المغرب العربي', from: 2016, to: null, org: 'AMU' },
    ],
  },
  {
    id: 'TN_JHINAOUI', en: 'Khemaies Jhinaoui', country: 'TN',
    names: ['خميس الجهيناوي'],
    surnames: ['الجهيناوي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2016, to: 2019 }],
  },
  {
    id: 'TN_ERRAY', en: 'Noureddine Erray', country: 'TN',
    names: ['نور الدين الري', 'نورالدين الري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: 2020 }],
  },
  {
    id: 'TN_AMMAR', en: 'Nabil Ammar', country: 'TN',
    names: ['نبيل عمار'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2023, to: 2024 }],
  },
  {
    id: 'TN_NAFTI', en: 'Mohamed Ali Nafti', country: 'TN',
    names: ['محمد علي النفطي'],
    surnames: ['النفطي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: null }],
  },
  {
    id: 'TN_GRIRA', en: 'Ridha Grira', country: 'TN',
    names: ['رضا قريرة'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2010, to: 2011 }],
  },
  {
    id: 'TN_ZBIDI', en: 'Abdelkarim Zbidi', country: 'TN',
    names: ['عبد الكريم الزبيدي'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2013 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'TN_SABBAGH', en: 'Rachid Sabbagh', country: 'TN',
    names: ['رشيد الصباغ'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2013, to: 2014 }],
  },
  {
    id: 'TN_JERIBI', en: 'Ghazi Jeribi', country: 'TN',
    names: ['غازي الجريبي'],
    surnames: ['الجريبي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2014, to: 2015 }],
  },
  {
    id: 'TN_HORCHANI', en: 'Farhat Horchani', country: 'TN',
    names: ['فرحات الحرشاني'],
    surnames: ['الحرشاني'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2015, to: 2017 }],
  },
  {
    id: 'TN_HAZGUI', en: 'Imed Hazgui', country: 'TN',
    names: ['عماد الحزقي'],
    surnames: ['الحزقي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2020 }],
  },
  {
    id: 'TN_BARTAGI', en: 'Brahim Bartagi', country: 'TN',
    names: ['إبراهيم البرتاجي'],
    surnames: ['البرتاجي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2021 }],
  },
  {
    id: 'TN_MEMMICHE', en: 'Imed Memmiche', country: 'TN',
    names: ['عماد مميش'],
    surnames: ['مميش'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2021, to: 2024 }],
  },
  {
    id: 'TN_SEHILI', en: 'Khaled Sehili', country: 'TN',
    names: ['خالد السهيلي'],
    surnames: ['السهيلي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null }],
  },

  // Algeria: the president also holds the defence portfolio
  {
    id: 'DZ_BOUTEFLIKA', en: 'Abdelaziz Bouteflika', country: 'DZ',
    names: ['عبد العزيز بوتفليقة', 'عبدالعزيز بوتفليقة'],
    surnames: ['بوتفليقة'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1999, to: 2019 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الوطني', from: 1999, to: 2019 },
    ],
  },
  {
    id: 'DZ_BENSALAH', en: 'Abdelkader Bensalah', country: 'DZ',
    names: ['عبد القادر بن صالح', 'عبدالقادر بن صالح'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة', from: 2002, to: 2019, org: 'DZ_CN' },
      { office: 'HEAD_OF_STATE', title: 'رئيس الدولة المؤقت', from: 2019, to: 2019, acting: true },
    ],
  },
  {
    id: 'DZ_TEBBOUNE', en: 'Abdelmadjid Tebboune', country: 'DZ',
    names: ['عبد المجيد تبون', 'عبدالمجيد تبون'],
    surnames: ['تبون'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2017, to: 2017 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2019, to: null },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الوطني', from: 2019, to: null },
    ],
  },
  {
    id: 'DZ_GAID_SALAH', en: 'Ahmed Gaid Salah', country: 'DZ',
    names: ['أحمد قايد صالح', 'أحمد قائد صالح', 'قايد صالح', 'قائد صالح'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الوطني الشعبي', from: 2004, to: 2019 },
      { office: 'DEFENCE_MINISTER', title: 'نائب وزير الدفاع الوطني', from: 2013, to: 2019 },
    ],
  },
  {
    id: 'DZ_CHANEGRIHA', en: 'Said Chanegriha', country: 'DZ',
    names: ['السعيد شنقريحة', 'سعيد شنقريحة'],
    surnames: ['شنقريحة'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الوطني الشعبي', from: 2019, to: null },
      { office: 'DEFENCE_MINISTER', title: 'الوزير المنتدب لدى وزير الدفاع الوطني', from: 2024, to: null },
    ],
  },
  {
    id: 'DZ_OUYAHIA', en: 'Ahmed Ouyahia', country: 'DZ',
    names: ['أحمد أويحيى', 'أحمد أويحيي'],
    surnames: ['أويحيى'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2008, to: 2012 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'DZ_SELLAL', en: 'Abdelmalek Sellal', country: 'DZ',
    names: ['عبد المالك سلال', 'عبدالمالك سلال'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2012, to: 2017 }],
  },
  {
    id: 'DZ_BEDOUI', en: 'Noureddine Bedoui', country: 'DZ',
    names: ['نور الدين بدوي', 'نورالدين بدوي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2019, to: 2019 }],
  },
  {
    id: 'DZ_DJERAD', en: 'Abdelaziz Djerad', country: 'DZ',
    names: ['عبد العزيز جراد', 'عبدالعزيز جراد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2019, to: 2021 }],
  },
  {
    id: 'DZ_BENABDERRAHMANE', en: 'Aymen Benabderrahmane', country: 'DZ',
    names: ['أيمن بن عبد الرحمن', 'أيمن بن عبدالرحمن'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2021, to: 2023 }],
  },
  {
    id: 'DZ_LARBAOUI', en: 'Nadir Larbaoui', country: 'DZ',
    names: ['نذير العرباوي', 'محمد النذير العرباوي'],
    surnames: ['العرباوي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2023, to: 2025 }],
  },
  {
    id: 'DZ_GHRIEB', en: 'Sifi Ghrieb', country: 'DZ',
    names: ['سيفي غريب'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2025, to: null }],
  },
  {
    id: 'DZ_MEDELCI', en: 'Mourad Medelci', country: 'DZ',
    names: ['مراد مدلسي'],
    surnames: ['مدلسي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2007, to: 2013 }],
  },
  {
    id: 'DZ_LAMAMRA', en: 'Ramtane Lamamra', country: 'DZ',
    names: ['رمطان لعمامرة', 'رمضان لعمامرة'],
    surnames: ['لعمامرة'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2013, to: 2017 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2019, to: 2019 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2021, to: 2023 },
      { office: 'ENVOY', title: 'المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان', from: 2023, to: null, org: 'UN' },
    ],
  },
  {
    id: 'DZ_MESSAHEL', en: 'Abdelkader Messahel', country: 'DZ',
    names: ['عبد القادر مساهل', 'عبدالقادر مساهل'],
    surnames: ['مساهل'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2017, to: 2019 }],
  },
  {
    id: 'DZ_BOUKADOUM', en: 'Sabri Boukadoum', country: 'DZ',
    names: ['صبري بوقدوم'],
    surnames: ['بوقدوم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2019, to: 2021 }],
  },
  {
    id: 'DZ_ATTAF', en: 'Ahmed Attaf', country: 'DZ',
    names: ['أحمد عطاف'],
    surnames: ['عطاف'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية', from: 2023, to: null }],
  },

  // Morocco
  {
    id: 'MA_MOHAMMED_VI', en: 'King Mohammed VI', country: 'MA',
    names: ['محمد السادس'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الملك', from: 1999, to: null }],
  },
  {
    id: 'MA_MOULAY_HASSAN', en: 'Crown Prince Moulay Hassan', country: 'MA',
    names: ['مولاي الحسن', 'مولاي الحسن بن محمد'],
    offices: [{ office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2003, to: null }],
  },
  {
    id: 'MA_EL_FASSI', en: 'Abbas El Fassi', country: 'MA',
    names: ['عباس الفاسي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2007, to: 2011 },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحزب الاستقلال', from: 1998, to: 2012, org: 'ISTIQLAL' },
    ],
  },
  {
    id: 'MA_BENKIRANE', en: 'Abdelilah Benkirane', country: 'MA',
    names: ['عبد الإله بنكيران', 'عبد الإله ابن كيران', 'عبدالإله بنكيران', 'عبد الإله بن كيران'],
    surnames: ['بنكيران', 'ابن كيران', 'بن كيران'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2011, to: 2017 },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحزب العدالة والتنمية', from: 2008, to: 2017, org: 'PJD' },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحزب العدالة والتنمية', from: 2021, to: null, org: 'PJD' },
    ],
  },
  {
    id: 'MA_OTHMANI', en: 'Saadeddine Othmani', country: 'MA',
    names: ['سعد الدين العثماني', 'سعدالدين العثماني'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2012, to: 2013 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2017, to: 2021 },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحزب العدالة والتنمية', from: 2017, to: 2021, org: 'PJD' },
    ],
  },
  {
    id: 'MA_AKHANNOUCH', en: 'Aziz Akhannouch', country: 'MA',
    names: ['عزيز أخنوش'],
    surnames: ['أخنوش'],
    offices: [
      { office: 'PARTY_LEADER', title: 'رئيس التجمع الوطني للأحرار', from: 2016, to: null, org: 'RNI' },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2021, to: null },
    ],
  },
  {
    id: 'MA_FASSI_FIHRI', en: 'Taieb Fassi Fihri', country: 'MA',
    names: ['الطيب الفاسي الفهري', 'الطيب الفاسي'],
    surnames: ['الفاسي الفهري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2007, to: 2012 }],
  },
  {
    id: 'MA_MEZOUAR', en: 'Salaheddine Mezouar', country: 'MA',
    names: ['صلاح الدين مزوار'],
    surnames: ['مزوار'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2013, to: 2017 },
      { office: 'PARTY_LEADER', title: 'رئيس التجمع الوطني للأحرار', from: 2010, to: 2016, org: 'RNI' },
    ],
  },
  {
    id: 'MA_BOURITA', en: 'Nasser Bourita', country: 'MA',
    names: ['ناصر بوريطة'],
    surnames: ['بوريطة'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون الأفريقي', from: 2017, to: null }],
  },
  {
    id: 'MA_LOUDIYI', en: 'Abdellatif Loudiyi', country: 'MA',
    names: ['عبد اللطيف لوديي', 'عبداللطيف لوديي'],
    surnames: ['لوديي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'الوزير المنتدب المكلف بإدارة الدفاع الوطني', from: 2010, to: null }],
  },

  // Mauritania
  {
    id: 'MR_OULD_ABDEL_AZIZ', en: 'Mohamed Ould Abdel Aziz', country: 'MR',
    names: ['محمد ولد عبد العزيز'],
    surnames: ['ولد عبد العزيز'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2009, to: 2019 }],
  },
  {
    id: 'MR_GHAZOUANI', en: 'Mohamed Ould Ghazouani', country: 'MR',
    names: ['محمد ولد الشيخ الغزواني', 'محمد ولد الغزواني', 'محمد ولد الشيخ محمد أحمد الغزواني'],
    surnames: ['الغزواني', 'ولد الغزواني'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2019 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2019, to: null },
    ],
  },
  {
    id: 'MR_LAGHDAF', en: 'Moulaye Ould Mohamed Laghdaf', country: 'MR',
    names: ['مولاي ولد محمد الأغظف', 'مولاي ولد محمد لغظف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2008, to: 2014 }],
  },
  {
    id: 'MR_HADEMINE', en: 'Yahya Ould Hademine', country: 'MR',
    names: ['يحيى ولد حدمين'],
    surnames: ['ولد حدمين'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2014, to: 2018 }],
  },
  {
    id: 'MR_BECHIR', en: 'Mohamed Salem Ould Béchir', country: 'MR',
    names: ['محمد سالم ولد البشير'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2018, to: 2019 }],
  },
  {
    id: 'MR_SIDIYA', en: 'Ismail Ould Bedde Ould Cheikh Sidiya', country: 'MR',
    names: ['إسماعيل ولد الشيخ سيديا', 'إسماعيل ولد بده ولد الشيخ سيديا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2019, to: 2020 }],
  },
  {
    id: 'MR_BILAL', en: 'Mohamed Ould Bilal', country: 'MR',
    names: ['محمد ولد بلال', 'محمد ولد بلال مسعود'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2020, to: 2024 }],
  },
  {
    id: 'MR_DJAY', en: 'Mokhtar Ould Djay', country: 'MR',
    names: ['المختار ولد أجاي', 'مختار ولد أجاي', 'المختار ولد اجاي'],
    surnames: ['ولد أجاي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الوزير الأول', from: 2024, to: null }],
  },
  {
    id: 'MR_MINT_MOUKNASS', en: 'Naha Mint Mouknass', country: 'MR',
    names: ['الناها بنت مكناس', 'الناها بنت حمدي ولد مكناس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الشؤون الخارجية والتعاون', from: 2009, to: 2011 }],
  },
  {
    id: 'MR_TEGUEDI', en: 'Ahmed Ould Teguedi', country: 'MR',
    names: ['أحمد ولد تكدي'],
    surnames: ['ولد تكدي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2013, to: 2015 }],
  },
  {
    id: 'MR_ISSELKOU', en: 'Isselkou Ould Ahmed Izid Bih', country: 'MR',
    names: ['إسلكو ولد أحمد إزيد بيه', 'اسلكو ولد احمد ازيد بيه'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2016, to: 2018 }],
  },
  {
    id: 'MR_OULD_CHEIKH_AHMED', en: 'Ismail Ould Cheikh Ahmed', country: 'MR',
    names: ['إسماعيل ولد الشيخ أحمد', 'اسماعيل ولد الشيخ احمد'],
    surnames: ['ولد الشيخ أحمد'],
    offices: [
      { office: 'ENVOY', title: 'المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن', from: 2015, to: 2018, org: 'UN' },
      { office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2018, to: 2020 },
    ],
  },
  {
    id: 'MR_MERZOUK', en: 'Mohamed Salem Ould Merzouk', country: 'MR',
    names: ['محمد سالم ولد مرزوك'],
    surnames: ['ولد مرزوك'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الشؤون الخارجية والتعاون', from: 2020, to: null }],
  },
];

import type { ActorEntry } from './types.js';

/**
 * Known Tunisian office holders, 2013-2025, beyond the heads of state and government and the foreign
 * and defence ministers (maghreb.ts): the interior and finance ministers by years, the main
 * portfolios of the Essid (2015-2016) and Chahed (2016-2020) governments, the heads of the national
 * union and employers' federation (UGTT, UTICA), of the independent bodies most quoted (elections,
 * anti-corruption), and the leaders of the parties and parliamentary blocs of 2014-2019. Tunisian
 * papers name a minister by a bare title (وزير الداخلية فلان), so these names carry the state.
 *
 * Sources: general knowledge of the cabinets formed in February 2015, January 2016, August 2016,
 * September 2017, November 2018, 2020, 2021 and 2023, checked for consistency of years (a successor
 * starts the year the predecessor leaves). Nothing was taken from the development or raw articles.
 * Left out as not vouched for or as names a namesake elsewhere shares: the justice ministers of 2016
 * (عمر منصور) and the culture ministers (محمد زين العابدين), Afek Tounes's leader (ياسين إبراهيم,
 * a Sudanese minister's first names), the employment minister of 2017-2020 (فوزي عبد الرحمن), the
 * transport minister of 2018-2020, the interior minister of 2025, every minister before 2013. No
 * surname is listed alone.
 */
export const MAGHREB_CABINET_ACTORS: readonly ActorEntry[] = [
  // Tunisia: interior
  {
    id: 'TN_BEN_JEDDOU', en: 'Lotfi Ben Jeddou', country: 'TN',
    names: ['لطفي بن جدو'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2013, to: 2015 }],
  },
  {
    id: 'TN_GHARSALLI', en: 'Najem Gharsalli', country: 'TN',
    names: ['ناجم الغرسلي', 'نجم الغرسلي', 'محمد ناجم الغرسلي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_MAJDOUB', en: 'Hédi Majdoub', country: 'TN',
    names: ['الهادي مجدوب', 'الهادي المجدوب', 'هادي المجدوب', 'هادي مجدوب'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2016, to: 2017 }],
  },
  {
    id: 'TN_BRAHEM', en: 'Lotfi Brahem', country: 'TN',
    names: ['لطفي براهم'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2017, to: 2018 }],
  },
  {
    id: 'TN_FOURATI', en: 'Hichem Fourati', country: 'TN',
    names: ['هشام الفوراتي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2018, to: 2020 }],
  },
  {
    id: 'TN_CHARFEDDINE', en: 'Taoufik Charfeddine', country: 'TN',
    names: ['توفيق شرف الدين'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2020, to: 2023 }],
  },
  {
    id: 'TN_FEKI', en: 'Kamel Feki', country: 'TN',
    names: ['كمال الفقي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2023, to: 2025 }],
  },
  // finance
  {
    id: 'TN_CHAKER', en: 'Slim Chaker', country: 'TN',
    names: ['سليم شاكر'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_ZRIBI', en: 'Lamia Zribi', country: 'TN',
    names: ['لمياء الزريبي', 'لمياء بوجناح الزريبي'],
    offices: [{ office: 'MINISTER', title: 'وزيرة المالية', from: 2016, to: 2017 }],
  },
  {
    id: 'TN_CHALGHOUM', en: 'Mohamed Ridha Chalghoum', country: 'TN',
    names: ['رضا شلغوم', 'محمد رضا شلغوم'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2017, to: 2020 }],
  },
  {
    id: 'TN_KOOLI', en: 'Ali Kooli', country: 'TN',
    names: ['علي الكعلي'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والمالية', from: 2020, to: 2021 }],
  },
  {
    id: 'TN_NEMSIA', en: 'Sihem Boughdiri Nemsia', country: 'TN',
    names: ['سهام البوغديري نمصية', 'سهام بوغديري نمصية', 'سهام نمصية'],
    offices: [{ office: 'MINISTER', title: 'وزيرة المالية', from: 2021, to: null }],
  },
  // health
  {
    id: 'TN_AIDI', en: 'Saïd Aïdi', country: 'TN',
    names: ['سعيد العايدي'],
    offices: [{ office: 'MINISTER', title: 'وزير الصحة', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_MERAI', en: 'Samira Merai', country: 'TN',
    names: ['سميرة مرعي', 'سميرة مرعي فريعة'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة المرأة والأسرة والطفولة', from: 2015, to: 2016 },
      { office: 'MINISTER', title: 'وزيرة الصحة', from: 2016, to: 2017 },
    ],
  },
  {
    id: 'TN_HAMMAMI_IMED', en: 'Imed Hammami', country: 'TN',
    names: ['عماد الحمامي'],
    offices: [
      { office: 'MINISTER', title: 'وزير التكوين المهني والتشغيل', from: 2016, to: 2017 },
      { office: 'MINISTER', title: 'وزير الصحة', from: 2017, to: 2018 },
    ],
  },
  // education
  {
    id: 'TN_JALLOUL', en: 'Néji Jalloul', country: 'TN',
    names: ['ناجي جلول'],
    offices: [{ office: 'MINISTER', title: 'وزير التربية', from: 2015, to: 2017 }],
  },
  {
    id: 'TN_HATEM_BEN_SALEM', en: 'Hatem Ben Salem', country: 'TN',
    names: ['حاتم بن سالم'],
    offices: [{ office: 'MINISTER', title: 'وزير التربية', from: 2017, to: 2019 }],
  },
  {
    id: 'TN_KHALBOUS', en: 'Slim Khalbous', country: 'TN',
    names: ['سليم خلبوس'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم العالي والبحث العلمي', from: 2016, to: 2020 }],
  },
  // social affairs
  {
    id: 'TN_YOUMBAI', en: 'Ahmed Ammar Youmbai', country: 'TN',
    names: ['أحمد عمار الينباعي'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون الاجتماعية', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_TRABELSI_MOHAMED', en: 'Mohamed Trabelsi', country: 'TN',
    names: ['محمد الطرابلسي'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون الاجتماعية', from: 2016, to: 2020 }],
  },
  // tourism
  {
    id: 'TN_ELLOUMI', en: 'Selma Elloumi Rekik', country: 'TN',
    names: ['سلمى اللومي', 'سلمى اللومي الرقيق'],
    offices: [{ office: 'MINISTER', title: 'وزيرة السياحة', from: 2015, to: 2018 }],
  },
  {
    id: 'TN_RENE_TRABELSI', en: 'René Trabelsi', country: 'TN',
    names: ['روني الطرابلسي', 'رونيه الطرابلسي'],
    offices: [{ office: 'MINISTER', title: 'وزير السياحة', from: 2018, to: 2020 }],
  },
  // transport
  {
    id: 'TN_BEN_ROMDHANE', en: 'Mahmoud Ben Romdhane', country: 'TN',
    names: ['محمود بن رمضان'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2015, to: 2016 }],
  },
  {
    id: 'TN_GHEDIRA', en: 'Anis Ghedira', country: 'TN',
    names: ['أنيس غديرة'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2016, to: 2017 }],
  },
  {
    id: 'TN_AYARA', en: 'Radhouane Ayara', country: 'TN',
    names: ['رضوان عيارة'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2017, to: 2018 }],
  },
  // religious affairs
  {
    id: 'TN_BATTIKH', en: 'Othman Battikh', country: 'TN',
    names: ['عثمان بطيخ'],
    offices: [
      { office: 'RELIGIOUS_OFFICE', title: 'مفتي الجمهورية', from: 2008, to: 2013 },
      { office: 'MINISTER', title: 'وزير الشؤون الدينية', from: 2015, to: 2016 },
      { office: 'RELIGIOUS_OFFICE', title: 'مفتي الجمهورية', from: 2016, to: 2024 },
    ],
  },
  {
    id: 'TN_BEN_SALEM_ABDELJALIL', en: 'Abdeljalil Ben Salem', country: 'TN',
    names: ['عبد الجليل بن سالم', 'عبد الجليل سالم'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون الدينية', from: 2016, to: 2016 }],
  },
  {
    id: 'TN_ADHOUM', en: 'Ahmed Adhoum', country: 'TN',
    names: ['أحمد عظوم'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون الدينية', from: 2017, to: 2020 }],
  },
  // development, trade, agriculture, civil service, relations with the constitutional bodies, women
  {
    id: 'TN_LAADHARI', en: 'Zied Laadhari', country: 'TN',
    names: ['زياد العذاري'],
    offices: [
      { office: 'MINISTER', title: 'وزير التكوين المهني والتشغيل', from: 2015, to: 2016 },
      { office: 'MINISTER', title: 'وزير الصناعة والتجارة', from: 2016, to: 2017 },
      { office: 'MINISTER', title: 'وزير التنمية والاستثمار والتعاون الدولي', from: 2017, to: 2018 },
    ],
  },
  {
    id: 'TN_ABDELKEFI', en: 'Fadhel Abdelkefi', country: 'TN',
    names: ['فاضل عبد الكافي'],
    offices: [{ office: 'MINISTER', title: 'وزير التنمية والاستثمار والتعاون الدولي', from: 2016, to: 2017 }],
  },
  {
    id: 'TN_TAIEB_SAMIR', en: 'Samir Taïeb', country: 'TN',
    names: ['سمير الطيب'],
    offices: [{ office: 'MINISTER', title: 'وزير الفلاحة', from: 2016, to: 2020 }],
  },
  {
    id: 'TN_BRIKI', en: 'Abid Briki', country: 'TN',
    names: ['عبيد البريكي'],
    offices: [{ office: 'MINISTER', title: 'وزير الوظيفة العمومية والحوكمة', from: 2016, to: 2017 }],
  },
  {
    id: 'TN_BEN_GHARBIA', en: 'Mehdi Ben Gharbia', country: 'TN',
    names: ['مهدي بن غربية', 'المهدي بن غربية'],
    offices: [{ office: 'MINISTER', title: 'الوزير المكلف بالعلاقة مع الهيئات الدستورية', from: 2016, to: 2018 }],
  },
  {
    id: 'TN_LAABIDI_NEZIHA', en: 'Neziha Laabidi', country: 'TN',
    names: ['نزيهة العبيدي'],
    offices: [{ office: 'MINISTER', title: 'وزيرة المرأة والأسرة والطفولة', from: 2016, to: 2020 }],
  },

  // Tunisia: the national union, the employers, the independent bodies
  {
    id: 'TN_ABASSI', en: 'Houcine Abassi', country: 'TN', org: 'UGTT',
    names: ['حسين العباسي'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام للاتحاد العام التونسي للشغل', from: 2011, to: 2017 }],
  },
  {
    id: 'TN_TABOUBI', en: 'Noureddine Taboubi', country: 'TN', org: 'UGTT',
    names: ['نور الدين الطبوبي', 'نورالدين الطبوبي'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام للاتحاد العام التونسي للشغل', from: 2017, to: null }],
  },
  {
    id: 'TN_BOUCHAMAOUI', en: 'Wided Bouchamaoui', country: 'TN', org: 'UTICA',
    names: ['وداد بوشماوي'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيسة الاتحاد التونسي للصناعة والتجارة', from: 2011, to: 2018 }],
  },
  {
    id: 'TN_MAJOUL', en: 'Samir Majoul', country: 'TN', org: 'UTICA',
    names: ['سمير ماجول'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الاتحاد التونسي للصناعة والتجارة', from: 2018, to: null }],
  },
  {
    id: 'TN_SARSAR', en: 'Chafik Sarsar', country: 'TN',
    names: ['شفيق صرصار'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس الهيئة العليا المستقلة للانتخابات', from: 2014, to: 2017 }],
  },
  {
    id: 'TN_TABIB', en: 'Chawki Tabib', country: 'TN',
    names: ['شوقي الطبيب'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس الهيئة الوطنية لمكافحة الفساد', from: 2016, to: 2020 }],
  },
  // parties and blocs (Ghannouchi, Hafedh Caid Essebsi and Abir Moussi are in movements.ts)
  {
    id: 'TN_MARZOUK', en: 'Mohsen Marzouk', country: 'TN',
    names: ['محسن مرزوق'],
    offices: [
      { office: 'PARTY_LEADER', title: 'الأمين العام لحركة نداء تونس', from: 2015, to: 2015, org: 'NIDAA' },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحركة مشروع تونس', from: 2016, to: null },
    ],
  },
  {
    id: 'TN_TOUBEL', en: 'Sofiene Toubel', country: 'TN', org: 'NIDAA',
    names: ['سفيان طوبال'],
    offices: [{ office: 'LEGISLATOR', title: 'رئيس كتلة نداء تونس', from: 2016, to: 2019 }],
  },
  {
    id: 'TN_MOUROU', en: 'Abdelfattah Mourou', country: 'TN', org: 'ENNAHDA',
    names: ['عبد الفتاح مورو'],
    offices: [
      { office: 'PARTY_LEADER', title: 'نائب رئيس حركة النهضة', from: 2012, to: 2019 },
      { office: 'LEGISLATOR', title: 'النائب الأول لرئيس مجلس نواب الشعب', from: 2014, to: 2019 },
    ],
  },
  {
    id: 'TN_HAROUNI', en: 'Abdelkarim Harouni', country: 'TN', org: 'ENNAHDA',
    names: ['عبد الكريم الهاروني'],
    offices: [
      { office: 'MINISTER', title: 'وزير النقل', from: 2011, to: 2013 },
      { office: 'PARTY_LEADER', title: 'رئيس مجلس شورى حركة النهضة', from: 2016, to: 2021 },
    ],
  },
  {
    id: 'TN_MAGHZAOUI', en: 'Zouhair Maghzaoui', country: 'TN',
    names: ['زهير المغزاوي'],
    offices: [{ office: 'PARTY_LEADER', title: 'الأمين العام لحركة الشعب', from: 2013, to: null }],
  },
  {
    id: 'TN_ISSAM_CHEBBI', en: 'Issam Chebbi', country: 'TN',
    names: ['عصام الشابي'],
    offices: [{ office: 'PARTY_LEADER', title: 'الأمين العام للحزب الجمهوري', from: 2017, to: null }],
  },
  {
    id: 'TN_HAMMA_HAMMAMI', en: 'Hamma Hammami', country: 'TN',
    names: ['حمة الهمامي'],
    offices: [{ office: 'PARTY_LEADER', title: 'الناطق الرسمي باسم الجبهة الشعبية', from: 2012, to: 2019 }],
  },
  {
    id: 'TN_RIAHI', en: 'Slim Riahi', country: 'TN',
    names: ['سليم الرياحي'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس الاتحاد الوطني الحر', from: 2011, to: 2019 }],
  },
  {
    id: 'TN_RAHOUI', en: 'Mongi Rahoui', country: 'TN',
    names: ['منجي الرحوي'],
    offices: [{ office: 'LEGISLATOR', title: 'نائب في مجلس نواب الشعب', from: 2014, to: 2019 }],
  },
];

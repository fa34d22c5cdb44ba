import type { ActorEntry } from './types.js';

/**
 * Known holders of other Arab offices most quoted in the region's news, 2010-2025: the speakers of
 * the parliaments of Iraq, Jordan, Kuwait, Egypt and Bahrain and the president of Saudi Arabia's
 * Shura Council (with the parliament as their body where organizations.ts has it), and the chiefs
 * of staff of Jordan and Saudi Arabia.
 *
 * Sources: general knowledge of these offices, checked for consistency of years (a successor starts
 * the year the predecessor leaves). Nothing was taken from the development or raw articles. Left
 * out as not vouched for: Jordan's speakers before 2013 and after 2020 and its directors of
 * intelligence, Saudi chiefs of staff before 2014 and after 2023, Qatar's and Oman's Shura
 * speakers, the upper houses. No surname is listed alone: these family names are borne by many; and
 * a name as common as أحمد المسلم or علي الراشد is listed only with the father's name.
 */
export const ARAB_OFFICE_ACTORS: readonly ActorEntry[] = [
  // Iraq: speakers of the Council of Representatives (Mohammed al-Halbousi in movements.ts)
  {
    id: 'IQ_NUJAIFI', en: 'Osama al-Nujaifi', country: 'IQ',
    names: ['أسامة النجيفي', 'اسامة النجيفي', 'أسامة عبد العزيز النجيفي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب العراقي', from: 2010, to: 2014, org: 'IQ_PARLIAMENT' },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الجمهورية العراقي', from: 2014, to: 2018 },
    ],
  },
  {
    id: 'IQ_JABOURI', en: 'Salim al-Jabouri', country: 'IQ',
    names: ['سليم الجبوري', 'سليم عبد الله الجبوري'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب العراقي', from: 2014, to: 2018, org: 'IQ_PARLIAMENT' },
    ],
  },
  {
    id: 'IQ_MANDALAWI', en: 'Mohsen al-Mandalawi', country: 'IQ',
    names: ['محسن المندلاوي', 'محسن علي المندلاوي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب العراقي بالنيابة', from: 2023, to: 2024, org: 'IQ_PARLIAMENT' },
    ],
  },
  {
    id: 'IQ_MASHHADANI', en: 'Mahmoud al-Mashhadani', country: 'IQ',
    names: ['محمود المشهداني', 'محمود داود المشهداني'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب العراقي', from: 2024, to: null, org: 'IQ_PARLIAMENT' },
    ],
  },

  // Jordan: speakers of the House of Representatives, chiefs of staff
  {
    id: 'JO_TARAWNEH_ATEF', en: 'Atef Tarawneh', country: 'JO',
    names: ['عاطف الطراونة', 'عاطف يوسف الطراونة'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب الأردني', from: 2013, to: 2020, org: 'JO_HOUSE' },
    ],
  },
  {
    id: 'JO_ZABEN', en: 'Mashal al-Zaben', country: 'JO',
    names: ['مشعل الزبن', 'مشعل محمد الزبن'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان المشتركة الأردنية', from: 2010, to: 2016 },
    ],
  },
  {
    id: 'JO_FREIHAT', en: 'Mahmoud Freihat', country: 'JO',
    names: ['محمود فريحات', 'محمود عبد الحليم فريحات'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان المشتركة الأردنية', from: 2016, to: 2019 },
    ],
  },
  {
    id: 'JO_HUNAITI', en: 'Yousef Huneiti', country: 'JO',
    names: ['يوسف الحنيطي', 'يوسف أحمد الحنيطي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان المشتركة الأردنية', from: 2019, to: 2025 },
    ],
  },

  // Kuwait: speakers of the National Assembly
  {
    id: 'KW_KHARAFI', en: 'Jassem al-Kharafi', country: 'KW',
    names: ['جاسم الخرافي', 'جاسم محمد الخرافي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 1999, to: 2011, org: 'KW_NATIONAL_ASSEMBLY' },
    ],
  },
  {
    id: 'KW_SAADOUN', en: 'Ahmed al-Saadoun', country: 'KW',
    names: ['أحمد السعدون', 'احمد السعدون', 'أحمد عبد العزيز السعدون'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 2012, to: 2012, org: 'KW_NATIONAL_ASSEMBLY' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 2022, to: 2024, org: 'KW_NATIONAL_ASSEMBLY' },
    ],
  },
  {
    id: 'KW_ALI_RASHID', en: 'Ali al-Rashid', country: 'KW',
    names: ['علي فهد الراشد'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 2012, to: 2013, org: 'KW_NATIONAL_ASSEMBLY' },
    ],
  },
  {
    id: 'KW_GHANIM', en: 'Marzouq al-Ghanim', country: 'KW',
    names: ['مرزوق الغانم', 'مرزوق علي الغانم'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 2013, to: 2022, org: 'KW_NATIONAL_ASSEMBLY' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الأمة الكويتي', from: 2023, to: 2023, org: 'KW_NATIONAL_ASSEMBLY' },
    ],
  },

  // Egypt: speakers of the House (Saad al-Katatni, 2012, in movements.ts)
  {
    id: 'EG_SOROUR', en: 'Fathi Sorour', country: 'EG',
    names: ['فتحي سرور', 'أحمد فتحي سرور'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشعب المصري', from: 1990, to: 2011 },
    ],
  },
  {
    id: 'EG_ABDEL_AAL', en: 'Ali Abdel Aal', country: 'EG',
    names: ['علي عبد العال', 'علي عبد العال سيد أحمد'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب المصري', from: 2016, to: 2021 },
    ],
  },
  {
    id: 'EG_GEBALY', en: 'Hanafy Gebaly', country: 'EG',
    names: ['حنفي جبالي', 'حنفي الجبالي', 'حنفي علي جبالي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب المصري', from: 2021, to: null },
    ],
  },

  // Bahrain: speakers of the Council of Representatives
  {
    id: 'BH_DHAHRANI', en: 'Khalifa al-Dhahrani', country: 'BH',
    names: ['خليفة الظهراني', 'خليفة بن أحمد الظهراني'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب البحريني', from: 2002, to: 2018, org: 'BH_HOUSE' },
    ],
  },
  {
    id: 'BH_FAWZIA_ZAINAL', en: 'Fawzia Zainal', country: 'BH',
    names: ['فوزية زينل', 'فوزية بنت عبد الله زينل', 'فوزية عبد الله زينل'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيسة مجلس النواب البحريني', from: 2018, to: 2022, org: 'BH_HOUSE' },
    ],
  },
  {
    id: 'BH_MUSALLAM', en: 'Ahmed al-Musallam', country: 'BH',
    names: ['أحمد بن سلمان المسلم'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب البحريني', from: 2022, to: null, org: 'BH_HOUSE' },
    ],
  },

  // Saudi Arabia: president of the Shura Council, chiefs of the general staff
  {
    id: 'SA_SHURA_AL_SHEIKH', en: 'Abdullah bin Mohammed Al ash-Sheikh', country: 'SA',
    names: ['عبد الله بن محمد آل الشيخ', 'عبد الله محمد آل الشيخ', 'عبد الله آل الشيخ'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشورى', from: 2009, to: null, org: 'SA_SHURA' },
    ],
  },
  {
    id: 'SA_BUNYAN_ABDULRAHMAN', en: 'Abdulrahman al-Bunyan', country: 'SA',
    names: ['عبد الرحمن البنيان', 'عبد الرحمن بن صالح البنيان', 'عبد الرحمن صالح البنيان'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان العامة', from: 2014, to: 2017 },
    ],
  },
  {
    id: 'SA_RUWAILI', en: 'Fayyad al-Ruwaili', country: 'SA',
    names: ['فياض الرويلي', 'فياض بن حامد الرويلي', 'فياض حامد الرويلي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان العامة', from: 2018, to: 2023 },
    ],
  },
];

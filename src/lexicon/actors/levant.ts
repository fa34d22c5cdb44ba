import type { ActorEntry } from './types.js';

/**
 * Known actors of Syria, Lebanon, Jordan, Palestine and Iraq, 2010-2025: heads of state and
 * government, crown princes, foreign and defence ministers, and the heads of Iraqi Kurdistan's
 * regional government. Party and movement leaders who held no state office are in movements.ts.
 *
 * Sources: general knowledge of the cabinets of these states, checked for consistency of years
 * between offices, and spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar), reviewed form
 * by form. Nothing was taken from the development articles.
 *
 * Surnames that are common words or given names (الأسد، المعلم، سلام، بري، عباس، سليمان) are not
 * listed as `surnames`: only the full name finds those people.
 */
export const LEVANT_ACTORS: readonly ActorEntry[] = [
  // Syria
  {
    id: 'SY_BASHAR_ASSAD', en: 'Bashar al-Assad', country: 'SY',
    names: ['بشار الأسد', 'بشار حافظ الأسد'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2000, to: 2024 }],
  },
  {
    id: 'SY_SHARAA', en: 'Ahmed al-Sharaa (Abu Mohammad al-Jolani)', country: 'SY',
    names: ['أحمد الشرع', 'أحمد حسين الشرع', 'أبو محمد الجولاني'],
    surnames: ['الشرع', 'الجولاني'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'زعيم جبهة النصرة', from: 2012, to: 2017, org: 'NUSRA' },
      { office: 'MOVEMENT_LEADER', title: 'قائد هيئة تحرير الشام', from: 2017, to: 2025, org: 'HTS' },
      { office: 'HEAD_OF_STATE', title: 'قائد الإدارة الجديدة', from: 2024, to: 2024, note: 'de facto leader after the fall of Assad (December 2024)' },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2025, to: null, note: 'president for the transitional period' },
    ],
  },
  {
    id: 'SY_FAROUK_SHARAA', en: 'Farouk al-Sharaa', country: 'SY',
    names: ['فاروق الشرع'],
    surnames: ['الشرع'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 1984, to: 2006 },
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس', from: 2006, to: 2014 },
    ],
  },
  {
    id: 'SY_OTARI', en: 'Muhammad Naji al-Otari', country: 'SY',
    names: ['محمد ناجي عطري', 'محمد ناجي العطري', 'ناجي عطري', 'ناجي العطري'],
    surnames: ['عطري', 'العطري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2003, to: 2011 }],
  },
  {
    id: 'SY_ADEL_SAFAR', en: 'Adel Safar', country: 'SY',
    names: ['عادل سفر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2011, to: 2012 }],
  },
  {
    id: 'SY_HIJAB', en: 'Riyad Hijab', country: 'SY',
    names: ['رياض حجاب', 'رياض فريد حجاب'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2012, to: 2012, note: 'defected in August 2012' },
      { office: 'MOVEMENT_LEADER', title: 'المنسق العام للهيئة العليا للمفاوضات', from: 2015, to: 2017, org: 'SNC_HNC' },
    ],
  },
  {
    id: 'SY_HALQI', en: 'Wael al-Halqi', country: 'SY',
    names: ['وائل الحلقي', 'وائل نادر الحلقي'],
    surnames: ['الحلقي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2012, to: 2016 }],
  },
  {
    id: 'SY_KHAMIS', en: 'Imad Khamis', country: 'SY',
    names: ['عماد خميس', 'عماد محمد ديب خميس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2016, to: 2020 }],
  },
  {
    id: 'SY_ARNOUS', en: 'Hussein Arnous', country: 'SY',
    names: ['حسين عرنوس', 'حسين مخلوف عرنوس'],
    surnames: ['عرنوس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2020, to: 2024 }],
  },
  {
    id: 'SY_JALALI', en: 'Mohammad Ghazi al-Jalali', country: 'SY',
    names: ['محمد غازي الجلالي', 'محمد الجلالي'],
    surnames: ['الجلالي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2024, to: 2024 }],
  },
  {
    id: 'SY_MOHAMMED_BASHIR', en: 'Mohammed al-Bashir', country: 'SY',
    names: ['محمد البشير'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة تصريف الأعمال', from: 2024, to: 2025, acting: true, note: 'caretaker government after the fall of Assad' },
    ],
  },
  {
    id: 'SY_MUALLEM', en: 'Walid al-Muallem', country: 'SY',
    names: ['وليد المعلم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2006, to: 2020 }],
  },
  {
    id: 'SY_MEKDAD', en: 'Faisal Mekdad', country: 'SY',
    names: ['فيصل المقداد'],
    surnames: ['المقداد'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2020, to: 2024 }],
  },
  {
    id: 'SY_SABBAGH', en: 'Bassam Sabbagh', country: 'SY',
    names: ['بسام صباغ', 'بسام الصباغ'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2024, to: 2024 }],
  },
  {
    id: 'SY_SHAIBANI', en: 'Asaad al-Shaibani', country: 'SY',
    names: ['أسعد الشيباني', 'أسعد حسن الشيباني'],
    surnames: ['الشيباني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2024, to: null }],
  },
  {
    id: 'SY_ALI_HABIB', en: 'Ali Habib Mahmoud', country: 'SY',
    names: ['علي حبيب', 'علي حبيب محمود'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2009, to: 2011 }],
  },
  {
    id: 'SY_RAJIHA', en: 'Dawoud Rajiha', country: 'SY',
    names: ['داود راجحة', 'داوود راجحة'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2012 }],
  },
  {
    id: 'SY_FREIJ', en: 'Fahd Jassem al-Freij', country: 'SY',
    names: ['فهد جاسم الفريج', 'فهد الفريج'],
    surnames: ['الفريج'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2012, to: 2018 }],
  },
  {
    id: 'SY_AYYOUB', en: 'Ali Abdullah Ayyoub', country: 'SY',
    names: ['علي عبد الله أيوب', 'علي أيوب'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2022 }],
  },
  {
    id: 'SY_ALI_ABBAS', en: 'Ali Mahmoud Abbas', country: 'SY',
    names: ['علي محمود عباس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2022, to: 2024 }],
  },
  {
    id: 'SY_ABU_QASRA', en: 'Murhaf Abu Qasra', country: 'SY',
    names: ['مرهف أبو قصرة'],
    surnames: ['أبو قصرة'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null }],
  },

  // Lebanon
  {
    id: 'LB_SULEIMAN', en: 'Michel Suleiman', country: 'LB',
    names: ['ميشال سليمان', 'ميشيل سليمان'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2008, to: 2014 }],
  },
  {
    id: 'LB_MICHEL_AOUN', en: 'Michel Aoun', country: 'LB',
    names: ['ميشال عون', 'ميشيل عون'],
    surnames: ['عون'],
    offices: [
      { office: 'PARTY_LEADER', title: 'رئيس التيار الوطني الحر', from: 2005, to: 2015, org: 'FPM' },
      { office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2016, to: 2022 },
    ],
  },
  {
    id: 'LB_JOSEPH_AOUN', en: 'Joseph Aoun', country: 'LB',
    names: ['جوزاف عون', 'جوزيف عون'],
    surnames: ['عون'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'قائد الجيش', from: 2017, to: 2025 },
      { office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2025, to: null },
    ],
  },
  {
    id: 'LB_SAAD_HARIRI', en: 'Saad Hariri', country: 'LB',
    names: ['سعد الحريري', 'سعد الدين الحريري', 'سعد رفيق الحريري'],
    surnames: ['الحريري'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2009, to: 2011 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2016, to: 2020 },
      { office: 'PARTY_LEADER', title: 'رئيس تيار المستقبل', from: 2005, to: 2022, org: 'FUTURE', note: 'suspended political work in January 2022' },
    ],
  },
  {
    id: 'LB_MIKATI', en: 'Najib Mikati', country: 'LB',
    names: ['نجيب ميقاتي', 'نجيب عزمي ميقاتي'],
    surnames: ['ميقاتي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2011, to: 2014 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2021, to: 2025, note: 'caretaker from 2022' },
    ],
  },
  {
    id: 'LB_TAMMAM_SALAM', en: 'Tammam Salam', country: 'LB',
    names: ['تمام سلام', 'تمام صائب سلام'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2014, to: 2016 }],
  },
  {
    id: 'LB_DIAB', en: 'Hassan Diab', country: 'LB',
    names: ['حسان دياب', 'حسان ذياب'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2020, to: 2021, note: 'caretaker from August 2020' }],
  },
  {
    id: 'LB_NAWAF_SALAM', en: 'Nawaf Salam', country: 'LB',
    names: ['نواف سلام'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الحكومة', from: 2025, to: null }],
  },
  {
    id: 'LB_SHAMI', en: 'Ali al-Shami', country: 'LB',
    names: ['علي الشامي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2009, to: 2011 }],
  },
  {
    id: 'LB_ADNAN_MANSOUR', en: 'Adnan Mansour', country: 'LB',
    names: ['عدنان منصور'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2011, to: 2014 }],
  },
  {
    id: 'LB_BASSIL', en: 'Gebran Bassil', country: 'LB',
    names: ['جبران باسيل', 'جبران جرجي باسيل'],
    surnames: ['باسيل'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2014, to: 2020 },
      { office: 'PARTY_LEADER', title: 'رئيس التيار الوطني الحر', from: 2015, to: null, org: 'FPM' },
    ],
  },
  {
    id: 'LB_HITTI', en: 'Nassif Hitti', country: 'LB',
    names: ['ناصيف حتي', 'ناصيف يوسف حتي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2020, to: 2020 }],
  },
  {
    id: 'LB_WEHBE', en: 'Charbel Wehbe', country: 'LB',
    names: ['شربل وهبة', 'شربل وهبي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2020, to: 2021 }],
  },
  {
    id: 'LB_AKAR', en: 'Zeina Akar', country: 'LB',
    names: ['زينة عكر', 'زينة عكر عدرا'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع', from: 2020, to: 2021 },
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية بالوكالة', from: 2020, to: 2020, acting: true },
    ],
  },
  {
    id: 'LB_BOU_HABIB', en: 'Abdallah Bou Habib', country: 'LB',
    names: ['عبد الله بو حبيب', 'عبدالله بوحبيب'],
    surnames: ['بو حبيب'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2021, to: 2025 }],
  },
  {
    id: 'LB_RAGGI', en: 'Youssef Raggi', country: 'LB',
    names: ['يوسف رجي', 'يوسف رجّي'],
    surnames: ['رجي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2025, to: null }],
  },
  {
    id: 'LB_MURR', en: 'Elias Murr', country: 'LB',
    names: ['إلياس المر', 'الياس المر'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2005, to: 2011 }],
  },
  {
    id: 'LB_GHOSN', en: 'Fayez Ghosn', country: 'LB',
    names: ['فايز غصن'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2014 }],
  },
  {
    id: 'LB_MOKBEL', en: 'Samir Mokbel', country: 'LB',
    names: ['سمير مقبل'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2014, to: 2016 }],
  },
  {
    id: 'LB_SARRAF', en: 'Yacoub Sarraf', country: 'LB',
    names: ['يعقوب الصراف', 'يعقوب رياض الصراف'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2016, to: 2019 }],
  },
  {
    id: 'LB_BOU_SAAB', en: 'Elias Bou Saab', country: 'LB',
    names: ['إلياس بو صعب', 'الياس بوصعب'],
    surnames: ['بو صعب'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2019, to: 2020 }],
  },
  {
    id: 'LB_MAURICE_SLIM', en: 'Maurice Slim', country: 'LB',
    names: ['موريس سليم'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2021, to: 2025 }],
  },
  {
    id: 'LB_MENASSA', en: 'Michel Menassa', country: 'LB',
    names: ['ميشال منسى', 'ميشيل منسى'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2025, to: null }],
  },

  // Jordan: the prime minister also holds the defence portfolio
  {
    id: 'JO_ABDULLAH_II', en: 'King Abdullah II', country: 'JO',
    names: ['عبد الله الثاني', 'عبد الله الثاني بن الحسين', 'عبدالله الثاني ابن الحسين'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الملك', from: 1999, to: null }],
  },
  {
    id: 'JO_CROWN_PRINCE_HUSSEIN', en: 'Crown Prince Hussein bin Abdullah', country: 'JO',
    names: ['الحسين بن عبد الله', 'الحسين بن عبد الله الثاني', 'حسين بن عبد الله الثاني'],
    offices: [{ office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2009, to: null }],
  },
  {
    id: 'JO_SAMIR_RIFAI', en: 'Samir Rifai', country: 'JO',
    names: ['سمير الرفاعي', 'سمير زيد الرفاعي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2009, to: 2011 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2009, to: 2011 },
    ],
  },
  {
    id: 'JO_BAKHIT', en: 'Marouf al-Bakhit', country: 'JO',
    names: ['معروف البخيت'],
    surnames: ['البخيت'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2011 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2011 },
    ],
  },
  {
    id: 'JO_AWN_KHASAWNEH', en: 'Awn Khasawneh', country: 'JO',
    names: ['عون الخصاونة', 'عون شوكت الخصاونة'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2012 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2012 },
    ],
  },
  {
    id: 'JO_TARAWNEH', en: 'Fayez Tarawneh', country: 'JO',
    names: ['فايز الطراونة'],
    surnames: ['الطراونة'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2012, to: 2012 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2012, to: 2012 },
    ],
  },
  {
    id: 'JO_ENSOUR', en: 'Abdullah Ensour', country: 'JO',
    names: ['عبد الله النسور', 'عبدالله النسور'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2012, to: 2016 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2012, to: 2016 },
    ],
  },
  {
    id: 'JO_MULKI', en: 'Hani Mulki', country: 'JO',
    names: ['هاني الملقي', 'هاني فوزي الملقي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2016, to: 2018 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2016, to: 2018 },
    ],
  },
  {
    id: 'JO_RAZZAZ', en: 'Omar Razzaz', country: 'JO',
    names: ['عمر الرزاز'],
    surnames: ['الرزاز'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2018, to: 2020 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2020 },
    ],
  },
  {
    id: 'JO_BISHER_KHASAWNEH', en: 'Bisher Khasawneh', country: 'JO',
    names: ['بشر الخصاونة', 'بشر هاني الخصاونة'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2020, to: 2024 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2024 },
    ],
  },
  {
    id: 'JO_JAFAR_HASSAN', en: 'Jafar Hassan', country: 'JO',
    names: ['جعفر حسان', 'جعفر عبد الله حسان'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2024, to: null },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null },
    ],
  },
  {
    id: 'JO_JUDEH', en: 'Nasser Judeh', country: 'JO',
    names: ['ناصر جودة'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية وشؤون المغتربين', from: 2009, to: 2017 }],
  },
  {
    id: 'JO_SAFADI', en: 'Ayman Safadi', country: 'JO',
    names: ['أيمن الصفدي', 'أيمن حسين الصفدي'],
    surnames: ['الصفدي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية وشؤون المغتربين', from: 2017, to: null }],
  },

  // Palestine: the Palestinian Authority, and Hamas's government in Gaza (noted)
  {
    id: 'PS_ABBAS', en: 'Mahmoud Abbas', country: 'PS',
    names: ['محمود عباس', 'محمود رضا عباس', 'أبو مازن'],
    surnames: ['أبو مازن'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفلسطيني', from: 2005, to: null },
      { office: 'PARTY_LEADER', title: 'رئيس حركة فتح', from: 2004, to: null, org: 'FATAH' },
      { office: 'PARTY_LEADER', title: 'رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية', from: 2004, to: null, org: 'PLO' },
    ],
  },
  {
    id: 'PS_HUSSEIN_ALSHEIKH', en: 'Hussein al-Sheikh', country: 'PS',
    names: ['حسين الشيخ'],
    offices: [
      { office: 'PARTY_LEADER', title: 'أمين سر اللجنة التنفيذية لمنظمة التحرير', from: 2022, to: null, org: 'PLO' },
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس الفلسطيني', from: 2025, to: null },
    ],
  },
  {
    id: 'PS_FAYYAD', en: 'Salam Fayyad', country: 'PS',
    names: ['سلام فياض'],
    surnames: ['فياض'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2007, to: 2013 }],
  },
  {
    id: 'PS_HAMDALLAH', en: 'Rami Hamdallah', country: 'PS',
    names: ['رامي الحمد الله', 'رامي الحمدالله'],
    surnames: ['الحمد الله', 'الحمدالله'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2013, to: 2019 }],
  },
  {
    id: 'PS_SHTAYYEH', en: 'Mohammad Shtayyeh', country: 'PS',
    names: ['محمد اشتية', 'محمد إشتية', 'محمد اشتيه'],
    surnames: ['اشتية'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2019, to: 2024 }],
  },
  {
    id: 'PS_MOHAMMAD_MUSTAFA', en: 'Mohammad Mustafa', country: 'PS',
    names: ['محمد مصطفى'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2024, to: null },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2024, to: 2025 },
    ],
  },
  {
    id: 'PS_RIYAD_MALIKI', en: 'Riyad al-Maliki', country: 'PS',
    names: ['رياض المالكي'],
    surnames: ['المالكي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والمغتربين', from: 2007, to: 2024 }],
  },
  {
    id: 'PS_AGHABEKIAN', en: 'Varsen Aghabekian', country: 'PS',
    names: ['فارسين أغابكيان', 'فارسين أغابكيان شاهين'],
    surnames: ['أغابكيان'],
    offices: [{ office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزيرة الدولة للشؤون الخارجية', from: 2024, to: null }],
  },
  {
    id: 'PS_HANIYEH', en: 'Ismail Haniyeh', country: 'PS',
    names: ['إسماعيل هنية', 'إسماعيل عبد السلام هنية', 'أبو العبد هنية'],
    surnames: ['هنية'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2006, to: 2014, org: 'HAMAS', note: 'Hamas government in Gaza from June 2007, not recognised by the Palestinian presidency' },
      { office: 'MOVEMENT_LEADER', title: 'رئيس المكتب السياسي لحركة حماس', from: 2017, to: 2024, org: 'HAMAS' },
    ],
  },

  // Iraq
  {
    id: 'IQ_TALABANI', en: 'Jalal Talabani', country: 'IQ',
    names: ['جلال طالباني', 'جلال الطالباني', 'مام جلال'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2005, to: 2014 },
      { office: 'PARTY_LEADER', title: 'الأمين العام للاتحاد الوطني الكردستاني', from: 1975, to: 2017, org: 'PUK' },
    ],
  },
  {
    id: 'IQ_MASUM', en: 'Fuad Masum', country: 'IQ',
    names: ['فؤاد معصوم'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2014, to: 2018 }],
  },
  {
    id: 'IQ_BARHAM_SALIH', en: 'Barham Salih', country: 'IQ',
    names: ['برهم صالح', 'برهم أحمد صالح'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2018, to: 2022 }],
  },
  {
    id: 'IQ_ABDUL_LATIF_RASHID', en: 'Abdul Latif Rashid', country: 'IQ',
    names: ['عبد اللطيف رشيد', 'عبد اللطيف جمال رشيد', 'عبداللطيف رشيد'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس الجمهورية', from: 2022, to: null }],
  },
  {
    id: 'IQ_ALLAWI', en: 'Ayad Allawi', country: 'IQ',
    names: ['إياد علاوي', 'أياد علاوي'],
    surnames: ['علاوي'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الجمهورية', from: 2014, to: 2015 },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الجمهورية', from: 2016, to: 2018 },
    ],
  },
  {
    id: 'IQ_MALIKI', en: 'Nouri al-Maliki', country: 'IQ',
    names: ['نوري المالكي', 'نوري كامل المالكي', 'جواد المالكي'],
    surnames: ['المالكي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2006, to: 2014 },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الجمهورية', from: 2014, to: 2018 },
      { office: 'PARTY_LEADER', title: 'الأمين العام لحزب الدعوة الإسلامية', from: 2007, to: null, org: 'DAWA' },
    ],
  },
  {
    id: 'IQ_ABADI', en: 'Haider al-Abadi', country: 'IQ',
    names: ['حيدر العبادي', 'حيدر جواد العبادي'],
    surnames: ['العبادي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2014, to: 2018 }],
  },
  {
    id: 'IQ_ABDUL_MAHDI', en: 'Adil Abdul-Mahdi', country: 'IQ',
    names: ['عادل عبد المهدي', 'عادل عبدالمهدي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2018, to: 2020 }],
  },
  {
    id: 'IQ_KADHIMI', en: 'Mustafa al-Kadhimi', country: 'IQ',
    names: ['مصطفى الكاظمي', 'مصطفى عبد اللطيف الكاظمي'],
    surnames: ['الكاظمي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2020, to: 2022 }],
  },
  {
    id: 'IQ_SUDANI', en: 'Mohammed Shia al-Sudani', country: 'IQ',
    names: ['محمد شياع السوداني', 'محمد شياع صبار السوداني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2022, to: null }],
  },
  {
    id: 'IQ_ZEBARI', en: 'Hoshyar Zebari', country: 'IQ',
    names: ['هوشيار زيباري', 'هوشيار الزيباري'],
    surnames: ['زيباري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2003, to: 2014 }],
  },
  {
    id: 'IQ_JAAFARI', en: 'Ibrahim al-Jaafari', country: 'IQ',
    names: ['إبراهيم الجعفري', 'ابراهيم الاشيقر الجعفري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2014, to: 2018 }],
  },
  {
    id: 'IQ_MOHAMED_ALI_HAKIM', en: 'Mohamed Ali al-Hakim', country: 'IQ',
    names: ['محمد علي الحكيم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2018, to: 2020 }],
  },
  {
    id: 'IQ_FUAD_HUSSEIN', en: 'Fuad Hussein', country: 'IQ',
    names: ['فؤاد حسين', 'فؤاد محمد حسين'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: null }],
  },
  {
    id: 'IQ_ABDUL_QADIR_OBEIDI', en: 'Abdul Qadir al-Obeidi', country: 'IQ',
    names: ['عبد القادر العبيدي', 'عبد القادر محمد جاسم العبيدي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2006, to: 2010 }],
  },
  {
    id: 'IQ_SAADOUN_DULAIMI', en: 'Saadoun al-Dulaimi', country: 'IQ',
    names: ['سعدون الدليمي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع وكالة', from: 2011, to: 2014, acting: true }],
  },
  {
    id: 'IQ_KHALED_OBEIDI', en: 'Khaled al-Obeidi', country: 'IQ',
    names: ['خالد العبيدي', 'خالد متعب العبيدي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2014, to: 2016 }],
  },
  {
    id: 'IQ_HAYALI', en: 'Arfan al-Hayali', country: 'IQ',
    names: ['عرفان الحيالي', 'عرفان محمود الحيالي'],
    surnames: ['الحيالي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2017, to: 2018 }],
  },
  {
    id: 'IQ_SHAMMARI', en: 'Najah al-Shammari', country: 'IQ',
    names: ['نجاح الشمري', 'نجاح حسن علي الشمري'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2019, to: 2020 }],
  },
  {
    id: 'IQ_JUMA_INAD', en: 'Juma Inad', country: 'IQ',
    names: ['جمعة عناد', 'جمعة عناد سعدون'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2022 }],
  },
  {
    id: 'IQ_THABET_ABBASI', en: 'Thabet al-Abbasi', country: 'IQ',
    names: ['ثابت العباسي', 'ثابت محمد العباسي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2022, to: null }],
  },
  {
    id: 'IQ_MASOUD_BARZANI', en: 'Masoud Barzani', country: 'IQ',
    names: ['مسعود بارزاني', 'مسعود البارزاني'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس إقليم كردستان العراق', from: 2005, to: 2017, org: 'KRG', note: 'head of the Kurdistan Region, not of Iraq' },
      { office: 'PARTY_LEADER', title: 'رئيس الحزب الديمقراطي الكردستاني', from: 1979, to: null, org: 'KDP' },
    ],
  },
  {
    id: 'IQ_NECHIRVAN_BARZANI', en: 'Nechirvan Barzani', country: 'IQ',
    names: ['نيجيرفان بارزاني', 'نيجيرفان البارزاني'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة إقليم كردستان', from: 2012, to: 2019, org: 'KRG', note: 'head of the Kurdistan Regional Government, not of Iraq' },
      { office: 'HEAD_OF_STATE', title: 'رئيس إقليم كردستان العراق', from: 2019, to: null, org: 'KRG', note: 'head of the Kurdistan Region, not of Iraq' },
    ],
  },
  {
    id: 'IQ_MASROUR_BARZANI', en: 'Masrour Barzani', country: 'IQ',
    names: ['مسرور بارزاني', 'مسرور البارزاني'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة إقليم كردستان', from: 2019, to: null, org: 'KRG', note: 'head of the Kurdistan Regional Government, not of Iraq' },
    ],
  },
];

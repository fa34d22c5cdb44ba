import type { ActorEntry } from './types.js';

/**
 * Known holders of Saudi offices outside the Council of Ministers, 2010-2025: the emirs of the
 * thirteen regions and the deputies of the largest ones (Saudi papers name them by a bare title,
 * أمير المنطقة، نائب أمير المنطقة), the heads of the security services (public security, general
 * intelligence, state security) and the state's religious offices (the grand mufti, the presidency
 * of the two holy mosques, the Supreme Judicial Council).
 *
 * Sources: general knowledge of the royal orders appointing and relieving them (2011, February
 * 2013, 2014, January 2015, April 2017, 2018, December 2018, 2021, December 2023), checked for
 * consistency of years (a successor starts the year the predecessor leaves). Nothing was taken
 * from the development or raw articles. Left out as not vouched for: the deputy emirs of Riyadh
 * 2014-2017, of Makkah before 2015, of Madinah, of the Eastern Province 2013-2017 and of the
 * smaller regions; the directors of public security before 2012. A prince is listed by his name
 * and father's name (فيصل بن بندر) only where no other prince of the period in office is known by
 * the same two names; otherwise with his grandfather's (فيصل بن خالد بن عبد العزيز of Asir,
 * فيصل بن خالد بن سلطان of the Northern Borders). A nasab as common as محمد بن سعد or محمد بن فهد
 * (a Maghrebi surname, a Gulf namesake) is listed only with the grandfather's name. No surname is
 * listed alone.
 */
export const SAUDI_OFFICE_ACTORS: readonly ActorEntry[] = [
  // Riyadh (Salman bin Abdulaziz, emir until 2011, is listed in gulf.ts)
  {
    id: 'SA_SATTAM_BIN_ABDULAZIZ', en: 'Sattam bin Abdulaziz', country: 'SA',
    names: ['سطام بن عبد العزيز', 'سطام بن عبد العزيز آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'نائب أمير منطقة الرياض', from: 1968, to: 2011 },
      { office: 'GOVERNOR', title: 'أمير منطقة الرياض', from: 2011, to: 2013 },
    ],
  },
  {
    id: 'SA_KHALID_BIN_BANDAR', en: 'Khalid bin Bandar bin Abdulaziz', country: 'SA',
    names: ['خالد بن بندر', 'خالد بن بندر بن عبد العزيز', 'خالد بن بندر آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'أمير منطقة الرياض', from: 2013, to: 2014 },
      { office: 'AGENCY_HEAD', title: 'رئيس الاستخبارات العامة', from: 2014, to: 2015 },
      { office: 'AMBASSADOR', title: 'السفير لدى ألمانيا', from: 2017, to: 2019 },
      { office: 'AMBASSADOR', title: 'السفير لدى المملكة المتحدة', from: 2019, to: null },
    ],
  },
  {
    id: 'SA_TURKI_BIN_ABDULLAH', en: 'Turki bin Abdullah bin Abdulaziz', country: 'SA',
    names: ['تركي بن عبد الله بن عبد العزيز', 'تركي بن عبد الله بن عبد العزيز آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'نائب أمير منطقة الرياض', from: 2013, to: 2014 },
      { office: 'GOVERNOR', title: 'أمير منطقة الرياض', from: 2014, to: 2015 },
    ],
  },
  {
    id: 'SA_FAISAL_BIN_BANDAR', en: 'Faisal bin Bandar bin Abdulaziz', country: 'SA',
    names: ['فيصل بن بندر', 'فيصل بن بندر بن عبد العزيز', 'فيصل بن بندر آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'أمير منطقة القصيم', from: 1992, to: 2015 },
      { office: 'GOVERNOR', title: 'أمير منطقة الرياض', from: 2015, to: null },
    ],
  },
  {
    id: 'SA_MOHAMMED_BIN_SAAD', en: 'Muhammad bin Saad bin Abdulaziz', country: 'SA',
    names: ['محمد بن سعد بن عبد العزيز', 'محمد بن سعد بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير منطقة الرياض', from: 2011, to: 2013 }],
  },
  {
    id: 'SA_MOHAMMED_BIN_ABDULRAHMAN', en: 'Mohammed bin Abdulrahman bin Abdulaziz', country: 'SA',
    names: ['محمد بن عبد الرحمن بن عبد العزيز', 'محمد بن عبد الرحمن بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير منطقة الرياض', from: 2017, to: null }],
  },
  {
    id: 'SA_ABDULAZIZ_BIN_ABDULLAH', en: 'Abdulaziz bin Abdullah bin Abdulaziz', country: 'SA',
    names: ['عبد العزيز بن عبد الله بن عبد العزيز', 'عبد العزيز بن عبد الله بن عبد العزيز آل سعود'],
    offices: [{ office: 'MINISTER', title: 'نائب وزير الخارجية', from: 2011, to: 2015 }],
  },
  // Makkah (Khalid al-Faisal, emir 2007-2013 and from 2015, and Abdullah bin Bandar, deputy
  // 2015-2017, are listed in cabinets.ts)
  {
    id: 'SA_MISHAAL_BIN_ABDULLAH', en: 'Mishaal bin Abdullah bin Abdulaziz', country: 'SA',
    names: ['مشعل بن عبد الله بن عبد العزيز', 'مشعل بن عبد الله بن عبد العزيز آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'أمير منطقة نجران', from: 2009, to: 2013 },
      { office: 'GOVERNOR', title: 'أمير منطقة مكة المكرمة', from: 2013, to: 2015 },
    ],
  },
  {
    id: 'SA_BADR_BIN_SULTAN', en: 'Badr bin Sultan bin Abdulaziz', country: 'SA',
    names: ['بدر بن سلطان', 'بدر بن سلطان بن عبد العزيز', 'بدر بن سلطان آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير منطقة مكة المكرمة', from: 2017, to: 2023 }],
  },
  {
    id: 'SA_SAUD_BIN_MISHAAL', en: 'Saud bin Mishaal bin Abdulaziz', country: 'SA',
    names: ['سعود بن مشعل', 'سعود بن مشعل بن عبد العزيز', 'سعود بن مشعل آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير منطقة مكة المكرمة', from: 2023, to: null }],
  },
  // Madinah
  {
    id: 'SA_ABDULAZIZ_BIN_MAJID', en: 'Abdulaziz bin Majid bin Abdulaziz', country: 'SA',
    names: ['عبد العزيز بن ماجد', 'عبد العزيز بن ماجد بن عبد العزيز', 'عبد العزيز بن ماجد آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة المدينة المنورة', from: 2005, to: 2013 }],
  },
  {
    id: 'SA_FAISAL_BIN_SALMAN', en: 'Faisal bin Salman bin Abdulaziz', country: 'SA',
    names: ['فيصل بن سلمان', 'فيصل بن سلمان بن عبد العزيز', 'فيصل بن سلمان آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة المدينة المنورة', from: 2013, to: 2023 }],
  },
  {
    id: 'SA_SALMAN_BIN_SULTAN', en: 'Salman bin Sultan bin Abdulaziz', country: 'SA',
    names: ['سلمان بن سلطان', 'سلمان بن سلطان بن عبد العزيز', 'سلمان بن سلطان آل سعود'],
    offices: [
      { office: 'MINISTER', title: 'نائب وزير الدفاع', from: 2013, to: 2014 },
      { office: 'GOVERNOR', title: 'أمير منطقة المدينة المنورة', from: 2023, to: null },
    ],
  },
  // Eastern Province
  {
    id: 'SA_MOHAMMED_BIN_FAHD', en: 'Muhammad bin Fahd bin Abdulaziz', country: 'SA',
    names: ['محمد بن فهد بن عبد العزيز', 'محمد بن فهد بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير المنطقة الشرقية', from: 1985, to: 2013 }],
  },
  {
    id: 'SA_SAUD_BIN_NAYEF', en: 'Saud bin Nayef bin Abdulaziz', country: 'SA',
    names: ['سعود بن نايف', 'سعود بن نايف بن عبد العزيز', 'سعود بن نايف آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير المنطقة الشرقية', from: 2013, to: null }],
  },
  {
    id: 'SA_AHMED_BIN_FAHD', en: 'Ahmed bin Fahd bin Salman', country: 'SA',
    names: ['أحمد بن فهد بن سلمان', 'أحمد بن فهد بن سلمان بن عبد العزيز'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير المنطقة الشرقية', from: 2017, to: 2023 }],
  },
  {
    id: 'SA_SAUD_BIN_BANDAR', en: 'Saud bin Bandar bin Abdulaziz', country: 'SA',
    names: ['سعود بن بندر بن عبد العزيز', 'سعود بن بندر بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'نائب أمير المنطقة الشرقية', from: 2023, to: null }],
  },
  // Qassim (Faisal bin Bandar, emir until 2015, above)
  {
    id: 'SA_FAISAL_BIN_MISHAAL', en: 'Faisal bin Mishaal bin Saud', country: 'SA',
    names: ['فيصل بن مشعل', 'فيصل بن مشعل بن سعود', 'فيصل بن مشعل بن سعود بن عبد العزيز'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة القصيم', from: 2015, to: null }],
  },
  // Asir
  {
    id: 'SA_FAISAL_BIN_KHALID_ASIR', en: 'Faisal bin Khalid bin Abdulaziz', country: 'SA',
    names: ['فيصل بن خالد بن عبد العزيز', 'فيصل بن خالد بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة عسير', from: 2007, to: 2018 }],
  },
  {
    id: 'SA_TURKI_BIN_TALAL', en: 'Turki bin Talal bin Abdulaziz', country: 'SA',
    names: ['تركي بن طلال', 'تركي بن طلال بن عبد العزيز', 'تركي بن طلال آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة عسير', from: 2018, to: null }],
  },
  // Tabuk
  {
    id: 'SA_FAHD_BIN_SULTAN', en: 'Fahd bin Sultan bin Abdulaziz', country: 'SA',
    names: ['فهد بن سلطان', 'فهد بن سلطان بن عبد العزيز', 'فهد بن سلطان آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة تبوك', from: 1987, to: null }],
  },
  // Hail
  {
    id: 'SA_SAUD_BIN_ABDULMOHSEN', en: 'Saud bin Abdulmohsen bin Abdulaziz', country: 'SA',
    names: ['سعود بن عبد المحسن', 'سعود بن عبد المحسن بن عبد العزيز', 'سعود بن عبد المحسن آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة حائل', from: 1999, to: 2017 }],
  },
  {
    id: 'SA_ABDULAZIZ_BIN_SAAD', en: 'Abdulaziz bin Saad bin Abdulaziz', country: 'SA',
    names: ['عبد العزيز بن سعد بن عبد العزيز', 'عبد العزيز بن سعد بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة حائل', from: 2017, to: null }],
  },
  // Northern Borders
  {
    id: 'SA_ABDULLAH_BIN_ABDULAZIZ_BIN_MUSAED', en: 'Abdullah bin Abdulaziz bin Musaed', country: 'SA',
    names: ['عبد الله بن عبد العزيز بن مساعد', 'عبد الله بن عبد العزيز بن مساعد آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الحدود الشمالية', from: 2001, to: 2017 }],
  },
  {
    id: 'SA_FAISAL_BIN_KHALID_BIN_SULTAN', en: 'Faisal bin Khalid bin Sultan', country: 'SA',
    names: ['فيصل بن خالد بن سلطان', 'فيصل بن خالد بن سلطان بن عبد العزيز'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الحدود الشمالية', from: 2017, to: null }],
  },
  // Jazan
  {
    id: 'SA_MOHAMMED_BIN_NASSER', en: 'Mohammed bin Nasser bin Abdulaziz', country: 'SA',
    names: ['محمد بن ناصر بن عبد العزيز', 'محمد بن ناصر بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة جازان', from: 2001, to: null }],
  },
  // Najran (Mishaal bin Abdullah, emir 2009-2013, above)
  {
    id: 'SA_JILUWI_BIN_ABDULAZIZ', en: 'Jiluwi bin Abdulaziz bin Musaed', country: 'SA',
    names: ['جلوي بن عبد العزيز', 'جلوي بن عبد العزيز بن مساعد', 'جلوي بن عبد العزيز آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة نجران', from: 2013, to: null }],
  },
  // Al-Baha
  {
    id: 'SA_MISHARI_BIN_SAUD', en: 'Mishari bin Saud bin Abdulaziz', country: 'SA',
    names: ['مشاري بن سعود', 'مشاري بن سعود بن عبد العزيز', 'مشاري بن سعود آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الباحة', from: 1997, to: 2017 }],
  },
  {
    id: 'SA_HUSSAM_BIN_SAUD', en: 'Hussam bin Saud bin Abdulaziz', country: 'SA',
    names: ['حسام بن سعود', 'حسام بن سعود بن عبد العزيز', 'حسام بن سعود آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الباحة', from: 2017, to: null }],
  },
  // Al-Jouf
  {
    id: 'SA_FAHD_BIN_BADR', en: 'Fahd bin Badr bin Abdulaziz', country: 'SA',
    names: ['فهد بن بدر', 'فهد بن بدر بن عبد العزيز', 'فهد بن بدر آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الجوف', from: 2001, to: 2018 }],
  },
  {
    id: 'SA_FAISAL_BIN_NAWAF', en: 'Faisal bin Nawaf bin Abdulaziz', country: 'SA',
    names: ['فيصل بن نواف', 'فيصل بن نواف بن عبد العزيز', 'فيصل بن نواف آل سعود'],
    offices: [{ office: 'GOVERNOR', title: 'أمير منطقة الجوف', from: 2018, to: null }],
  },

  // Security: directors of public security, presidents of general intelligence, state security
  {
    id: 'SA_MEHREJ', en: 'Othman al-Mehrej', country: 'SA',
    names: ['عثمان المحرج', 'عثمان بن ناصر المحرج', 'عثمان ناصر المحرج'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الأمن العام', from: 2012, to: 2017 }],
  },
  {
    id: 'SA_SAUD_HILAL', en: 'Saud bin Abdulaziz Hilal', country: 'SA',
    names: ['سعود بن عبد العزيز هلال', 'سعود عبد العزيز هلال'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الأمن العام', from: 2017, to: 2018 }],
  },
  {
    id: 'SA_KHALID_QARAR_HARBI', en: 'Khalid bin Qarar al-Harbi', country: 'SA',
    names: ['خالد بن قرار الحربي', 'خالد قرار الحربي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الأمن العام', from: 2018, to: 2021 }],
  },
  {
    id: 'SA_BASSAMI', en: 'Mohammed al-Bassami', country: 'SA',
    names: ['محمد البسامي', 'محمد بن عبد الله البسامي', 'محمد عبد الله البسامي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الأمن العام', from: 2021, to: null }],
  },
  {
    id: 'SA_BANDAR_BIN_SULTAN', en: 'Bandar bin Sultan bin Abdulaziz', country: 'SA',
    names: ['بندر بن سلطان', 'بندر بن سلطان بن عبد العزيز', 'بندر بن سلطان آل سعود'],
    offices: [
      { office: 'SECURITY_ADVISER', title: 'الأمين العام لمجلس الأمن الوطني', from: 2005, to: 2015 },
      { office: 'AGENCY_HEAD', title: 'رئيس الاستخبارات العامة', from: 2012, to: 2014 },
    ],
  },
  {
    id: 'SA_HUMAIDAN', en: 'Khalid al-Humaidan', country: 'SA',
    names: ['خالد الحميدان', 'خالد بن علي الحميدان', 'خالد علي الحميدان'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس الاستخبارات العامة', from: 2015, to: null }],
  },
  {
    id: 'SA_HUWAIRINI', en: 'Abdulaziz al-Huwairini', country: 'SA',
    names: ['عبد العزيز الهويريني', 'عبد العزيز بن محمد الهويريني', 'عبد العزيز محمد الهويريني'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس أمن الدولة', from: 2017, to: null, org: 'SA_STATE_SECURITY' }],
  },

  // Religious offices: grand muftis (who chair the Council of Senior Scholars), the presidency of
  // the two holy mosques, the Supreme Judicial Council
  {
    id: 'SA_MUFTI_AL_SHEIKH', en: 'Abdulaziz bin Abdullah Al ash-Sheikh', country: 'SA',
    names: ['عبد العزيز آل الشيخ', 'عبد العزيز بن عبد الله آل الشيخ', 'عبد العزيز عبد الله آل الشيخ'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'المفتي العام للمملكة', from: 1999, to: 2025 }],
  },
  {
    id: 'SA_MUFTI_FAWZAN', en: 'Saleh al-Fawzan', country: 'SA',
    names: ['صالح الفوزان', 'صالح بن فوزان الفوزان', 'صالح فوزان الفوزان'],
    offices: [
      { office: 'RELIGIOUS_OFFICE', title: 'عضو هيئة كبار العلماء', from: 1992, to: 2025, org: 'SA_SENIOR_SCHOLARS' },
      { office: 'RELIGIOUS_OFFICE', title: 'المفتي العام للمملكة', from: 2025, to: null },
    ],
  },
  {
    id: 'SA_HUSAYEN', en: 'Saleh al-Husayen', country: 'SA',
    names: ['صالح الحصين', 'صالح بن عبد الرحمن الحصين', 'صالح عبد الرحمن الحصين'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'الرئيس العام لشؤون المسجد الحرام والمسجد النبوي', from: 2001, to: 2012 }],
  },
  {
    id: 'SA_SUDAIS', en: 'Abdulrahman al-Sudais', country: 'SA',
    names: ['عبد الرحمن السديس', 'عبد الرحمن بن عبد العزيز السديس', 'عبد الرحمن عبد العزيز السديس'],
    offices: [
      { office: 'RELIGIOUS_OFFICE', title: 'الرئيس العام لشؤون المسجد الحرام والمسجد النبوي', from: 2012, to: 2023 },
      { office: 'RELIGIOUS_OFFICE', title: 'رئيس الشؤون الدينية بالمسجد الحرام والمسجد النبوي', from: 2023, to: null },
    ],
  },
  {
    id: 'SA_BIN_HUMAID', en: 'Saleh bin Abdullah bin Humaid', country: 'SA',
    names: ['صالح بن حميد', 'صالح بن عبد الله بن حميد'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشورى', from: 2002, to: 2009, org: 'SA_SHURA' },
      { office: 'AGENCY_HEAD', title: 'رئيس المجلس الأعلى للقضاء', from: 2009, to: 2012 },
      { office: 'RELIGIOUS_OFFICE', title: 'إمام وخطيب المسجد الحرام', from: 1983, to: null },
    ],
  },
];

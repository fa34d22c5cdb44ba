import type { ActorEntry } from './types.js';

/**
 * Known ministers of the Gulf cabinets, 2010-2025, beyond the heads of state and government and
 * the foreign and defence ministers (gulf.ts): Saudi Arabia's Council of Ministers, every minister
 * with portfolio by office and years, and the ministers of state; the interior and finance
 * ministers of the other GCC states. Saudi papers name a minister by a bare title and no nisba
 * (وزير الإسكان فلان), so these names carry the state.
 *
 * Also the heads of the general authorities of a minister's rank most quoted (tourism, youth and
 * sport, entertainment, the religious police) and the ambassadors to London and Washington.
 *
 * Titles are those of the portfolio at the time (وزير التعليم العالي until 2015, وزير التعليم
 * after the merger; وزير العمل والتنمية الاجتماعية 2016-2019, وزير الموارد البشرية after). A person
 * already listed elsewhere (Muhammad bin Nayef, Nayef bin Abdulaziz, Ibrahim al-Assaf, Yousef
 * al-Othaimeen, Abdullah bin Nasser, Khalid bin Khalifa) has the term added to that entry.
 *
 * Sources: general knowledge of the royal decrees forming and reshaping the cabinets (2009, 2011,
 * December 2014, January and April 2015, May 2016, 2017, 2018, 2019-2020, 2022, 2023), checked for
 * consistency of years (a successor starts the year the predecessor leaves). Nothing was taken from
 * the development or raw articles. Left out as not vouched for: the Saudi agriculture minister of
 * 2015-2016, the Islamic affairs minister of December 2014 - January 2015, the municipal affairs
 * ministers of 2016-2020, the civil service ministers before 2011 and after 2017, the ministers of
 * information between November 2014 and January 2015; Kuwait's interior and finance ministers (too
 * many short-lived cabinets to vouch for each), Oman's interior ministers; Bahrain's finance
 * ministers before 2005. No surname is listed alone: Saudi family names are borne by many people;
 * and a name that first and last word would share with another official of the region (علي النعيمي
 * of Saudi Arabia, علي راشد النعيمي of the UAE) is listed with its nasab only.
 */
export const CABINET_ACTORS: readonly ActorEntry[] = [
  // Saudi Arabia: interior (Nayef bin Abdulaziz and Muhammad bin Nayef are listed in gulf.ts)
  {
    id: 'SA_AHMED_BIN_ABDULAZIZ', en: 'Ahmed bin Abdulaziz', country: 'SA',
    names: ['أحمد بن عبد العزيز', 'أحمد بن عبد العزيز آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2012, to: 2012 }],
  },
  {
    id: 'SA_ABDULAZIZ_BIN_SAUD', en: 'Abdulaziz bin Saud bin Nayef', country: 'SA',
    names: ['عبد العزيز بن سعود بن نايف', 'عبد العزيز بن سعود بن نايف بن عبد العزيز', 'عبد العزيز بن سعود بن نايف آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2017, to: null }],
  },
  // finance (Ibrahim al-Assaf, 1996-2016, in gulf.ts)
  {
    id: 'SA_JADAAN', en: 'Mohammed al-Jadaan', country: 'SA',
    names: ['محمد الجدعان', 'محمد بن عبد الله الجدعان', 'محمد عبد الله الجدعان'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2016, to: null },
      { office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2020, to: 2021, acting: true },
    ],
  },
  // economy and planning
  {
    id: 'SA_GOSAIBI_KHALID', en: 'Khalid al-Gosaibi', country: 'SA',
    names: ['خالد القصيبي', 'خالد بن محمد القصيبي', 'خالد محمد القصيبي'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2003, to: 2011 }],
  },
  {
    id: 'SA_JASSER_MOHAMMED', en: 'Muhammad al-Jasser', country: 'SA',
    names: ['محمد الجاسر', 'محمد بن سليمان الجاسر', 'محمد سليمان الجاسر'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2011, to: 2015 }],
  },
  {
    id: 'SA_FAKEIH', en: 'Adel Fakeih', country: 'SA',
    names: ['عادل فقيه', 'عادل بن محمد فقيه', 'عادل محمد فقيه'],
    offices: [
      { office: 'MINISTER', title: 'وزير العمل', from: 2010, to: 2015 },
      { office: 'MINISTER', title: 'وزير الصحة المكلف', from: 2014, to: 2014, acting: true },
      { office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2015, to: 2017 },
    ],
  },
  {
    id: 'SA_TUWAIJRI_MOHAMMED', en: 'Mohammed al-Tuwaijri', country: 'SA',
    names: ['محمد التويجري', 'محمد بن مزيد التويجري', 'محمد مزيد التويجري'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2017, to: 2020 }],
  },
  {
    id: 'SA_FAISAL_IBRAHIM', en: 'Faisal al-Ibrahim', country: 'SA',
    names: ['فيصل الإبراهيم', 'فيصل بن فاضل الإبراهيم', 'فيصل فاضل الإبراهيم'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والتخطيط', from: 2021, to: null }],
  },
  // education and higher education (merged in January 2015)
  {
    id: 'SA_FAISAL_BIN_ABDULLAH', en: 'Faisal bin Abdullah bin Mohammed', country: 'SA',
    names: ['فيصل بن عبد الله بن محمد', 'فيصل بن عبد الله بن محمد آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير التربية والتعليم', from: 2009, to: 2013 }],
  },
  {
    id: 'SA_KHALID_AL_FAISAL', en: 'Khalid al-Faisal', country: 'SA',
    names: ['خالد الفيصل', 'خالد الفيصل بن عبد العزيز'],
    offices: [
      { office: 'MINISTER', title: 'وزير التربية والتعليم', from: 2013, to: 2014 },
      { office: 'GOVERNOR', title: 'أمير منطقة مكة المكرمة', from: 2007, to: 2013 },
      { office: 'GOVERNOR', title: 'أمير منطقة مكة المكرمة', from: 2015, to: null },
    ],
  },
  {
    id: 'SA_ANQARI', en: 'Khalid al-Anqari', country: 'SA',
    names: ['خالد العنقري', 'خالد بن محمد العنقري', 'خالد محمد العنقري'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم العالي', from: 1991, to: 2015 }],
  },
  {
    id: 'SA_DAKHIL', en: 'Azzam al-Dakhil', country: 'SA',
    names: ['عزام الدخيل', 'عزام بن محمد الدخيل', 'عزام محمد الدخيل'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم', from: 2015, to: 2016 }],
  },
  {
    id: 'SA_ISSA_AHMED', en: 'Ahmed al-Issa', country: 'SA',
    names: ['أحمد العيسى', 'أحمد بن محمد العيسى', 'أحمد محمد العيسى'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم', from: 2016, to: 2018 }],
  },
  {
    id: 'SA_HAMAD_AL_SHEIKH', en: 'Hamad Al-Sheikh', country: 'SA',
    names: ['حمد آل الشيخ', 'حمد بن محمد آل الشيخ', 'حمد محمد آل الشيخ'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم', from: 2018, to: 2022 }],
  },
  {
    id: 'SA_BENYAN', en: 'Yousef al-Benyan', country: 'SA',
    names: ['يوسف البنيان', 'يوسف بن عبد الله البنيان', 'يوسف عبد الله البنيان'],
    offices: [{ office: 'MINISTER', title: 'وزير التعليم', from: 2022, to: null }],
  },
  // health
  {
    id: 'SA_RABEEAH_ABDULLAH', en: 'Abdullah al-Rabeeah', country: 'SA',
    names: ['عبد الله الربيعة', 'عبد الله بن عبد العزيز الربيعة', 'عبد الله عبد العزيز الربيعة'],
    offices: [{ office: 'MINISTER', title: 'وزير الصحة', from: 2009, to: 2014 }],
  },
  {
    id: 'SA_KHATEEB', en: 'Ahmed al-Khateeb', country: 'SA',
    names: ['أحمد الخطيب', 'أحمد بن عقيل الخطيب', 'أحمد عقيل الخطيب'],
    offices: [
      { office: 'MINISTER', title: 'وزير الصحة', from: 2015, to: 2015 },
      { office: 'MINISTER', title: 'وزير السياحة', from: 2020, to: null },
    ],
  },
  {
    id: 'SA_FALIH', en: 'Khalid al-Falih', country: 'SA',
    names: ['خالد الفالح', 'خالد بن عبد العزيز الفالح', 'خالد عبد العزيز الفالح'],
    offices: [
      { office: 'MINISTER', title: 'وزير الصحة', from: 2015, to: 2016 },
      { office: 'MINISTER', title: 'وزير الطاقة والصناعة والثروة المعدنية', from: 2016, to: 2019 },
      { office: 'MINISTER', title: 'وزير الاستثمار', from: 2020, to: null },
    ],
  },
  {
    id: 'SA_RABIAH_TAWFIQ', en: 'Tawfiq al-Rabiah', country: 'SA',
    names: ['توفيق الربيعة', 'توفيق بن فوزان الربيعة', 'توفيق فوزان الربيعة'],
    offices: [
      { office: 'MINISTER', title: 'وزير التجارة والصناعة', from: 2011, to: 2016 },
      { office: 'MINISTER', title: 'وزير الصحة', from: 2016, to: 2022 },
      { office: 'MINISTER', title: 'وزير الحج والعمرة', from: 2021, to: null },
    ],
  },
  {
    id: 'SA_JALAJEL', en: 'Fahad al-Jalajel', country: 'SA',
    names: ['فهد الجلاجل', 'فهد بن عبد الرحمن الجلاجل', 'فهد عبد الرحمن الجلاجل'],
    offices: [{ office: 'MINISTER', title: 'وزير الصحة', from: 2022, to: null }],
  },
  // hajj
  {
    id: 'SA_FARSI', en: 'Fouad al-Farsi', country: 'SA',
    names: ['فؤاد الفارسي', 'فؤاد بن عبد السلام الفارسي', 'فؤاد عبد السلام الفارسي'],
    offices: [{ office: 'MINISTER', title: 'وزير الحج', from: 2005, to: 2011 }],
  },
  {
    id: 'SA_HAJJAR', en: 'Bandar Hajjar', country: 'SA',
    names: ['بندر حجار', 'بندر بن محمد حجار', 'بندر محمد حجار'],
    offices: [{ office: 'MINISTER', title: 'وزير الحج', from: 2011, to: 2016 }],
  },
  {
    id: 'SA_BENTEN', en: 'Mohammed Saleh Benten', country: 'SA',
    names: ['محمد بنتن', 'محمد صالح بنتن', 'محمد بن صالح بنتن'],
    offices: [{ office: 'MINISTER', title: 'وزير الحج والعمرة', from: 2016, to: 2021 }],
  },
  // housing, municipal and rural affairs (joined in 2021)
  {
    id: 'SA_DUWAIHI', en: 'Shuwaish al-Duwaihi', country: 'SA',
    names: ['شويش الضويحي', 'شويش بن سعود الضويحي', 'شويش سعود الضويحي'],
    offices: [{ office: 'MINISTER', title: 'وزير الإسكان', from: 2011, to: 2015 }],
  },
  {
    id: 'SA_ESSAM_BIN_SAEED', en: 'Essam bin Saeed', country: 'SA',
    names: ['عصام بن سعيد', 'عصام بن سعد بن سعيد'],
    offices: [
      { office: 'MINISTER', title: 'وزير الدولة', from: 2009, to: 2015 },
      { office: 'MINISTER', title: 'وزير الإسكان', from: 2015, to: 2015 },
    ],
  },
  {
    id: 'SA_HOGAIL', en: 'Majed al-Hogail', country: 'SA',
    names: ['ماجد الحقيل', 'ماجد بن عبد الله الحقيل', 'ماجد عبد الله الحقيل'],
    offices: [
      { office: 'MINISTER', title: 'وزير الإسكان', from: 2015, to: 2021 },
      { office: 'MINISTER', title: 'وزير الشؤون البلدية والقروية والإسكان', from: 2021, to: null },
    ],
  },
  {
    id: 'SA_MANSOUR_BIN_MUTAIB', en: 'Mansour bin Mutaib', country: 'SA',
    names: ['منصور بن متعب', 'منصور بن متعب بن عبد العزيز', 'منصور بن متعب آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون البلدية والقروية', from: 2009, to: 2015 }],
  },
  {
    // not the Islamic affairs minister below, his namesake: the short form is left to the latter
    id: 'SA_ABDULLATIF_BIN_ABDULMALIK', en: 'Abdullatif bin Abdulmalik Al-Sheikh', country: 'SA',
    names: ['عبد اللطيف بن عبد الملك آل الشيخ', 'عبد اللطيف عبد الملك آل الشيخ'],
    offices: [{ office: 'MINISTER', title: 'وزير الشؤون البلدية والقروية', from: 2015, to: 2016 }],
  },
  {
    id: 'SA_ABDULLATIF_AL_SHEIKH', en: 'Abdullatif bin Abdulaziz Al-Sheikh', country: 'SA',
    names: ['عبد اللطيف آل الشيخ', 'عبد اللطيف بن عبد العزيز آل الشيخ', 'عبد اللطيف عبد العزيز آل الشيخ'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر', from: 2012, to: 2015 },
      { office: 'MINISTER', title: 'وزير الشؤون الإسلامية والدعوة والإرشاد', from: 2018, to: null },
    ],
  },
  // labour, social affairs, civil service (joined as human resources and social development)
  {
    id: 'SA_GOSAIBI_GHAZI', en: 'Ghazi al-Gosaibi', country: 'SA',
    names: ['غازي القصيبي', 'غازي بن عبد الرحمن القصيبي', 'غازي عبد الرحمن القصيبي'],
    offices: [{ office: 'MINISTER', title: 'وزير العمل', from: 2005, to: 2010 }],
  },
  {
    id: 'SA_HAQBANI', en: 'Mufrej al-Haqbani', country: 'SA',
    names: ['مفرج الحقباني', 'مفرج بن سعد الحقباني', 'مفرج سعد الحقباني'],
    offices: [{ office: 'MINISTER', title: 'وزير العمل', from: 2015, to: 2016 }],
  },
  {
    id: 'SA_GHAFIS', en: 'Ali al-Ghafis', country: 'SA',
    names: ['علي الغفيص', 'علي بن ناصر الغفيص', 'علي ناصر الغفيص'],
    offices: [{ office: 'MINISTER', title: 'وزير العمل والتنمية الاجتماعية', from: 2016, to: 2018 }],
  },
  {
    id: 'SA_RAJHI_AHMED', en: 'Ahmed al-Rajhi', country: 'SA',
    names: ['أحمد الراجحي', 'أحمد بن سليمان الراجحي', 'أحمد سليمان الراجحي'],
    offices: [{ office: 'MINISTER', title: 'وزير الموارد البشرية والتنمية الاجتماعية', from: 2018, to: null }],
  },
  {
    id: 'SA_QASABI', en: 'Majid al-Qasabi', country: 'SA',
    names: ['ماجد القصبي', 'ماجد بن عبد الله القصبي', 'ماجد عبد الله القصبي'],
    offices: [
      { office: 'MINISTER', title: 'وزير الشؤون الاجتماعية', from: 2015, to: 2016 },
      { office: 'MINISTER', title: 'وزير التجارة والاستثمار', from: 2016, to: null },
      { office: 'MINISTER', title: 'وزير الإعلام المكلف', from: 2020, to: 2023, acting: true },
    ],
  },
  {
    id: 'SA_BARRAK', en: 'Abdulrahman al-Barrak', country: 'SA',
    names: ['عبد الرحمن البراك', 'عبد الرحمن بن عبد الله البراك', 'عبد الرحمن عبد الله البراك'],
    offices: [{ office: 'MINISTER', title: 'وزير الخدمة المدنية', from: 2011, to: 2015 }],
  },
  {
    id: 'SA_ARJ', en: 'Khalid al-Arj', country: 'SA',
    names: ['خالد العرج', 'خالد بن عبد الله العرج', 'خالد عبد الله العرج'],
    offices: [{ office: 'MINISTER', title: 'وزير الخدمة المدنية', from: 2015, to: 2017 }],
  },
  // commerce (Tawfiq al-Rabiah and Majid al-Qasabi above)
  {
    id: 'SA_ZAINAL', en: 'Abdullah Zainal Alireza', country: 'SA',
    names: ['عبد الله زينل', 'عبد الله زينل علي رضا', 'عبد الله بن أحمد زينل'],
    offices: [{ office: 'MINISTER', title: 'وزير التجارة والصناعة', from: 2008, to: 2011 }],
  },
  // justice
  {
    id: 'SA_ISSA_MOHAMMED', en: 'Mohammed al-Issa', country: 'SA',
    names: ['محمد العيسى', 'محمد بن عبد الكريم العيسى', 'محمد عبد الكريم العيسى'],
    offices: [{ office: 'MINISTER', title: 'وزير العدل', from: 2009, to: 2015 }],
  },
  {
    id: 'SA_SAMAANI', en: 'Walid al-Samaani', country: 'SA',
    names: ['وليد الصمعاني', 'وليد بن محمد الصمعاني', 'وليد محمد الصمعاني'],
    offices: [{ office: 'MINISTER', title: 'وزير العدل', from: 2015, to: null }],
  },
  // Islamic affairs (Abdullatif Al-Sheikh above)
  {
    id: 'SA_SALEH_AL_SHEIKH', en: 'Saleh Al-Sheikh', country: 'SA',
    names: ['صالح آل الشيخ', 'صالح بن عبد العزيز آل الشيخ', 'صالح عبد العزيز آل الشيخ'],
    offices: [
      { office: 'MINISTER', title: 'وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد', from: 1999, to: 2014 },
      { office: 'MINISTER', title: 'وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد', from: 2015, to: 2018 },
      { office: 'MINISTER', title: 'وزير الدولة', from: 2018, to: null },
    ],
  },
  // culture and information, media, culture
  {
    id: 'SA_KHOJA', en: 'Abdulaziz Khoja', country: 'SA',
    names: ['عبد العزيز خوجة', 'عبد العزيز بن محيي الدين خوجة', 'عبد العزيز محيي الدين خوجة'],
    offices: [{ office: 'MINISTER', title: 'وزير الثقافة والإعلام', from: 2009, to: 2014 }],
  },
  {
    id: 'SA_TURAIFI', en: 'Adel al-Toraifi', country: 'SA',
    names: ['عادل الطريفي', 'عادل بن زيد الطريفي', 'عادل زيد الطريفي'],
    offices: [{ office: 'MINISTER', title: 'وزير الثقافة والإعلام', from: 2015, to: 2017 }],
  },
  {
    id: 'SA_AWWAD', en: 'Awwad al-Awwad', country: 'SA',
    names: ['عواد العواد', 'عواد بن صالح العواد', 'عواد صالح العواد'],
    offices: [{ office: 'MINISTER', title: 'وزير الثقافة والإعلام', from: 2017, to: 2018 }],
  },
  {
    id: 'SA_SHABANAH', en: 'Turki al-Shabanah', country: 'SA',
    names: ['تركي الشبانة', 'تركي بن عبد الله الشبانة', 'تركي عبد الله الشبانة'],
    offices: [{ office: 'MINISTER', title: 'وزير الإعلام', from: 2018, to: 2020 }],
  },
  {
    id: 'SA_DOSSARY_SALMAN', en: 'Salman al-Dossary', country: 'SA',
    names: ['سلمان الدوسري', 'سلمان بن يوسف الدوسري', 'سلمان يوسف الدوسري'],
    offices: [{ office: 'MINISTER', title: 'وزير الإعلام', from: 2023, to: null }],
  },
  {
    id: 'SA_BADR_BIN_FARHAN', en: 'Badr bin Abdullah bin Farhan', country: 'SA',
    names: ['بدر بن عبد الله بن فرحان', 'بدر بن عبد الله بن محمد بن فرحان', 'بدر بن عبد الله بن فرحان آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الثقافة', from: 2018, to: null }],
  },
  // energy, petroleum, industry
  {
    id: 'SA_NAIMI', en: 'Ali al-Naimi', country: 'SA',
    names: ['علي بن إبراهيم النعيمي'],
    offices: [{ office: 'MINISTER', title: 'وزير البترول والثروة المعدنية', from: 1995, to: 2016 }],
  },
  {
    id: 'SA_ABDULAZIZ_BIN_SALMAN', en: 'Abdulaziz bin Salman', country: 'SA',
    names: ['عبد العزيز بن سلمان', 'عبد العزيز بن سلمان بن عبد العزيز', 'عبد العزيز بن سلمان آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الطاقة', from: 2019, to: null }],
  },
  {
    id: 'SA_KHORAYEF', en: 'Bandar al-Khorayef', country: 'SA',
    names: ['بندر الخريف', 'بندر بن إبراهيم الخريف', 'بندر إبراهيم الخريف'],
    offices: [{ office: 'MINISTER', title: 'وزير الصناعة والثروة المعدنية', from: 2019, to: null }],
  },
  {
    id: 'SA_HUSSAYEN', en: 'Abdullah al-Hussayen', country: 'SA',
    names: ['عبد الله الحصين', 'عبد الله بن عبد الرحمن الحصين', 'عبد الله عبد الرحمن الحصين'],
    offices: [{ office: 'MINISTER', title: 'وزير المياه والكهرباء', from: 2004, to: 2016 }],
  },
  // transport, communications
  {
    id: 'SA_SURAISRY', en: 'Jubara al-Suraisry', country: 'SA',
    names: ['جبارة الصريصري', 'جبارة بن عيد الصريصري', 'جبارة عيد الصريصري'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2007, to: 2014 }],
  },
  {
    id: 'SA_MUQBEL', en: 'Abdullah al-Muqbel', country: 'SA',
    names: ['عبد الله المقبل', 'عبد الله بن عبد الرحمن المقبل', 'عبد الله عبد الرحمن المقبل'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2014, to: 2016 }],
  },
  {
    id: 'SA_HAMDAN_SULAIMAN', en: 'Sulaiman al-Hamdan', country: 'SA',
    names: ['سليمان الحمدان', 'سليمان بن عبد الله الحمدان', 'سليمان عبد الله الحمدان'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2016, to: 2018 }],
  },
  {
    id: 'SA_AMOUDI_NABIL', en: 'Nabil al-Amoudi', country: 'SA',
    names: ['نبيل العامودي', 'نبيل بن محمد العامودي', 'نبيل محمد العامودي'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل', from: 2018, to: 2019 }],
  },
  {
    id: 'SA_JASSER_SALEH', en: 'Saleh al-Jasser', country: 'SA',
    names: ['صالح الجاسر', 'صالح بن ناصر الجاسر', 'صالح ناصر الجاسر'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل والخدمات اللوجستية', from: 2019, to: null }],
  },
  {
    id: 'SA_MULLA', en: 'Mohammed Jamil Mulla', country: 'SA',
    names: ['محمد جميل ملا', 'محمد بن جميل ملا', 'محمد جميل بن أحمد ملا'],
    offices: [{ office: 'MINISTER', title: 'وزير الاتصالات وتقنية المعلومات', from: 2003, to: 2015 }],
  },
  {
    id: 'SA_SUWAIYEL', en: 'Mohammed al-Suwaiyel', country: 'SA',
    names: ['محمد السويل', 'محمد بن إبراهيم السويل', 'محمد إبراهيم السويل'],
    offices: [{ office: 'MINISTER', title: 'وزير الاتصالات وتقنية المعلومات', from: 2015, to: 2017 }],
  },
  {
    id: 'SA_SWAHA', en: 'Abdullah al-Swaha', country: 'SA',
    names: ['عبد الله السواحه', 'عبد الله السواحة', 'عبد الله بن عامر السواحه', 'عبد الله بن عامر السواحة', 'عبد الله عامر السواحه'],
    offices: [{ office: 'MINISTER', title: 'وزير الاتصالات وتقنية المعلومات', from: 2017, to: null }],
  },
  // agriculture, environment and water
  {
    id: 'SA_BALGHUNAIM', en: 'Fahd Balghunaim', country: 'SA',
    names: ['فهد بالغنيم', 'فهد بن عبد الرحمن بالغنيم', 'فهد عبد الرحمن بالغنيم'],
    offices: [{ office: 'MINISTER', title: 'وزير الزراعة', from: 2003, to: 2015 }],
  },
  {
    id: 'SA_FADLEY', en: 'Abdulrahman al-Fadley', country: 'SA',
    names: ['عبد الرحمن الفضلي', 'عبد الرحمن بن عبد المحسن الفضلي', 'عبد الرحمن عبد المحسن الفضلي'],
    offices: [{ office: 'MINISTER', title: 'وزير البيئة والمياه والزراعة', from: 2016, to: null }],
  },
  // National Guard
  {
    id: 'SA_MUTAIB_BIN_ABDULLAH', en: 'Mutaib bin Abdullah', country: 'SA',
    names: ['متعب بن عبد الله', 'متعب بن عبد الله بن عبد العزيز', 'متعب بن عبد الله آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الحرس الوطني', from: 2013, to: 2017 }],
  },
  {
    id: 'SA_BIN_AYYAF', en: 'Khalid bin Abdulaziz bin Ayyaf', country: 'SA',
    names: ['خالد بن عبد العزيز بن عياف', 'خالد بن عياف'],
    offices: [{ office: 'MINISTER', title: 'وزير الحرس الوطني', from: 2017, to: 2018 }],
  },
  {
    id: 'SA_ABDULLAH_BIN_BANDAR', en: 'Abdullah bin Bandar', country: 'SA',
    names: ['عبد الله بن بندر', 'عبد الله بن بندر بن عبد العزيز', 'عبد الله بن بندر آل سعود'],
    offices: [
      { office: 'GOVERNOR', title: 'نائب أمير منطقة مكة المكرمة', from: 2015, to: 2017 },
      { office: 'MINISTER', title: 'وزير الحرس الوطني', from: 2018, to: null },
    ],
  },
  // sport (a general authority until 2020)
  {
    id: 'SA_ABDULAZIZ_BIN_TURKI', en: 'Abdulaziz bin Turki Al-Faisal', country: 'SA',
    names: ['عبد العزيز بن تركي الفيصل', 'عبد العزيز بن تركي بن فيصل', 'عبد العزيز بن تركي الفيصل آل سعود'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس الهيئة العامة للرياضة', from: 2018, to: 2020 },
      { office: 'MINISTER', title: 'وزير الرياضة', from: 2020, to: null },
    ],
  },
  // heads of general authorities of a minister's rank, and ambassadors (Adel al-Jubeir's in gulf.ts)
  {
    id: 'SA_SULTAN_BIN_SALMAN', en: 'Sultan bin Salman', country: 'SA',
    names: ['سلطان بن سلمان', 'سلطان بن سلمان بن عبد العزيز', 'سلطان بن سلمان آل سعود'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس الهيئة العامة للسياحة والتراث الوطني', from: 2000, to: 2018 }],
  },
  {
    id: 'SA_ABDULLAH_BIN_MUSAED', en: 'Abdullah bin Musaed', country: 'SA',
    names: ['عبد الله بن مساعد', 'عبد الله بن مساعد بن عبد العزيز', 'عبد الله بن مساعد آل سعود'],
    offices: [{ office: 'AGENCY_HEAD', title: 'الرئيس العام لرعاية الشباب', from: 2014, to: 2017 }],
  },
  {
    id: 'SA_TURKI_AL_SHEIKH', en: 'Turki Al-Sheikh', country: 'SA',
    names: ['تركي آل الشيخ', 'تركي بن عبد المحسن آل الشيخ', 'تركي عبد المحسن آل الشيخ'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس الهيئة العامة للرياضة', from: 2017, to: 2018 },
      { office: 'AGENCY_HEAD', title: 'رئيس مجلس إدارة الهيئة العامة للترفيه', from: 2018, to: null },
    ],
  },
  {
    id: 'SA_MOHAMMED_BIN_NAWAF', en: 'Mohammed bin Nawaf', country: 'SA',
    names: ['محمد بن نواف', 'محمد بن نواف بن عبد العزيز', 'محمد بن نواف آل سعود'],
    offices: [{ office: 'AMBASSADOR', title: 'السفير السعودي لدى المملكة المتحدة', from: 2005, to: 2019 }],
  },
  {
    id: 'SA_REEMA', en: 'Reema bint Bandar', country: 'SA',
    names: ['ريما بنت بندر', 'ريما بنت بندر بن سلطان', 'ريما بنت بندر آل سعود'],
    offices: [{ office: 'AMBASSADOR', title: 'السفيرة السعودية لدى الولايات المتحدة', from: 2019, to: null }],
  },

  // ministers of state
  {
    id: 'SA_MADANI_NIZAR', en: 'Nizar Madani', country: 'SA',
    names: ['نزار مدني', 'نزار بن عبيد مدني', 'نزار عبيد مدني'],
    offices: [{ office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزير الدولة للشؤون الخارجية', from: 2005, to: 2018 }],
  },
  {
    id: 'SA_AIBAN', en: 'Musaed al-Aiban', country: 'SA',
    names: ['مساعد العيبان', 'مساعد بن محمد العيبان', 'مساعد محمد العيبان'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة', from: 2011, to: null }],
  },
  {
    id: 'SA_TURKI_BIN_MOHAMMED', en: 'Turki bin Mohammed bin Fahd', country: 'SA',
    names: ['تركي بن محمد بن فهد', 'تركي بن محمد بن فهد بن عبد العزيز', 'تركي بن محمد بن فهد آل سعود'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة', from: 2017, to: null }],
  },

  // United Arab Emirates
  {
    id: 'AE_SAIF_BIN_ZAYED', en: 'Saif bin Zayed', country: 'AE',
    names: ['سيف بن زايد', 'سيف بن زايد آل نهيان'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2004, to: null }],
  },
  {
    id: 'AE_HAMDAN_BIN_RASHID', en: 'Hamdan bin Rashid', country: 'AE',
    names: ['حمدان بن راشد', 'حمدان بن راشد آل مكتوم'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 1971, to: 2021 }],
  },
  {
    id: 'AE_MAKTOUM_BIN_MOHAMMED', en: 'Maktoum bin Mohammed bin Rashid', country: 'AE',
    names: ['مكتوم بن محمد بن راشد', 'مكتوم بن محمد بن راشد آل مكتوم', 'مكتوم بن محمد آل مكتوم'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2021, to: null }],
  },
  {
    id: 'AE_TAYER', en: 'Obaid al-Tayer', country: 'AE',
    names: ['عبيد الطاير', 'عبيد حميد الطاير', 'عبيد بن حميد الطاير'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة للشؤون المالية', from: 2008, to: null }],
  },

  // Qatar (Abdullah bin Nasser and Khalid bin Khalifa, interior ministers as prime ministers, in gulf.ts)
  {
    id: 'QA_ABDULLAH_BIN_KHALID', en: 'Abdullah bin Khalid Al Thani', country: 'QA',
    names: ['عبد الله بن خالد آل ثاني', 'عبد الله بن خالد بن حمد آل ثاني'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 1996, to: 2013 }],
  },
  {
    id: 'QA_KHALIFA_BIN_HAMAD_BIN_KHALIFA', en: 'Khalifa bin Hamad bin Khalifa Al Thani', country: 'QA',
    names: ['خليفة بن حمد بن خليفة', 'خليفة بن حمد بن خليفة آل ثاني'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2023, to: null }],
  },
  {
    id: 'QA_KAMAL', en: 'Youssef Hussein Kamal', country: 'QA',
    names: ['يوسف حسين كمال'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد والمالية', from: 1998, to: 2013 }],
  },
  {
    id: 'QA_EMADI', en: 'Ali Sherif al-Emadi', country: 'QA',
    names: ['علي شريف العمادي'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2013, to: 2021 }],
  },
  {
    id: 'QA_KUWARI_ALI', en: 'Ali bin Ahmed al-Kuwari', country: 'QA',
    names: ['علي بن أحمد الكواري', 'علي أحمد الكواري'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2021, to: null }],
  },

  // Bahrain
  {
    id: 'BH_RASHID_BIN_ABDULLAH', en: 'Rashid bin Abdullah Al Khalifa', country: 'BH',
    names: ['راشد بن عبد الله آل خليفة', 'راشد بن عبد الله بن أحمد آل خليفة'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية', from: 2004, to: null }],
  },
  {
    id: 'BH_AHMED_BIN_MOHAMMED', en: 'Ahmed bin Mohammed Al Khalifa', country: 'BH',
    names: ['أحمد بن محمد آل خليفة', 'أحمد بن محمد بن حمد آل خليفة'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2005, to: 2017 }],
  },
  {
    id: 'BH_SALMAN_BIN_KHALIFA', en: 'Salman bin Khalifa Al Khalifa', country: 'BH',
    names: ['سلمان بن خليفة آل خليفة', 'سلمان بن خليفة بن سلمان آل خليفة'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية والاقتصاد الوطني', from: 2017, to: null }],
  },

  // Oman
  {
    id: 'OM_BALUSHI', en: 'Darwish al-Balushi', country: 'OM',
    names: ['درويش البلوشي', 'درويش بن إسماعيل البلوشي', 'درويش إسماعيل البلوشي'],
    offices: [{ office: 'MINISTER', title: 'الوزير المسؤول عن الشؤون المالية', from: 2008, to: 2020 }],
  },
  {
    id: 'OM_HABSI', en: 'Sultan al-Habsi', country: 'OM',
    names: ['سلطان الحبسي', 'سلطان بن سالم الحبسي', 'سلطان سالم الحبسي'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية', from: 2020, to: null }],
  },
];

import type { ActorEntry } from './types.js';

/**
 * Known actors of the Gulf states and Yemen, 2010-2025: heads of state and government, crown
 * princes, foreign and defence ministers (and ministers of state for foreign or defence affairs
 * where the state has them), with the rival authorities of Yemen marked in `note`.
 *
 * Sources: general knowledge of the cabinets of these states, checked for consistency of years
 * between offices (a minister's successor starts the year the predecessor leaves), and spellings
 * compared with the UniversalPetrarch Arabic actor dictionary (openeventdata/UniversalPetrarch,
 * MIT, ../shared/reference/universal-petrarch-ar), whose forms were reviewed one by one. Nothing
 * was taken from the development articles. Where a holder could not be vouched for (Kuwaiti and
 * Bahraini defence ministers but two, Houthi defence and foreign ministers after 2024) it is left
 * out rather than guessed.
 *
 * Royal names are listed with and without the family name (محمد بن سلمان، محمد بن سلمان آل سعود):
 * the "X bin Y" chain is the name news uses; the family name alone is never a key.
 */
export const GULF_ACTORS: readonly ActorEntry[] = [
  // Saudi Arabia
  {
    id: 'SA_KING_ABDULLAH', en: 'King Abdullah bin Abdulaziz', country: 'SA',
    names: ['عبد الله بن عبد العزيز', 'عبد الله بن عبد العزيز آل سعود'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الملك', from: 2005, to: 2015 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2005, to: 2015 },
    ],
  },
  {
    id: 'SA_KING_SALMAN', en: 'King Salman bin Abdulaziz', country: 'SA',
    names: ['سلمان بن عبد العزيز', 'سلمان بن عبد العزيز آل سعود'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2015 },
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2012, to: 2015 },
      { office: 'HEAD_OF_STATE', title: 'الملك', from: 2015, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2015, to: 2022 },
    ],
  },
  {
    id: 'SA_SULTAN', en: 'Crown Prince Sultan bin Abdulaziz', country: 'SA',
    names: ['سلطان بن عبد العزيز', 'سلطان بن عبد العزيز آل سعود'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2005, to: 2011 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع والطيران', from: 1962, to: 2011 },
    ],
  },
  {
    id: 'SA_NAYEF', en: 'Crown Prince Nayef bin Abdulaziz', country: 'SA',
    names: ['نايف بن عبد العزيز', 'نايف بن عبد العزيز آل سعود'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2011, to: 2012 },
      { office: 'MINISTER', title: 'وزير الداخلية', from: 1975, to: 2012 },
    ],
  },
  {
    id: 'SA_MUQRIN', en: 'Muqrin bin Abdulaziz', country: 'SA',
    names: ['مقرن بن عبد العزيز', 'مقرن بن عبد العزيز آل سعود'],
    offices: [
      { office: 'DEPUTY_CROWN_PRINCE', title: 'ولي ولي العهد', from: 2014, to: 2015 },
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2015, to: 2015 },
    ],
  },
  {
    id: 'SA_MBN', en: 'Muhammad bin Nayef', country: 'SA',
    names: ['محمد بن نايف', 'محمد بن نايف بن عبد العزيز', 'محمد بن نايف آل سعود'],
    offices: [
      { office: 'DEPUTY_CROWN_PRINCE', title: 'ولي ولي العهد', from: 2015, to: 2015 },
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2015, to: 2017 },
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2012, to: 2017 },
    ],
  },
  {
    id: 'SA_MBS', en: 'Mohammed bin Salman', country: 'SA',
    names: ['محمد بن سلمان', 'محمد بن سلمان بن عبد العزيز', 'محمد بن سلمان آل سعود'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2015, to: 2022 },
      { office: 'DEPUTY_CROWN_PRINCE', title: 'ولي ولي العهد', from: 2015, to: 2017 },
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2017, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2022, to: null },
    ],
  },
  {
    id: 'SA_KHALID_BIN_SALMAN', en: 'Khalid bin Salman', country: 'SA',
    names: ['خالد بن سلمان', 'خالد بن سلمان بن عبد العزيز', 'خالد بن سلمان آل سعود'],
    offices: [
      { office: 'AMBASSADOR', title: 'السفير السعودي لدى الولايات المتحدة', from: 2017, to: 2019 },
      { office: 'MINISTER', title: 'نائب وزير الدفاع', from: 2019, to: 2022 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2022, to: null },
    ],
  },
  {
    id: 'SA_SAUD_AL_FAISAL', en: 'Saud al-Faisal', country: 'SA',
    names: ['سعود الفيصل', 'سعود الفيصل بن عبد العزيز'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 1975, to: 2015 }],
  },
  {
    id: 'SA_JUBEIR', en: 'Adel al-Jubeir', country: 'SA',
    names: ['عادل الجبير', 'عادل بن أحمد الجبير', 'عادل أحمد الجبير'],
    surnames: ['الجبير'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2018 },
      { office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزير الدولة للشؤون الخارجية', from: 2018, to: null },
      { office: 'AMBASSADOR', title: 'السفير السعودي لدى الولايات المتحدة', from: 2007, to: 2015 },
    ],
  },
  {
    id: 'SA_ASSAF', en: 'Ibrahim al-Assaf', country: 'SA',
    names: ['إبراهيم العساف', 'إبراهيم بن عبد العزيز العساف'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 1996, to: 2016 },
      { office: 'MINISTER', title: 'وزير الدولة', from: 2016, to: 2018 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2018, to: 2019 },
    ],
  },
  {
    id: 'SA_FAISAL_BIN_FARHAN', en: 'Faisal bin Farhan', country: 'SA',
    names: ['فيصل بن فرحان', 'فيصل بن فرحان آل سعود', 'فيصل بن فرحان بن عبد الله'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2019, to: null }],
  },

  // United Arab Emirates
  {
    id: 'AE_KHALIFA_BIN_ZAYED', en: 'Khalifa bin Zayed', country: 'AE',
    names: ['خليفة بن زايد', 'خليفة بن زايد آل نهيان'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس الدولة', from: 2004, to: 2022 }],
  },
  {
    id: 'AE_MBZ', en: 'Mohamed bin Zayed', country: 'AE',
    names: ['محمد بن زايد', 'محمد بن زايد آل نهيان'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي عهد أبوظبي', from: 2004, to: 2022 },
      { office: 'HEAD_OF_STATE', title: 'رئيس الدولة', from: 2022, to: null },
    ],
  },
  {
    id: 'AE_MBR', en: 'Mohammed bin Rashid', country: 'AE',
    names: ['محمد بن راشد', 'محمد بن راشد آل مكتوم'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الدولة', from: 2006, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2006, to: null },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 1971, to: 2024 },
    ],
  },
  {
    id: 'AE_HAMDAN_BIN_MOHAMMED', en: 'Hamdan bin Mohammed bin Rashid', country: 'AE',
    names: ['حمدان بن محمد بن راشد', 'حمدان بن محمد بن راشد آل مكتوم', 'حمدان بن محمد آل مكتوم'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي عهد دبي', from: 2008, to: null },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null },
    ],
  },
  {
    id: 'AE_KHALED_BIN_MOHAMED', en: 'Khaled bin Mohamed bin Zayed', country: 'AE',
    names: ['خالد بن محمد بن زايد', 'خالد بن محمد بن زايد آل نهيان'],
    offices: [{ office: 'CROWN_PRINCE', title: 'ولي عهد أبوظبي', from: 2023, to: null }],
  },
  {
    id: 'AE_ABDULLAH_BIN_ZAYED', en: 'Abdullah bin Zayed', country: 'AE',
    names: ['عبد الله بن زايد', 'عبد الله بن زايد آل نهيان'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2006, to: null }],
  },
  {
    id: 'AE_GARGASH', en: 'Anwar Gargash', country: 'AE',
    names: ['أنور قرقاش', 'أنور محمد قرقاش', 'أنور بن محمد قرقاش'],
    surnames: ['قرقاش'],
    offices: [{ office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزير الدولة للشؤون الخارجية', from: 2008, to: 2021 }],
  },
  {
    id: 'AE_MARAR', en: 'Khalifa Shaheen al-Marar', country: 'AE',
    names: ['خليفة شاهين المرر', 'خليفة بن شاهين المرر'],
    surnames: ['المرر'],
    offices: [{ office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزير دولة', from: 2021, to: null }],
  },

  // Qatar
  {
    id: 'QA_HAMAD_BIN_KHALIFA', en: 'Hamad bin Khalifa', country: 'QA',
    names: ['حمد بن خليفة', 'حمد بن خليفة آل ثاني'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'أمير قطر', from: 1995, to: 2013 }],
  },
  {
    id: 'QA_TAMIM', en: 'Tamim bin Hamad', country: 'QA',
    names: ['تميم بن حمد', 'تميم بن حمد آل ثاني'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2003, to: 2013 },
      { office: 'HEAD_OF_STATE', title: 'أمير قطر', from: 2013, to: null },
    ],
  },
  {
    id: 'QA_HBJ', en: 'Hamad bin Jassim', country: 'QA',
    names: ['حمد بن جاسم', 'حمد بن جاسم بن جبر', 'حمد بن جاسم آل ثاني', 'حمد بن جاسم بن جبر آل ثاني'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 1992, to: 2013 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2007, to: 2013 },
    ],
  },
  {
    id: 'QA_ABDULLAH_BIN_NASSER', en: 'Abdullah bin Nasser bin Khalifa', country: 'QA',
    names: ['عبد الله بن ناصر بن خليفة', 'عبد الله بن ناصر بن خليفة آل ثاني', 'عبد الله بن ناصر آل ثاني'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2013, to: 2020 },
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2013, to: 2020 },
    ],
  },
  {
    id: 'QA_KHALID_BIN_KHALIFA', en: 'Khalid bin Khalifa bin Abdulaziz', country: 'QA',
    names: ['خالد بن خليفة بن عبد العزيز', 'خالد بن خليفة بن عبد العزيز آل ثاني', 'خالد بن خليفة آل ثاني'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2020, to: 2023 },
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2020, to: 2023 },
    ],
  },
  {
    id: 'QA_MOHAMMED_BIN_ABDULRAHMAN', en: 'Mohammed bin Abdulrahman Al Thani', country: 'QA',
    names: ['محمد بن عبد الرحمن آل ثاني', 'محمد بن عبد الرحمن بن جاسم آل ثاني', 'محمد بن عبد الرحمن'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2016, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2023, to: null },
    ],
  },
  {
    id: 'QA_KHALID_ATTIYAH', en: 'Khalid al-Attiyah', country: 'QA',
    names: ['خالد العطية', 'خالد بن محمد العطية'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2016 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدولة لشؤون الدفاع', from: 2016, to: 2024 },
    ],
  },
  {
    id: 'QA_HAMAD_BIN_ALI_ATTIYAH', en: 'Hamad bin Ali al-Attiyah', country: 'QA',
    names: ['حمد بن علي العطية'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدولة لشؤون الدفاع', from: 2013, to: 2016 }],
  },
  {
    id: 'QA_SAOUD_BIN_ABDULRAHMAN', en: 'Saoud bin Abdulrahman Al Thani', country: 'QA',
    names: ['سعود بن عبد الرحمن آل ثاني', 'سعود بن عبد الرحمن بن حسن آل ثاني'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدولة لشؤون الدفاع', from: 2024, to: null }],
  },
  {
    id: 'QA_KHULAIFI', en: 'Mohammed al-Khulaifi', country: 'QA',
    names: ['محمد الخليفي', 'محمد بن عبد العزيز الخليفي', 'محمد بن عبد العزيز بن صالح الخليفي'],
    surnames: ['الخليفي'],
    offices: [{ office: 'MINISTER_OF_STATE_FOREIGN_AFFAIRS', title: 'وزير الدولة بوزارة الخارجية', from: 2023, to: null }],
  },

  // Kuwait
  {
    id: 'KW_SABAH_AL_AHMAD', en: 'Sabah al-Ahmad al-Jaber', country: 'KW',
    names: ['صباح الأحمد', 'صباح الأحمد الجابر', 'صباح الأحمد الجابر الصباح'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'أمير الكويت', from: 2006, to: 2020 }],
  },
  {
    id: 'KW_NAWAF', en: 'Nawaf al-Ahmad al-Jaber', country: 'KW',
    names: ['نواف الأحمد', 'نواف الأحمد الجابر', 'نواف الأحمد الجابر الصباح'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2006, to: 2020 },
      { office: 'HEAD_OF_STATE', title: 'أمير الكويت', from: 2020, to: 2023 },
    ],
  },
  {
    id: 'KW_MISHAL', en: 'Mishal al-Ahmad al-Jaber', country: 'KW',
    names: ['مشعل الأحمد', 'مشعل الأحمد الجابر', 'مشعل الأحمد الجابر الصباح'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2020, to: 2023 },
      { office: 'HEAD_OF_STATE', title: 'أمير الكويت', from: 2023, to: null },
    ],
  },
  {
    id: 'KW_NASSER_AL_MOHAMMED', en: 'Nasser al-Mohammed al-Sabah', country: 'KW',
    names: ['ناصر المحمد', 'ناصر المحمد الأحمد الصباح', 'ناصر المحمد الأحمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2006, to: 2011 }],
  },
  {
    id: 'KW_JABER_AL_MUBARAK', en: 'Jaber al-Mubarak al-Sabah', country: 'KW',
    names: ['جابر المبارك', 'جابر المبارك الحمد الصباح', 'جابر المبارك الحمد'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2001, to: 2011 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2011, to: 2019 },
    ],
  },
  {
    id: 'KW_SABAH_AL_KHALID', en: 'Sabah al-Khalid al-Sabah', country: 'KW',
    names: ['صباح الخالد', 'صباح الخالد الحمد الصباح', 'صباح خالد الحمد الصباح', 'صباح الخالد الحمد'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2019 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2019, to: 2022 },
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2024, to: null },
    ],
  },
  {
    id: 'KW_AHMAD_AL_NAWAF', en: 'Ahmad Nawaf al-Ahmad al-Sabah', country: 'KW',
    names: ['أحمد النواف', 'أحمد نواف الأحمد الصباح', 'أحمد النواف الأحمد الصباح', 'أحمد نواف الأحمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2022, to: 2024 }],
  },
  {
    id: 'KW_MOHAMMAD_SABAH_AL_SALEM', en: 'Mohammad Sabah al-Salem al-Sabah', country: 'KW',
    names: ['محمد صباح السالم', 'محمد صباح السالم الصباح', 'محمد الصباح السالم'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2003, to: 2011 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2024, to: 2024 },
    ],
  },
  {
    id: 'KW_AHMAD_AL_ABDULLAH', en: 'Ahmad Abdullah al-Ahmad al-Sabah', country: 'KW',
    names: ['أحمد العبد الله', 'أحمد عبد الله الأحمد الصباح', 'أحمد العبد الله الأحمد الصباح', 'أحمد العبدالله الأحمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2024, to: null }],
  },
  {
    id: 'KW_AHMAD_NASSER', en: 'Ahmad Nasser al-Mohammed al-Sabah', country: 'KW',
    names: ['أحمد ناصر المحمد', 'أحمد ناصر المحمد الصباح', 'أحمد الناصر المحمد الصباح'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2019, to: 2022 }],
  },
  {
    id: 'KW_SALEM_AL_JABER', en: 'Salem Abdullah al-Jaber al-Sabah', country: 'KW',
    names: ['سالم عبد الله الجابر', 'سالم عبد الله الجابر الصباح', 'سالم العبد الله الجابر الصباح'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2022, to: 2024 }],
  },
  {
    id: 'KW_YAHYA', en: 'Abdullah al-Yahya', country: 'KW',
    names: ['عبد الله اليحيا', 'عبد الله اليحيى', 'عبد الله علي اليحيا', 'عبد الله علي اليحيى'],
    surnames: ['اليحيا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: null }],
  },
  {
    id: 'KW_NASSER_SABAH_AL_AHMAD', en: 'Nasser Sabah al-Ahmad al-Sabah', country: 'KW',
    names: ['ناصر صباح الأحمد', 'ناصر صباح الأحمد الصباح'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2017, to: 2019 }],
  },

  // Bahrain
  {
    id: 'BH_HAMAD_BIN_ISA', en: 'King Hamad bin Isa', country: 'BH',
    names: ['حمد بن عيسى', 'حمد بن عيسى آل خليفة'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'ملك البحرين', from: 1999, to: null }],
  },
  {
    id: 'BH_KHALIFA_BIN_SALMAN', en: 'Khalifa bin Salman', country: 'BH',
    names: ['خليفة بن سلمان', 'خليفة بن سلمان آل خليفة'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 1970, to: 2020 }],
  },
  {
    id: 'BH_SALMAN_BIN_HAMAD', en: 'Salman bin Hamad', country: 'BH',
    names: ['سلمان بن حمد', 'سلمان بن حمد آل خليفة', 'سلمان بن حمد بن عيسى آل خليفة'],
    offices: [
      { office: 'CROWN_PRINCE', title: 'ولي العهد', from: 1999, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2020, to: null },
    ],
  },
  {
    id: 'BH_KHALID_BIN_AHMED', en: 'Khalid bin Ahmed Al Khalifa', country: 'BH',
    names: ['خالد بن أحمد آل خليفة', 'خالد بن أحمد بن محمد آل خليفة'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2005, to: 2020 }],
  },
  {
    id: 'BH_ZAYANI', en: 'Abdullatif al-Zayani', country: 'BH',
    names: ['عبد اللطيف الزياني', 'عبد اللطيف بن راشد الزياني', 'عبد اللطيف راشد الزياني'],
    surnames: ['الزياني'],
    offices: [
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لمجلس التعاون لدول الخليج العربية', from: 2011, to: 2020, org: 'GCC' },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: null },
    ],
  },

  // Oman
  {
    id: 'OM_QABOOS', en: 'Sultan Qaboos bin Said', country: 'OM',
    names: ['قابوس بن سعيد', 'قابوس بن سعيد آل سعيد'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'سلطان عمان', from: 1970, to: 2020 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 1972, to: 2020 },
    ],
  },
  {
    id: 'OM_HAITHAM', en: 'Sultan Haitham bin Tariq', country: 'OM',
    names: ['هيثم بن طارق', 'هيثم بن طارق آل سعيد'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'سلطان عمان', from: 2020, to: null },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2020, to: null },
    ],
  },
  {
    id: 'OM_THEYAZIN', en: 'Theyazin bin Haitham', country: 'OM',
    names: ['ذي يزن بن هيثم', 'ذي يزن بن هيثم آل سعيد', 'ذييزن بن هيثم'],
    offices: [{ office: 'CROWN_PRINCE', title: 'ولي العهد', from: 2021, to: null }],
  },
  {
    id: 'OM_YUSUF_BIN_ALAWI', en: 'Yusuf bin Alawi', country: 'OM',
    names: ['يوسف بن علوي', 'يوسف بن علوي بن عبد الله'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'الوزير المسؤول عن الشؤون الخارجية', from: 1997, to: 2020 }],
  },
  {
    id: 'OM_BADR_ALBUSAIDI', en: 'Badr Albusaidi', country: 'OM',
    names: ['بدر البوسعيدي', 'بدر بن حمد البوسعيدي', 'بدر بن حمد بن حمود البوسعيدي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: null }],
  },
  {
    id: 'OM_BADR_BIN_SAUD', en: 'Badr bin Saud Albusaidi', country: 'OM',
    names: ['بدر بن سعود البوسعيدي', 'بدر بن سعود بن حارب البوسعيدي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'الوزير المسؤول عن شؤون الدفاع', from: 2004, to: 2020 }],
  },
  {
    id: 'OM_SHIHAB', en: 'Shihab bin Tariq', country: 'OM',
    names: ['شهاب بن طارق', 'شهاب بن طارق آل سعيد'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'نائب رئيس الوزراء لشؤون الدفاع', from: 2020, to: null }],
  },

  // Yemen: the internationally recognised government, and the Houthi authority in Sanaa (noted)
  {
    id: 'YE_SALEH', en: 'Ali Abdullah Saleh', country: 'YE',
    names: ['علي عبد الله صالح'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1978, to: 2012 },
      { office: 'PARTY_LEADER', title: 'رئيس المؤتمر الشعبي العام', from: 1982, to: 2017, org: 'GPC' },
    ],
  },
  {
    id: 'YE_HADI', en: 'Abdrabbuh Mansur Hadi', country: 'YE',
    names: ['عبد ربه منصور هادي', 'عبدربه منصور هادي'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس', from: 1994, to: 2012 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2012, to: 2022 },
    ],
  },
  {
    id: 'YE_ALIMI', en: 'Rashad al-Alimi', country: 'YE',
    names: ['رشاد العليمي', 'رشاد محمد العليمي'],
    surnames: ['العليمي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس مجلس القيادة الرئاسي', from: 2022, to: null }],
  },
  {
    id: 'YE_ALI_MOHSEN', en: 'Ali Mohsen al-Ahmar', country: 'YE',
    names: ['علي محسن الأحمر', 'علي محسن صالح الأحمر'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'نائب الرئيس', from: 2016, to: 2022 }],
  },
  {
    id: 'YE_TAREQ_SALEH', en: 'Tareq Saleh', country: 'YE',
    names: ['طارق صالح', 'طارق محمد عبد الله صالح'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'عضو مجلس القيادة الرئاسي', from: 2022, to: null }],
  },
  {
    id: 'YE_ZUBAIDI', en: 'Aidarous al-Zubaidi', country: 'YE',
    names: ['عيدروس الزبيدي', 'عيدروس قاسم الزبيدي'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس المجلس الانتقالي الجنوبي', from: 2017, to: null, org: 'STC' },
      { office: 'VICE_PRESIDENT', title: 'عضو مجلس القيادة الرئاسي', from: 2022, to: null },
    ],
  },
  {
    id: 'YE_MOHAMMED_ALI_HOUTHI', en: 'Mohammed Ali al-Houthi', country: 'YE',
    names: ['محمد علي الحوثي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس اللجنة الثورية العليا', from: 2015, to: 2016, org: 'HOUTHIS', note: 'Houthi authority in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_SAMMAD', en: 'Saleh al-Sammad', country: 'YE',
    names: ['صالح الصماد', 'صالح علي الصماد'],
    surnames: ['الصماد'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس السياسي الأعلى', from: 2016, to: 2018, org: 'HOUTHIS', note: 'Houthi authority in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_MASHAT', en: 'Mahdi al-Mashat', country: 'YE',
    names: ['مهدي المشاط', 'مهدي محمد المشاط'],
    surnames: ['المشاط'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس السياسي الأعلى', from: 2018, to: null, org: 'HOUTHIS', note: 'Houthi authority in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_MUJAWAR', en: 'Ali Mohammed Mujawar', country: 'YE',
    names: ['علي محمد مجور', 'علي مجور'],
    surnames: ['مجور'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2007, to: 2011 }],
  },
  {
    id: 'YE_BASINDWA', en: 'Mohammed Basindwa', country: 'YE',
    names: ['محمد سالم باسندوة', 'محمد باسندوة'],
    surnames: ['باسندوة'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2014 }],
  },
  {
    id: 'YE_BAHAH', en: 'Khaled Bahah', country: 'YE',
    names: ['خالد بحاح', 'خالد محفوظ بحاح'],
    surnames: ['بحاح'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2014, to: 2016 },
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس', from: 2015, to: 2016 },
    ],
  },
  {
    id: 'YE_BIN_DAGHR', en: 'Ahmed Obeid bin Daghr', country: 'YE',
    names: ['أحمد عبيد بن دغر', 'أحمد بن دغر'],
    surnames: ['بن دغر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2016, to: 2018 }],
  },
  {
    id: 'YE_MAEEN_ABDULMALIK', en: 'Maeen Abdulmalik', country: 'YE',
    names: ['معين عبد الملك', 'معين عبد الملك سعيد', 'معين عبدالملك'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2018, to: 2024 }],
  },
  {
    id: 'YE_BIN_MUBARAK', en: 'Ahmed Awad bin Mubarak', country: 'YE',
    names: ['أحمد عوض بن مبارك', 'أحمد بن مبارك'],
    surnames: ['بن مبارك'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: 2024 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2024, to: 2025 },
    ],
  },
  {
    id: 'YE_BIN_BREIK', en: 'Salem bin Breik', country: 'YE',
    names: ['سالم بن بريك', 'سالم صالح بن بريك'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2025, to: null }],
  },
  {
    id: 'YE_BIN_HABTOOR', en: 'Abdulaziz bin Habtoor', country: 'YE',
    names: ['عبد العزيز بن حبتور', 'عبد العزيز صالح بن حبتور'],
    surnames: ['بن حبتور'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة الإنقاذ', from: 2016, to: 2023, org: 'HOUTHIS', note: 'Houthi government in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_RAHAWI', en: 'Ahmed al-Rahawi', country: 'YE',
    names: ['أحمد غالب الرهوي', 'أحمد الرهوي'],
    surnames: ['الرهوي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس حكومة التغيير والبناء', from: 2024, to: 2025, org: 'HOUTHIS', note: 'Houthi government in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_QIRBI', en: 'Abu Bakr al-Qirbi', country: 'YE',
    names: ['أبو بكر القربي', 'أبوبكر القربي', 'أبو بكر عبد الله القربي'],
    surnames: ['القربي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2001, to: 2014 }],
  },
  {
    id: 'YE_RIAD_YASSIN', en: 'Riad Yassin', country: 'YE',
    names: ['رياض ياسين', 'رياض ياسين عبد الله'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2015 }],
  },
  {
    id: 'YE_MEKHLAFI', en: 'Abdulmalik al-Mekhlafi', country: 'YE',
    names: ['عبد الملك المخلافي', 'عبدالملك المخلافي'],
    surnames: ['المخلافي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2018 }],
  },
  {
    id: 'YE_YAMANI', en: 'Khaled al-Yamani', country: 'YE',
    names: ['خالد اليماني', 'خالد حسين اليماني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2018, to: 2019 }],
  },
  {
    id: 'YE_HADRAMI', en: 'Mohammed al-Hadrami', country: 'YE',
    names: ['محمد الحضرمي', 'محمد عبد الله الحضرمي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2019, to: 2020 }],
  },
  {
    id: 'YE_ZINDANI', en: 'Shaya al-Zindani', country: 'YE',
    names: ['شائع الزنداني', 'شائع محسن الزنداني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: null }],
  },
  {
    id: 'YE_HISHAM_SHARAF', en: 'Hisham Sharaf', country: 'YE',
    names: ['هشام شرف', 'هشام شرف عبد الله'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية في حكومة صنعاء', from: 2016, to: 2024, org: 'HOUTHIS', note: 'Houthi government in Sanaa, not recognised' },
    ],
  },
  {
    id: 'YE_MOHAMMED_NASSER_AHMED', en: 'Mohammed Nasser Ahmed', country: 'YE',
    names: ['محمد ناصر أحمد', 'محمد ناصر أحمد علي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2006, to: 2014 }],
  },
  {
    id: 'YE_SUBAIHI', en: 'Mahmoud al-Subaihi', country: 'YE',
    names: ['محمود الصبيحي', 'محمود سالم الصبيحي'],
    surnames: ['الصبيحي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2014, to: 2015, note: 'held by the Houthis from 2015 to 2023' }],
  },
  {
    id: 'YE_MAQDASHI', en: 'Mohammed al-Maqdashi', country: 'YE',
    names: ['محمد علي المقدشي', 'محمد المقدشي'],
    surnames: ['المقدشي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2022 }],
  },
  {
    id: 'YE_DAERI', en: 'Mohsen al-Daeri', country: 'YE',
    names: ['محسن الداعري', 'محسن محمد الداعري'],
    surnames: ['الداعري'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2022, to: null }],
  },
  {
    id: 'YE_ATIFI', en: 'Mohammed Nasser al-Atifi', country: 'YE',
    names: ['محمد ناصر العاطفي', 'محمد العاطفي'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع في حكومة صنعاء', from: 2016, to: 2024, org: 'HOUTHIS', note: 'Houthi government in Sanaa, not recognised' },
    ],
  },
];

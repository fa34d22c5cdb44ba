import type { ActorEntry } from './types.js';

/**
 * Known actors of states frequent in Arabic world news beyond the region, the P5 and the G7,
 * 2010-2025: heads of state and government and foreign ministers of the two Koreas, India,
 * Pakistan (and its army chiefs), Afghanistan (and the Taliban's leaders), Ethiopia, Eritrea, South
 * Sudan, Chad, Mali, Niger, Nigeria, Venezuela, Brazil, Spain, Greece, Cyprus, Austria, the
 * Netherlands, Belgium and Sweden; and the leaders most quoted in Arabic news of Ukraine, Belarus,
 * Hungary, Serbia, Poland, the Nordic states, Azerbaijan, Kazakhstan, Uzbekistan, Bangladesh,
 * Indonesia, Malaysia, Myanmar, the Philippines, Kenya, Uganda, Rwanda, Senegal, Argentina, Mexico,
 * Cuba and Australia (heads of state or government, with foreign ministers for a few). People
 * already listed elsewhere keep their entry there (Mark Rutte, Charles Michel, Josep Borrell, Sigrid
 * Kaag, Moussa Faki, Ban Ki-moon, Jens Stoltenberg, Anders Fogh Rasmussen in international.ts).
 *
 * Sources: general knowledge of these governments, checked for consistency of years (a successor
 * starts the year the predecessor leaves; caretakers of a few weeks are left out). Nothing was taken
 * from the development or raw articles. Left out as not vouched for: Eritrea's foreign minister
 * (whose name, عثمان صالح, is also that of many others), South Sudan's foreign ministers, Chad's
 * and Niger's after 2017, Nigeria's and Venezuela's for some years, Afghanistan's of 2013-2015, the
 * nominal heads of North Korea's state and government, Brazil's foreign ministers of 2011-2015 and
 * 2016-2018 and 2021-2022, Austria's of 2008-2013; Malaysia's Anwar Ibrahim and Bangladesh's
 * Muhammad Yunus, whose names (أنور إبراهيم، محمد يونس) are borne by many in the Arab world;
 * Argentina's Alberto Fernández, a namesake of a US diplomat quoted in Arabic news. Never سوتشي alone
 * for Aung San Suu Kyi: it is Sochi. The Taliban's government from 2021 is marked with
 * the movement (org TALIBAN) and a note, as the Houthis' authority is in gulf.ts.
 *
 * Surnames are listed alone only where distinctive in the news of the period (مودي، مادورو، كرزاي),
 * never where they are a given name, a word or a place (جوناثان، كير، مشار "pointed to", لولا "were it not",
 * متقي "pious").
 */
export const WORLD_ACTORS: readonly ActorEntry[] = [
  // North Korea
  {
    id: 'KP_KIM_JONG_IL', en: 'Kim Jong-il', country: 'KP',
    names: ['كيم جونغ إيل', 'كيم جونغ ايل', 'كيم جونغ-إيل', 'كيم جونج إيل', 'كيم يونغ إيل'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'زعيم كوريا الشمالية', from: 1994, to: 2011 }],
  },
  {
    id: 'KP_KIM_JONG_UN', en: 'Kim Jong-un', country: 'KP',
    names: ['كيم جونغ أون', 'كيم جونغ اون', 'كيم جونغ-أون', 'كيم جونج أون', 'كيم جونج اون', 'كيم يونغ أون', 'كيم جون أون'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'زعيم كوريا الشمالية', from: 2011, to: null }],
  },
  {
    id: 'KP_PAK_UI_CHUN', en: 'Pak Ui-chun', country: 'KP',
    names: ['باك أوي تشون', 'باك يوي تشون', 'باك أوي-تشون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الشمالي', from: 2007, to: 2014 }],
  },
  {
    id: 'KP_RI_SU_YONG', en: 'Ri Su-yong', country: 'KP',
    names: ['ري سو يونغ', 'ري سو-يونغ', 'ري سو يونج'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الشمالي', from: 2014, to: 2016 }],
  },
  {
    id: 'KP_RI_YONG_HO', en: 'Ri Yong-ho', country: 'KP',
    names: ['ري يونغ هو', 'ري يونغ-هو', 'ري يونج هو', 'ري يونغ هوو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الشمالي', from: 2016, to: 2020 }],
  },
  {
    id: 'KP_RI_SON_GWON', en: 'Ri Son-gwon', country: 'KP',
    names: ['ري سون غوون', 'ري سون-غوون', 'ري سون جوون', 'ري سون كوون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الشمالي', from: 2020, to: 2022 }],
  },
  {
    id: 'KP_CHOE_SON_HUI', en: 'Choe Son-hui', country: 'KP',
    names: ['تشوي سون هوي', 'تشوي سون-هوي', 'تشوي سون هي', 'شوي سون هوي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الكورية الشمالية', from: 2022, to: null }],
  },

  // South Korea (Ban Ki-moon, foreign minister 2004-2006, in international.ts)
  {
    id: 'KR_LEE_MYUNG_BAK', en: 'Lee Myung-bak', country: 'KR',
    names: ['لي ميونغ باك', 'لي ميونغ-باك', 'لي ميونج باك', 'لي ميونغ بك'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الكوري الجنوبي', from: 2008, to: 2013 }],
  },
  {
    id: 'KR_PARK_GEUN_HYE', en: 'Park Geun-hye', country: 'KR',
    names: ['بارك غيون هي', 'بارك جيون هي', 'بارك غيون-هي', 'بارك كون هيه', 'بارك كون هي', 'بارك جون هاي', 'بارك غن هي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيسة كوريا الجنوبية', from: 2013, to: 2017 }],
  },
  {
    id: 'KR_MOON_JAE_IN', en: 'Moon Jae-in', country: 'KR',
    names: ['مون جاي إن', 'مون جاي ان', 'مون جيه إن', 'مون جيه-إن', 'مون جاي-إن'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الكوري الجنوبي', from: 2017, to: 2022 }],
  },
  {
    id: 'KR_YOON_SUK_YEOL', en: 'Yoon Suk-yeol', country: 'KR',
    names: ['يون سوك يول', 'يون سوك-يول', 'يون سوك يول'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الكوري الجنوبي', from: 2022, to: 2025 }],
  },
  {
    id: 'KR_LEE_JAE_MYUNG', en: 'Lee Jae-myung', country: 'KR',
    names: ['لي جاي ميونغ', 'لي جاي-ميونغ', 'لي جيه ميونغ', 'لي جاي ميونج'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الكوري الجنوبي', from: 2025, to: null }],
  },
  {
    id: 'KR_KIM_SUNG_HWAN', en: 'Kim Sung-hwan', country: 'KR',
    names: ['كيم سونغ هوان', 'كيم سونغ-هوان', 'كيم سونج هوان'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2010, to: 2013 }],
  },
  {
    id: 'KR_YUN_BYUNG_SE', en: 'Yun Byung-se', country: 'KR',
    names: ['يون بيونغ سي', 'يون بيونغ-سي', 'يون بيونج سي', 'يون بيونغ سيه'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2013, to: 2017 }],
  },
  {
    id: 'KR_KANG_KYUNG_WHA', en: 'Kang Kyung-wha', country: 'KR',
    names: ['كانغ كيونغ وا', 'كانغ كيونغ-وا', 'كانغ كيونغ هوا', 'كانج كيونج وا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الكورية الجنوبية', from: 2017, to: 2021 }],
  },
  {
    id: 'KR_CHUNG_EUI_YONG', en: 'Chung Eui-yong', country: 'KR',
    names: ['تشونغ إيوي يونغ', 'تشونغ أوي يونغ', 'تشونغ إيوي-يونغ', 'تشونغ إوي يونغ'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2021, to: 2022 }],
  },
  {
    id: 'KR_PARK_JIN', en: 'Park Jin', country: 'KR',
    names: ['بارك جين'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2022, to: 2024 }],
  },
  {
    id: 'KR_CHO_TAE_YUL', en: 'Cho Tae-yul', country: 'KR',
    names: ['تشو تاي يول', 'تشو تاي-يول', 'تشو تيه يول'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2024, to: 2025 }],
  },
  {
    id: 'KR_CHO_HYUN', en: 'Cho Hyun', country: 'KR',
    names: ['تشو هيون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوري الجنوبي', from: 2025, to: null }],
  },

  // India
  {
    id: 'IN_MANMOHAN_SINGH', en: 'Manmohan Singh', country: 'IN',
    names: ['مانموهان سينغ', 'مانموهان سينج', 'مان موهان سينغ', 'مانموهان سينغه'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الهندي', from: 2004, to: 2014 }],
  },
  {
    id: 'IN_MODI', en: 'Narendra Modi', country: 'IN',
    names: ['ناريندرا مودي', 'نارندرا مودي', 'ناريندا مودي', 'نارندرا مودي'],
    surnames: ['مودي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الهندي', from: 2014, to: null }],
  },
  {
    id: 'IN_PATIL', en: 'Pratibha Patil', country: 'IN',
    names: ['براتيبها باتيل', 'براتيبا باتيل', 'براتيبها باتل'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيسة الهندية', from: 2007, to: 2012 }],
  },
  {
    id: 'IN_MUKHERJEE', en: 'Pranab Mukherjee', country: 'IN',
    names: ['براناب موخيرجي', 'براناب مخرجي', 'براناب موكيرجي', 'براناب موخرجي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الهندي', from: 2012, to: 2017 }],
  },
  {
    id: 'IN_KOVIND', en: 'Ram Nath Kovind', country: 'IN',
    names: ['رام نات كوفيند', 'رام ناث كوفيند', 'رام نات كوفند'],
    surnames: ['كوفيند'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الهندي', from: 2017, to: 2022 }],
  },
  {
    id: 'IN_MURMU', en: 'Droupadi Murmu', country: 'IN',
    names: ['دروبادي مورمو', 'دروبدي مورمو', 'درواوبادي مورمو'],
    surnames: ['مورمو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيسة الهندية', from: 2022, to: null }],
  },
  {
    id: 'IN_KRISHNA', en: 'S. M. Krishna', country: 'IN',
    names: ['إس إم كريشنا', 'اس ام كريشنا', 'سوماناهالي مالايا كريشنا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهندي', from: 2009, to: 2012 }],
  },
  {
    id: 'IN_KHURSHID', en: 'Salman Khurshid', country: 'IN',
    names: ['سلمان خورشيد'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهندي', from: 2012, to: 2014 }],
  },
  {
    id: 'IN_SWARAJ', en: 'Sushma Swaraj', country: 'IN',
    names: ['سوشما سواراج', 'سوشما سوراج', 'سوشما سواراغ'],
    surnames: ['سواراج'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الهندية', from: 2014, to: 2019 }],
  },
  {
    id: 'IN_JAISHANKAR', en: 'Subrahmanyam Jaishankar', country: 'IN',
    names: ['سوبرامانيام جايشانكار', 'سوبراهمانيام جايشانكار', 'سوبرامانيام جاي شانكار', 'إس جايشانكار', 'اس جايشانكار'],
    surnames: ['جاي شانكار'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهندي', from: 2019, to: null }],
  },

  // Pakistan
  {
    id: 'PK_ZARDARI', en: 'Asif Ali Zardari', country: 'PK',
    names: ['آصف علي زرداري', 'آصف زرداري', 'آصف على زرداري'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الباكستاني', from: 2008, to: 2013 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الباكستاني', from: 2024, to: null },
    ],
  },
  {
    id: 'PK_MAMNOON_HUSSAIN', en: 'Mamnoon Hussain', country: 'PK',
    names: ['ممنون حسين'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الباكستاني', from: 2013, to: 2018 }],
  },
  {
    id: 'PK_ALVI', en: 'Arif Alvi', country: 'PK',
    names: ['عارف علوي', 'عارف الرحمن علوي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الباكستاني', from: 2018, to: 2024 }],
  },
  {
    id: 'PK_GILANI', en: 'Yousaf Raza Gilani', country: 'PK',
    names: ['يوسف رضا جيلاني', 'يوسف رضا كيلاني', 'يوسف رضا غيلاني'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2008, to: 2012 }],
  },
  {
    id: 'PK_ASHRAF', en: 'Raja Pervaiz Ashraf', country: 'PK',
    names: ['راجا برويز أشرف', 'راجا بيرويز أشرف', 'راجا برفيز أشرف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2012, to: 2013 }],
  },
  {
    id: 'PK_NAWAZ_SHARIF', en: 'Nawaz Sharif', country: 'PK',
    names: ['نواز شريف', 'محمد نواز شريف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2013, to: 2017 }],
  },
  {
    id: 'PK_ABBASI', en: 'Shahid Khaqan Abbasi', country: 'PK',
    names: ['شاهد خاقان عباسي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2017, to: 2018 }],
  },
  {
    id: 'PK_IMRAN_KHAN', en: 'Imran Khan', country: 'PK',
    names: ['عمران خان', 'عمران أحمد خان نيازي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2018, to: 2022 }],
  },
  {
    id: 'PK_SHEHBAZ_SHARIF', en: 'Shehbaz Sharif', country: 'PK',
    names: ['شهباز شريف', 'شاهباز شريف', 'محمد شهباز شريف'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2022, to: 2023 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني', from: 2024, to: null },
    ],
  },
  {
    id: 'PK_KAKAR', en: 'Anwaar-ul-Haq Kakar', country: 'PK',
    names: ['أنوار الحق كاكار', 'انوار الحق كاكار'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الباكستاني المؤقت', from: 2023, to: 2024, acting: true }],
  },
  {
    id: 'PK_QURESHI', en: 'Shah Mehmood Qureshi', country: 'PK',
    names: ['شاه محمود قريشي', 'شاه محمود قرشي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني', from: 2008, to: 2011 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني', from: 2018, to: 2022 },
    ],
  },
  {
    id: 'PK_KHAR', en: 'Hina Rabbani Khar', country: 'PK',
    names: ['حنا رباني كهر', 'هينا رباني خار', 'حنا رباني خار', 'هنا رباني خار'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الباكستانية', from: 2011, to: 2013 }],
  },
  {
    id: 'PK_SARTAJ_AZIZ', en: 'Sartaj Aziz', country: 'PK',
    names: ['سرتاج عزيز'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'مستشار رئيس الوزراء الباكستاني للشؤون الخارجية', from: 2013, to: 2017, note: 'adviser holding the portfolio for the prime minister' }],
  },
  {
    id: 'PK_KHAWAJA_ASIF', en: 'Khawaja Asif', country: 'PK',
    names: ['خواجة آصف', 'خواجة محمد آصف', 'خواجه آصف'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الباكستاني', from: 2013, to: 2017 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني', from: 2017, to: 2018 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الباكستاني', from: 2022, to: null },
    ],
  },
  {
    id: 'PK_BILAWAL', en: 'Bilawal Bhutto Zardari', country: 'PK',
    names: ['بلاول بوتو زرداري', 'بيلاول بوتو زرداري', 'بلاول بوتو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني', from: 2022, to: 2023 }],
  },
  {
    id: 'PK_JILANI', en: 'Jalil Abbas Jilani', country: 'PK',
    names: ['جليل عباس جيلاني', 'جليل عباس جيلانى'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني المؤقت', from: 2023, to: 2024, acting: true }],
  },
  {
    id: 'PK_ISHAQ_DAR', en: 'Ishaq Dar', country: 'PK',
    names: ['إسحاق دار', 'اسحاق دار', 'محمد إسحاق دار'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الباكستاني', from: 2024, to: null }],
  },
  {
    id: 'PK_KAYANI', en: 'Ashfaq Parvez Kayani', country: 'PK',
    names: ['أشفاق برويز كياني', 'أشفاق كياني', 'اشفاق برويز كياني'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد الجيش الباكستاني', from: 2007, to: 2013 }],
  },
  {
    id: 'PK_RAHEEL_SHARIF', en: 'Raheel Sharif', country: 'PK',
    names: ['راحيل شريف'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد الجيش الباكستاني', from: 2013, to: 2016 }],
  },
  {
    id: 'PK_BAJWA', en: 'Qamar Javed Bajwa', country: 'PK',
    names: ['قمر جاويد باجوا', 'قمر جاويد باجوه'],
    surnames: ['باجوا'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد الجيش الباكستاني', from: 2016, to: 2022 }],
  },
  {
    id: 'PK_ASIM_MUNIR', en: 'Asim Munir', country: 'PK',
    names: ['عاصم منير', 'سيد عاصم منير'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد الجيش الباكستاني', from: 2022, to: null }],
  },

  // Afghanistan
  {
    id: 'AF_KARZAI', en: 'Hamid Karzai', country: 'AF',
    names: ['حامد كرزاي', 'حامد قرضاي'],
    surnames: ['كرزاي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الأفغاني', from: 2001, to: 2014 }],
  },
  {
    id: 'AF_GHANI', en: 'Ashraf Ghani', country: 'AF',
    names: ['أشرف غني', 'اشرف غني', 'محمد أشرف غني', 'أشرف غني أحمدزي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الأفغاني', from: 2014, to: 2021 }],
  },
  {
    id: 'AF_ABDULLAH_ABDULLAH', en: 'Abdullah Abdullah', country: 'AF',
    names: ['عبد الله عبد الله'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'الرئيس التنفيذي للحكومة الأفغانية', from: 2014, to: 2020 }],
  },
  {
    id: 'AF_RASSOUL', en: 'Zalmai Rassoul', country: 'AF',
    names: ['زلماي رسول', 'زالماي رسول'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأفغاني', from: 2010, to: 2013 }],
  },
  {
    id: 'AF_SALAHUDDIN_RABBANI', en: 'Salahuddin Rabbani', country: 'AF',
    names: ['صلاح الدين رباني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأفغاني', from: 2015, to: 2019 }],
  },
  {
    id: 'AF_ATMAR', en: 'Mohammad Hanif Atmar', country: 'AF',
    names: ['حنيف أتمر', 'محمد حنيف أتمر', 'حنيف اتمر'],
    surnames: ['أتمر'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأفغاني', from: 2020, to: 2021 }],
  },
  {
    id: 'AF_AKHTAR_MANSOUR', en: 'Akhtar Mansour', country: 'AF', org: 'TALIBAN',
    names: ['أختر منصور', 'أختر محمد منصور', 'اختر منصور', 'أختر محمد منصور شاه محمد'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم حركة طالبان', from: 2015, to: 2016 }],
  },
  {
    id: 'AF_AKHUNDZADA', en: 'Hibatullah Akhundzada', country: 'AF', org: 'TALIBAN',
    names: ['هبة الله آخوند زاده', 'هبة الله أخوند زاده', 'هبة الله آخوندزاده', 'هبة الله أخوندزاده', 'هيبة الله آخوند زاده', 'هبة الله اخوند زاده'],
    surnames: ['آخوند زاده', 'آخوندزاده', 'أخوندزاده'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'زعيم حركة طالبان', from: 2016, to: null },
      { office: 'SUPREME_LEADER', title: 'المرشد الأعلى لطالبان', from: 2021, to: null, note: 'Taliban authority in Kabul from August 2021, recognised by few states' },
    ],
  },
  {
    id: 'AF_HASSAN_AKHUND', en: 'Mohammad Hassan Akhund', country: 'AF', org: 'TALIBAN',
    names: ['محمد حسن آخوند', 'محمد حسن أخوند', 'محمد حسن اخوند'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس وزراء حكومة طالبان', from: 2021, to: null, note: 'Taliban authority in Kabul from August 2021, recognised by few states' }],
  },
  {
    id: 'AF_BARADAR', en: 'Abdul Ghani Baradar', country: 'AF', org: 'TALIBAN',
    names: ['عبد الغني برادر', 'الملا عبد الغني برادر', 'عبد الغني بارادار'],
    surnames: ['برادر'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس المكتب السياسي لحركة طالبان', from: 2019, to: 2021 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'نائب رئيس وزراء حكومة طالبان', from: 2021, to: null, note: 'Taliban authority in Kabul from August 2021, recognised by few states' },
    ],
  },
  {
    id: 'AF_MUTTAQI', en: 'Amir Khan Muttaqi', country: 'AF', org: 'TALIBAN',
    names: ['أمير خان متقي', 'امير خان متقي', 'أمير خان متقى'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير خارجية حكومة طالبان', from: 2021, to: null, note: 'Taliban authority in Kabul from August 2021, recognised by few states' }],
  },

  // Ethiopia
  {
    id: 'ET_MELES', en: 'Meles Zenawi', country: 'ET',
    names: ['ملس زيناوي', 'ميليس زيناوي', 'مليس زيناوي', 'ملس زناوي'],
    surnames: ['زيناوي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإثيوبي', from: 1995, to: 2012 }],
  },
  {
    id: 'ET_HAILEMARIAM', en: 'Hailemariam Desalegn', country: 'ET',
    names: ['هايلي ماريام ديسالين', 'هايلي مريم ديسالين', 'هايلى ماريام ديسالين', 'هيلا مريام ديسالين'],
    surnames: ['ديسالين'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2010, to: 2012 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإثيوبي', from: 2012, to: 2018 },
    ],
  },
  {
    id: 'ET_ABIY', en: 'Abiy Ahmed', country: 'ET',
    names: ['آبي أحمد', 'أبي أحمد', 'ابي احمد', 'آبي أحمد علي', 'أبي أحمد علي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإثيوبي', from: 2018, to: null }],
  },
  {
    id: 'ET_MULATU', en: 'Mulatu Teshome', country: 'ET',
    names: ['مولاتو تشومي', 'ملاتو تشومي', 'مولاتو تيشومي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الإثيوبي', from: 2013, to: 2018 }],
  },
  {
    id: 'ET_SAHLE_WORK', en: 'Sahle-Work Zewde', country: 'ET',
    names: ['سهلي ورق زودي', 'سهلورق زودي', 'ساهلي ورك زودي', 'سهلي ورك زودي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيسة الإثيوبية', from: 2018, to: 2024 }],
  },
  {
    id: 'ET_TAYE', en: 'Taye Atske Selassie', country: 'ET',
    names: ['تاي أتسكي سيلاسي', 'تايي أصقي سلاسي', 'تاي أتسقي سيلاسي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2024, to: 2024 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الإثيوبي', from: 2024, to: null },
    ],
  },
  {
    id: 'ET_TEDROS', en: 'Tedros Adhanom Ghebreyesus', country: 'ET',
    names: ['تيدروس أدهانوم', 'تيدروس أدهانوم غيبريسوس', 'تيدروس أدهانوم جيبريسوس', 'تادروس أدهانوم', 'تيدروس ادهانوم'],
    surnames: ['غيبريسوس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2012, to: 2016 },
      { office: 'SECRETARY_GENERAL', title: 'المدير العام لمنظمة الصحة العالمية', from: 2017, to: null, org: 'WHO' },
    ],
  },
  {
    id: 'ET_WORKNEH', en: 'Workneh Gebeyehu', country: 'ET',
    names: ['ورقنه جبيهو', 'ورقنة جبيهو', 'ورقينه جبييهو', 'وركنه جبيهو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2016, to: 2019 }],
  },
  {
    id: 'ET_GEDU', en: 'Gedu Andargachew', country: 'ET',
    names: ['جيدو أندارجاتشو', 'غيدو أندارغاتشو', 'جيدو اندارجاتشو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2019, to: 2020 }],
  },
  {
    id: 'ET_DEMEKE', en: 'Demeke Mekonnen', country: 'ET',
    names: ['دمقي مكونن', 'دمقى مكونن', 'ديميكي ميكونين', 'دمقي مكونين'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2020, to: 2024 }],
  },
  {
    id: 'ET_GEDION', en: 'Gedion Timothewos', country: 'ET',
    names: ['جيديون تيموثيوس', 'جدعون تيموثيوس', 'جيديون تيموتيوس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإثيوبي', from: 2024, to: null }],
  },

  // Eritrea
  {
    id: 'ER_AFWERKI', en: 'Isaias Afwerki', country: 'ER',
    names: ['أسياس أفورقي', 'إسياس أفورقي', 'اسياس افورقي', 'أسياس أفورقى', 'أسياس أفوركي'],
    surnames: ['أفورقي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الإريتري', from: 1993, to: null }],
  },

  // South Sudan
  {
    id: 'SS_KIIR', en: 'Salva Kiir', country: 'SS',
    names: ['سلفا كير', 'سلفاكير', 'سلفا كير ميارديت', 'سالفا كير'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس جنوب السودان', from: 2011, to: null }],
  },
  {
    id: 'SS_MACHAR', en: 'Riek Machar', country: 'SS',
    names: ['رياك مشار', 'ريك مشار', 'رياك مشار تيني'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس جنوب السودان', from: 2011, to: 2013 },
      { office: 'VICE_PRESIDENT', title: 'النائب الأول لرئيس جنوب السودان', from: 2016, to: 2016 },
      { office: 'VICE_PRESIDENT', title: 'النائب الأول لرئيس جنوب السودان', from: 2020, to: null },
    ],
  },

  // Chad (Moussa Faki, foreign minister 2008-2017, in international.ts)
  {
    id: 'TD_IDRISS_DEBY', en: 'Idriss Déby', country: 'TD',
    names: ['إدريس ديبي', 'ادريس ديبي', 'إدريس ديبي إتنو', 'إدريس ديبي إيتنو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس التشادي', from: 1990, to: 2021 }],
  },
  {
    id: 'TD_MAHAMAT_DEBY', en: 'Mahamat Idriss Déby', country: 'TD',
    names: ['محمد إدريس ديبي', 'محمد ادريس ديبي', 'محمد ديبي', 'محمد إدريس ديبي إتنو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس التشادي', from: 2021, to: null }],
  },

  // Mali
  {
    id: 'ML_TOURE', en: 'Amadou Toumani Touré', country: 'ML',
    names: ['أمادو توماني توري', 'أمادو توماني توريه', 'امادو توماني توري', 'أمادو توماني توريه'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المالي', from: 2002, to: 2012 }],
  },
  {
    id: 'ML_SANOGO', en: 'Amadou Sanogo', country: 'ML',
    names: ['أمادو سانوغو', 'أمادو هايا سانوغو', 'امادو سانوغو', 'أمادو سانوجو'],
    surnames: ['سانوغو'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد المجلس العسكري في مالي', from: 2012, to: 2012 }],
  },
  {
    id: 'ML_DIONCOUNDA', en: 'Dioncounda Traoré', country: 'ML',
    names: ['ديونكوندا تراوري', 'ديونكوندا تراوريه', 'ديوكوندا تراوري'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المالي الانتقالي', from: 2012, to: 2013, acting: true }],
  },
  {
    id: 'ML_IBK', en: 'Ibrahim Boubacar Keïta', country: 'ML',
    names: ['إبراهيم أبو بكر كيتا', 'إبراهيم بوبكر كيتا', 'ابراهيم ابو بكر كيتا', 'إبراهيم بوبكر كايتا', 'إبراهيم أبو بكر كايتا'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المالي', from: 2013, to: 2020 }],
  },
  {
    id: 'ML_BAH_NDAW', en: 'Bah N\'Daw', country: 'ML',
    names: ['باه نداو', 'باه انداو', 'با نداو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المالي الانتقالي', from: 2020, to: 2021, acting: true }],
  },
  {
    id: 'ML_GOITA', en: 'Assimi Goïta', country: 'ML',
    names: ['أسيمي غويتا', 'عاصمي غويتا', 'أسيمي جويتا', 'اسيمي غويتا', 'آسيمي غويتا'],
    surnames: ['غويتا'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس المالي الانتقالي', from: 2020, to: 2021 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس المالي الانتقالي', from: 2021, to: null },
    ],
  },
  {
    id: 'ML_DIOP', en: 'Abdoulaye Diop', country: 'ML',
    names: ['عبد الله ديوب', 'عبدولاي ديوب'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية المالي', from: 2014, to: 2017 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية المالي', from: 2021, to: null },
    ],
  },

  // Niger
  {
    id: 'NE_DJIBO', en: 'Salou Djibo', country: 'NE',
    names: ['سالو جيبو', 'سالو دجيبو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس المجلس العسكري في النيجر', from: 2010, to: 2011 }],
  },
  {
    id: 'NE_ISSOUFOU', en: 'Mahamadou Issoufou', country: 'NE',
    names: ['محمدو يوسفو', 'محمد يوسفو', 'مامادو يوسوفو', 'محمادو إيسوفو', 'محمدو إيسوفو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس النيجر', from: 2011, to: 2021 }],
  },
  {
    id: 'NE_BAZOUM', en: 'Mohamed Bazoum', country: 'NE',
    names: ['محمد بازوم', 'محمد بازون'],
    surnames: ['بازوم'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس النيجر', from: 2021, to: 2023 }],
  },
  {
    id: 'NE_TCHIANI', en: 'Abdourahamane Tchiani', country: 'NE',
    names: ['عبد الرحمن تياني', 'عبد الرحمن تشياني', 'عبد الرحمن تشيانى', 'عبدالرحمن تياني'],
    surnames: ['تياني', 'تشياني'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس المجلس العسكري في النيجر', from: 2023, to: null }],
  },

  // Nigeria
  {
    id: 'NG_YARADUA', en: 'Umaru Musa Yar\'Adua', country: 'NG',
    names: ['عمر يارادوا', 'عمرو موسى يارادوا', 'عمر موسى يارادوا', 'أومارو يارادوا'],
    surnames: ['يارادوا'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النيجيري', from: 2007, to: 2010 }],
  },
  {
    id: 'NG_JONATHAN', en: 'Goodluck Jonathan', country: 'NG',
    names: ['غودلاك جوناثان', 'جودلاك جوناثان', 'جود لاك جوناثان', 'غود لاك جوناثان'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النيجيري', from: 2010, to: 2015 }],
  },
  {
    id: 'NG_BUHARI', en: 'Muhammadu Buhari', country: 'NG',
    names: ['محمد بخاري', 'محمدو بخاري', 'محمدو بوهاري', 'محمد بوهاري'],
    surnames: ['بوهاري'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النيجيري', from: 2015, to: 2023 }],
  },
  {
    id: 'NG_TINUBU', en: 'Bola Tinubu', country: 'NG',
    names: ['بولا تينوبو', 'بولا أحمد تينوبو', 'بولا احمد تينوبو'],
    surnames: ['تينوبو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النيجيري', from: 2023, to: null }],
  },

  // Venezuela
  {
    id: 'VE_CHAVEZ', en: 'Hugo Chávez', country: 'VE',
    names: ['هوغو تشافيز', 'هوجو شافيز', 'هوغو شافيز', 'هوجو تشافيز', 'أوغو تشافيز'],
    surnames: ['تشافيز', 'شافيز'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الفنزويلي', from: 1999, to: 2013 }],
  },
  {
    id: 'VE_MADURO', en: 'Nicolás Maduro', country: 'VE',
    names: ['نيكولاس مادورو', 'نيكولا مادورو'],
    surnames: ['مادورو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفنزويلي', from: 2006, to: 2013 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفنزويلي', from: 2013, to: null },
    ],
  },
  {
    id: 'VE_JAUA', en: 'Elías Jaua', country: 'VE',
    names: ['إلياس خاوا', 'الياس خاوا', 'إلياس جاوا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفنزويلي', from: 2013, to: 2014 }],
  },
  {
    id: 'VE_DELCY_RODRIGUEZ', en: 'Delcy Rodríguez', country: 'VE',
    names: ['ديلسي رودريغيز', 'ديلسي رودريغز', 'ديلسي رودريجيز', 'ديلسي رودريغيث'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الفنزويلية', from: 2014, to: 2017 },
      { office: 'VICE_PRESIDENT', title: 'نائبة الرئيس الفنزويلي', from: 2018, to: null },
    ],
  },
  {
    id: 'VE_ARREAZA', en: 'Jorge Arreaza', country: 'VE',
    names: ['خورخي أرياسا', 'خورخي ارياسا', 'خورخي أريازا'],
    surnames: ['أرياسا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفنزويلي', from: 2017, to: 2021 }],
  },
  {
    id: 'VE_YVAN_GIL', en: 'Yván Gil', country: 'VE',
    names: ['إيفان خيل', 'ايفان خيل', 'إيفان جيل'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفنزويلي', from: 2023, to: null }],
  },
  {
    id: 'VE_GUAIDO', en: 'Juan Guaidó', country: 'VE',
    names: ['خوان غوايدو', 'خوان جوايدو', 'خوان غوايدوه'],
    surnames: ['غوايدو', 'جوايدو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'رئيس البرلمان الفنزويلي المعلن نفسه رئيسا بالوكالة', from: 2019, to: 2022, note: 'self-proclaimed interim president, recognised by the US and others; Maduro held power' }],
  },

  // Brazil
  {
    id: 'BR_LULA', en: 'Luiz Inácio Lula da Silva', country: 'BR',
    names: ['لويس إيناسيو لولا دا سيلفا', 'لولا دا سيلفا', 'لويز إيناسيو لولا دا سيلفا', 'لويس ايناسيو لولا دا سيلفا', 'إيناسيو لولا دا سيلفا'],
    surnames: ['لولا دا سيلفا'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس البرازيلي', from: 2003, to: 2010 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس البرازيلي', from: 2023, to: null },
    ],
  },
  {
    id: 'BR_ROUSSEFF', en: 'Dilma Rousseff', country: 'BR',
    names: ['ديلما روسيف', 'ديلما روسف', 'ديلما روسيفّ'],
    surnames: ['روسيف'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيسة البرازيلية', from: 2011, to: 2016 }],
  },
  {
    id: 'BR_TEMER', en: 'Michel Temer', country: 'BR',
    names: ['ميشال تامر', 'ميشيل تامر', 'ميشال تيمر', 'ميشيل تيمر'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس البرازيلي', from: 2016, to: 2018 }],
  },
  {
    id: 'BR_BOLSONARO', en: 'Jair Bolsonaro', country: 'BR',
    names: ['جايير بولسونارو', 'جاير بولسونارو'],
    surnames: ['بولسونارو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس البرازيلي', from: 2019, to: 2022 }],
  },
  {
    id: 'BR_AMORIM', en: 'Celso Amorim', country: 'BR',
    names: ['سيلسو أموريم', 'سيلسو اموريم', 'سلسو أموريم'],
    surnames: ['أموريم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البرازيلي', from: 2003, to: 2010 }],
  },
  {
    id: 'BR_MAURO_VIEIRA', en: 'Mauro Vieira', country: 'BR',
    names: ['ماورو فييرا', 'ماورو فيرا', 'ماورو فيييرا'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البرازيلي', from: 2015, to: 2016 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البرازيلي', from: 2023, to: null },
    ],
  },
  {
    id: 'BR_ARAUJO', en: 'Ernesto Araújo', country: 'BR',
    names: ['إرنستو أراوجو', 'ارنستو اراوجو', 'إرنستو أراوخو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البرازيلي', from: 2019, to: 2021 }],
  },

  // Spain (Josep Borrell, foreign minister 2018-2019, in international.ts)
  {
    id: 'ES_ZAPATERO', en: 'José Luis Rodríguez Zapatero', country: 'ES',
    names: ['خوسيه لويس رودريغيز ثاباتيرو', 'خوسيه لويس ثاباتيرو', 'خوسيه لويس رودريجيث ثاباتيرو', 'خوسيه لويس زاباتيرو', 'خوسيه لويس رودريغيث ثاباتيرو'],
    surnames: ['ثاباتيرو', 'زاباتيرو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإسباني', from: 2004, to: 2011 }],
  },
  {
    id: 'ES_RAJOY', en: 'Mariano Rajoy', country: 'ES',
    names: ['ماريانو راخوي', 'ماريانو راخوى', 'ماريانو راخوي بري'],
    surnames: ['راخوي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإسباني', from: 2011, to: 2018 }],
  },
  {
    id: 'ES_SANCHEZ', en: 'Pedro Sánchez', country: 'ES',
    names: ['بيدرو سانشيز', 'بيدرو سانشيث', 'بيدرو سانتشيز', 'بيدرو سانشز'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الإسباني', from: 2018, to: null }],
  },
  {
    id: 'ES_JUAN_CARLOS', en: 'King Juan Carlos I', country: 'ES',
    names: ['خوان كارلوس الأول'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'ملك إسبانيا', from: 1975, to: 2014 }],
  },
  {
    id: 'ES_FELIPE_VI', en: 'King Felipe VI', country: 'ES',
    names: ['فيليبي السادس', 'فيليب السادس', 'فيلبي السادس'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'ملك إسبانيا', from: 2014, to: null }],
  },
  {
    id: 'ES_MORATINOS', en: 'Miguel Ángel Moratinos', country: 'ES',
    names: ['ميغيل أنخيل موراتينوس', 'ميغل أنخل موراتينوس', 'ميغيل انخيل موراتينوس', 'ميغيل موراتينوس', 'ميجيل أنخيل موراتينوس'],
    surnames: ['موراتينوس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإسباني', from: 2004, to: 2010 },
      { office: 'ENVOY', title: 'الممثل السامي لتحالف الحضارات التابع للأمم المتحدة', from: 2019, to: null, org: 'UN' },
    ],
  },
  {
    id: 'ES_TRINIDAD_JIMENEZ', en: 'Trinidad Jiménez', country: 'ES',
    names: ['ترينيداد خيمينيث', 'ترينيداد خيمينيز', 'ترينيداد خمينيث'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الإسبانية', from: 2010, to: 2011 }],
  },
  {
    id: 'ES_MARGALLO', en: 'José Manuel García-Margallo', country: 'ES',
    names: ['خوسيه مانويل غارسيا مارغايو', 'خوسيه مانويل جارسيا مارجايو', 'خوسيه مانويل غارسيا-مارغايو', 'غارسيا مارغايو'],
    surnames: ['مارغايو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإسباني', from: 2011, to: 2016 }],
  },
  {
    id: 'ES_DASTIS', en: 'Alfonso Dastis', country: 'ES',
    names: ['ألفونسو داستيس', 'الفونسو داستيس'],
    surnames: ['داستيس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإسباني', from: 2016, to: 2018 }],
  },
  {
    id: 'ES_GONZALEZ_LAYA', en: 'Arancha González Laya', country: 'ES',
    names: ['أرانتشا غونزاليس لايا', 'أرانشا غونزاليس لايا', 'أرانتشا جونزاليس لايا', 'أرانتشا غونثاليث لايا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الإسبانية', from: 2020, to: 2021 }],
  },
  {
    id: 'ES_ALBARES', en: 'José Manuel Albares', country: 'ES',
    names: ['خوسيه مانويل ألباريس', 'خوسيه مانويل الباريس', 'خوسي مانويل ألباريس'],
    surnames: ['ألباريس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الإسباني', from: 2021, to: null }],
  },

  // Greece
  {
    id: 'GR_PAPANDREOU', en: 'George Papandreou', country: 'GR',
    names: ['جورج باباندريو', 'يورغوس باباندريو'],
    surnames: ['باباندريو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء اليوناني', from: 2009, to: 2011 }],
  },
  {
    id: 'GR_PAPADEMOS', en: 'Lucas Papademos', country: 'GR',
    names: ['لوكاس باباديموس', 'لوكاس بابادموس'],
    surnames: ['باباديموس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء اليوناني', from: 2011, to: 2012 }],
  },
  {
    id: 'GR_SAMARAS', en: 'Antonis Samaras', country: 'GR',
    names: ['أنطونيس ساماراس', 'انطونيس ساماراس', 'أندونيس ساماراس'],
    surnames: ['ساماراس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء اليوناني', from: 2012, to: 2015 }],
  },
  {
    id: 'GR_TSIPRAS', en: 'Alexis Tsipras', country: 'GR',
    names: ['أليكسيس تسيبراس', 'ألكسيس تسيبراس', 'اليكسيس تسيبراس', 'أليكسيس تسيبرس'],
    surnames: ['تسيبراس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء اليوناني', from: 2015, to: 2019 }],
  },
  {
    id: 'GR_MITSOTAKIS', en: 'Kyriakos Mitsotakis', country: 'GR',
    names: ['كيرياكوس ميتسوتاكيس', 'كرياكوس ميتسوتاكيس', 'كيرياكوس ميتسوتاكس'],
    surnames: ['ميتسوتاكيس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء اليوناني', from: 2019, to: null }],
  },
  {
    id: 'GR_PAVLOPOULOS', en: 'Prokopis Pavlopoulos', country: 'GR',
    names: ['بروكوبيس بافلوبولوس', 'بروكوبيس بافلوبولس'],
    surnames: ['بافلوبولوس'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس اليوناني', from: 2015, to: 2020 }],
  },
  {
    id: 'GR_SAKELLAROPOULOU', en: 'Katerina Sakellaropoulou', country: 'GR',
    names: ['كاترينا ساكيلاروبولو', 'كاترينا ساكيلاروبولوس', 'إيكاتيريني ساكيلاروبولو'],
    surnames: ['ساكيلاروبولو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيسة اليونانية', from: 2020, to: 2025 }],
  },
  {
    id: 'GR_VENIZELOS', en: 'Evangelos Venizelos', country: 'GR',
    names: ['إيفانجيلوس فينيزيلوس', 'إيفانغيلوس فينيزيلوس', 'ايفانجيلوس فينيزيلوس'],
    surnames: ['فينيزيلوس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية اليوناني', from: 2013, to: 2015 }],
  },
  {
    id: 'GR_KOTZIAS', en: 'Nikos Kotzias', country: 'GR',
    names: ['نيكوس كوتزياس', 'نيكوس كودزياس'],
    surnames: ['كوتزياس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية اليوناني', from: 2015, to: 2018 }],
  },
  {
    id: 'GR_DENDIAS', en: 'Nikos Dendias', country: 'GR',
    names: ['نيكوس ديندياس', 'نيكوس دندياس'],
    surnames: ['ديندياس', 'دندياس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية اليوناني', from: 2019, to: 2023 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع اليوناني', from: 2023, to: null },
    ],
  },
  {
    id: 'GR_GERAPETRITIS', en: 'Giorgos Gerapetritis', country: 'GR',
    names: ['جورج جيرابيتريتيس', 'يورغوس جيرابيتريتيس', 'جيورجوس جيرابتريتيس', 'جورج جيرابتريتيس'],
    surnames: ['جيرابيتريتيس', 'جيرابتريتيس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية اليوناني', from: 2023, to: null }],
  },

  // Cyprus
  {
    id: 'CY_CHRISTOFIAS', en: 'Demetris Christofias', country: 'CY',
    names: ['ديمتريس خريستوفياس', 'ديمتريس كريستوفياس', 'ديميتريس خريستوفياس'],
    surnames: ['خريستوفياس', 'كريستوفياس'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس القبرصي', from: 2008, to: 2013 }],
  },
  {
    id: 'CY_ANASTASIADES', en: 'Nicos Anastasiades', country: 'CY',
    names: ['نيكوس أناستاسيادس', 'نيكوس اناستاسيادس', 'نيكوس أناستاسياديس'],
    surnames: ['أناستاسيادس', 'أناستاسياديس'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس القبرصي', from: 2013, to: 2023 }],
  },
  {
    id: 'CY_CHRISTODOULIDES', en: 'Nikos Christodoulides', country: 'CY',
    names: ['نيكوس خريستودوليدس', 'نيكوس خريستودوليديس', 'نيكوس كريستودوليدس'],
    surnames: ['خريستودوليدس', 'خريستودوليديس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية القبرصي', from: 2018, to: 2022 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس القبرصي', from: 2023, to: null },
    ],
  },
  {
    id: 'CY_KASOULIDES', en: 'Ioannis Kasoulides', country: 'CY',
    names: ['يوانيس كاسوليدس', 'يوانيس كاسوليديس', 'إيوانيس كاسوليدس'],
    surnames: ['كاسوليدس', 'كاسوليديس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية القبرصي', from: 2013, to: 2018 }],
  },
  {
    id: 'CY_KOMBOS', en: 'Constantinos Kombos', country: 'CY',
    names: ['كونستانتينوس كومبوس', 'قسطنطينوس كومبوس'],
    surnames: ['كومبوس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية القبرصي', from: 2023, to: null }],
  },

  // Austria
  {
    id: 'AT_FISCHER', en: 'Heinz Fischer', country: 'AT',
    names: ['هاينز فيشر', 'هاينتس فيشر'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النمساوي', from: 2004, to: 2016 }],
  },
  {
    id: 'AT_VAN_DER_BELLEN', en: 'Alexander Van der Bellen', country: 'AT',
    names: ['ألكسندر فان دير بيلن', 'الكسندر فان دير بيلين', 'ألكسندر فان دير بيلين'],
    surnames: ['فان دير بيلن', 'فان دير بيلين'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس النمساوي', from: 2017, to: null }],
  },
  {
    id: 'AT_FAYMANN', en: 'Werner Faymann', country: 'AT',
    names: ['فيرنر فايمان', 'فرنر فايمان', 'فيرنر فايمن'],
    surnames: ['فايمان'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2008, to: 2016 }],
  },
  {
    id: 'AT_KERN', en: 'Christian Kern', country: 'AT',
    names: ['كريستيان كيرن', 'كريستيان كرن'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2016, to: 2017 }],
  },
  {
    id: 'AT_KURZ', en: 'Sebastian Kurz', country: 'AT',
    names: ['سيباستيان كورتس', 'سباستيان كورتس', 'سيباستيان كورز', 'سيباستيان كورتز'],
    surnames: ['كورتس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية النمساوي', from: 2013, to: 2017 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2017, to: 2019 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2020, to: 2021 },
    ],
  },
  {
    id: 'AT_SCHALLENBERG', en: 'Alexander Schallenberg', country: 'AT',
    names: ['ألكسندر شالنبرغ', 'الكسندر شالنبرغ', 'ألكسندر شالنبيرغ', 'ألكسندر شالينبرغ'],
    surnames: ['شالنبرغ', 'شالنبيرغ', 'شالينبرغ'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية النمساوي', from: 2019, to: 2025 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2021, to: 2021 },
    ],
  },
  {
    id: 'AT_NEHAMMER', en: 'Karl Nehammer', country: 'AT',
    names: ['كارل نيهامر', 'كارل نهامر'],
    surnames: ['نيهامر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2021, to: 2025 }],
  },
  {
    id: 'AT_STOCKER', en: 'Christian Stocker', country: 'AT',
    names: ['كريستيان شتوكر', 'كريستيان ستوكر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'المستشار النمساوي', from: 2025, to: null }],
  },
  {
    id: 'AT_KNEISSL', en: 'Karin Kneissl', country: 'AT',
    names: ['كارين كنايسل', 'كارين كنيسل'],
    surnames: ['كنايسل'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية النمساوية', from: 2017, to: 2019 }],
  },

  // Netherlands (Mark Rutte, prime minister 2010-2024, and Sigrid Kaag in international.ts)
  {
    id: 'NL_SCHOOF', en: 'Dick Schoof', country: 'NL',
    names: ['ديك سخوف', 'ديك شوف', 'ديك سكوف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الهولندي', from: 2024, to: null }],
  },
  {
    id: 'NL_WILLEM_ALEXANDER', en: 'King Willem-Alexander', country: 'NL',
    names: ['فيليم ألكسندر', 'ويليم ألكسندر', 'فيلم ألكسندر', 'فيليم-ألكسندر'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'ملك هولندا', from: 2013, to: null }],
  },
  {
    id: 'NL_ROSENTHAL', en: 'Uri Rosenthal', country: 'NL',
    names: ['أوري روزنتال', 'اوري روزنتال'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهولندي', from: 2010, to: 2012 }],
  },
  {
    id: 'NL_TIMMERMANS', en: 'Frans Timmermans', country: 'NL',
    names: ['فرانس تيمرمانس', 'فرانز تيمرمانس'],
    surnames: ['تيمرمانس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهولندي', from: 2012, to: 2014 },
      { office: 'COMMISSION_CHAIR', title: 'النائب الأول لرئيس المفوضية الأوروبية', from: 2014, to: 2023, org: 'EU_COMMISSION' },
    ],
  },
  {
    id: 'NL_KOENDERS', en: 'Bert Koenders', country: 'NL',
    names: ['بيرت كوندرز', 'برت كوندرز', 'بيرت كويندرز'],
    surnames: ['كوندرز'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهولندي', from: 2014, to: 2017 }],
  },
  {
    id: 'NL_BLOK', en: 'Stef Blok', country: 'NL',
    names: ['ستيف بلوك'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهولندي', from: 2018, to: 2021 }],
  },
  {
    id: 'NL_HOEKSTRA', en: 'Wopke Hoekstra', country: 'NL',
    names: ['فوبكه هوكسترا', 'ووبكه هوكسترا', 'فوبكي هوكسترا'],
    surnames: ['هوكسترا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الهولندي', from: 2022, to: 2023 }],
  },

  // Belgium (Charles Michel, prime minister 2014-2019, in international.ts)
  {
    id: 'BE_LETERME', en: 'Yves Leterme', country: 'BE',
    names: ['إيف لوترم', 'ايف لوترم', 'إيف ليترم'],
    surnames: ['لوترم'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البلجيكي', from: 2008, to: 2011 }],
  },
  {
    id: 'BE_DI_RUPO', en: 'Elio Di Rupo', country: 'BE',
    names: ['إيليو دي روبو', 'ايليو دي روبو', 'إليو دي روبو'],
    surnames: ['دي روبو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البلجيكي', from: 2011, to: 2014 }],
  },
  {
    id: 'BE_WILMES', en: 'Sophie Wilmès', country: 'BE',
    names: ['صوفي ويلميس', 'صوفي فيلمس', 'صوفي ويلمس'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء البلجيكية', from: 2019, to: 2020 },
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية البلجيكية', from: 2020, to: 2022 },
    ],
  },
  {
    id: 'BE_DE_CROO', en: 'Alexander De Croo', country: 'BE',
    names: ['ألكسندر دي كرو', 'الكسندر دي كرو', 'ألكسندر دو كرو'],
    surnames: ['دي كرو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البلجيكي', from: 2020, to: 2025 }],
  },
  {
    id: 'BE_DE_WEVER', en: 'Bart De Wever', country: 'BE',
    names: ['بارت دي ويفر', 'بارت دي فيفر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البلجيكي', from: 2025, to: null }],
  },
  {
    id: 'BE_REYNDERS', en: 'Didier Reynders', country: 'BE',
    names: ['ديدييه رينديرز', 'ديدييه ريندرز', 'ديدييه رايندرز'],
    surnames: ['رينديرز', 'ريندرز'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البلجيكي', from: 2011, to: 2019 }],
  },
  {
    id: 'BE_LAHBIB', en: 'Hadja Lahbib', country: 'BE',
    names: ['حاجة لحبيب', 'حجة لحبيب', 'حاجة الحبيب'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية البلجيكية', from: 2022, to: 2024 }],
  },
  {
    id: 'BE_PREVOT', en: 'Maxime Prévot', country: 'BE',
    names: ['ماكسيم بريفو', 'مكسيم بريفو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البلجيكي', from: 2025, to: null }],
  },

  // Sweden
  {
    id: 'SE_REINFELDT', en: 'Fredrik Reinfeldt', country: 'SE',
    names: ['فريدريك راينفلت', 'فريدريك رينفلدت', 'فردريك راينفلت'],
    surnames: ['راينفلت'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء السويدي', from: 2006, to: 2014 }],
  },
  {
    id: 'SE_LOFVEN', en: 'Stefan Löfven', country: 'SE',
    names: ['ستيفان لوفين', 'ستيفان لوفن', 'ستيفان لوففن'],
    surnames: ['لوفين'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء السويدي', from: 2014, to: 2021 }],
  },
  {
    id: 'SE_ANDERSSON', en: 'Magdalena Andersson', country: 'SE',
    names: ['ماغدالينا أندرسون', 'ماجدالينا أندرسون', 'ماغدالينا اندرسون'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء السويدية', from: 2021, to: 2022 }],
  },
  {
    id: 'SE_KRISTERSSON', en: 'Ulf Kristersson', country: 'SE',
    names: ['أولف كريسترسون', 'اولف كريسترسون', 'أولف كريسترشون'],
    surnames: ['كريسترسون'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء السويدي', from: 2022, to: null }],
  },
  {
    id: 'SE_BILDT', en: 'Carl Bildt', country: 'SE',
    names: ['كارل بيلت', 'كارل بيلدت'],
    surnames: ['بيلت'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية السويدي', from: 2006, to: 2014 }],
  },
  {
    id: 'SE_WALLSTROM', en: 'Margot Wallström', country: 'SE',
    names: ['مارغوت فالستروم', 'مارجوت فالستروم', 'مارغو فالستروم', 'مارغوت والستروم'],
    surnames: ['فالستروم', 'والستروم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية السويدية', from: 2014, to: 2019 }],
  },
  {
    id: 'SE_LINDE', en: 'Ann Linde', country: 'SE',
    names: ['آن ليندي', 'آن لينده', 'آن ليند'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية السويدية', from: 2019, to: 2022 }],
  },
  {
    id: 'SE_BILLSTROM', en: 'Tobias Billström', country: 'SE',
    names: ['توبياس بيلستروم', 'توبياس بيلشتروم'],
    surnames: ['بيلستروم'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية السويدي', from: 2022, to: 2024 }],
  },
  {
    id: 'SE_STENERGARD', en: 'Maria Malmer Stenergard', country: 'SE',
    names: ['ماريا مالمر ستينرغارد', 'ماريا مالمر ستينيرغارد', 'ماريا مالمر ستنرغارد'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية السويدية', from: 2024, to: null }],
  },

  // Ukraine
  {
    id: 'UA_YANUKOVYCH', en: 'Viktor Yanukovych', country: 'UA',
    names: ['فيكتور يانوكوفيتش', 'فيكتور يانوكوفيش', 'فكتور يانوكوفيتش'],
    surnames: ['يانوكوفيتش'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوكراني', from: 2010, to: 2014 },
    ],
  },
  {
    id: 'UA_POROSHENKO', en: 'Petro Poroshenko', country: 'UA',
    names: ['بيترو بوروشينكو', 'بترو بوروشنكو', 'بيوتر بوروشينكو', 'بيترو بوروشنكو'],
    surnames: ['بوروشينكو', 'بوروشنكو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوكراني', from: 2014, to: 2019 },
    ],
  },
  {
    id: 'UA_ZELENSKY', en: 'Volodymyr Zelensky', country: 'UA',
    names: ['فولوديمير زيلينسكي', 'فلاديمير زيلينسكي', 'فولوديمير زيلنسكي', 'فولوديمير زيلينسكى'],
    surnames: ['زيلينسكي', 'زيلنسكي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوكراني', from: 2019, to: null },
    ],
  },
  {
    id: 'UA_YATSENYUK', en: 'Arseniy Yatsenyuk', country: 'UA',
    names: ['أرسيني ياتسينيوك', 'ارسيني ياتسينيوك', 'أرسيني ياتسنيوك'],
    surnames: ['ياتسينيوك'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأوكراني', from: 2014, to: 2016 },
    ],
  },
  {
    id: 'UA_GROYSMAN', en: 'Volodymyr Groysman', country: 'UA',
    names: ['فولوديمير غرويسمان', 'فولوديمير غريسمان'],
    surnames: ['غرويسمان'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأوكراني', from: 2016, to: 2019 },
    ],
  },
  {
    id: 'UA_SHMYHAL', en: 'Denys Shmyhal', country: 'UA',
    names: ['دينيس شميهال', 'دنيس شميغال', 'دينيس شميغال'],
    surnames: ['شميهال', 'شميغال'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأوكراني', from: 2020, to: 2025 },
    ],
  },
  {
    id: 'UA_KLIMKIN', en: 'Pavlo Klimkin', country: 'UA',
    names: ['بافلو كليمكين', 'بافيل كليمكين'],
    surnames: ['كليمكين'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأوكراني', from: 2014, to: 2019 },
    ],
  },
  {
    id: 'UA_KULEBA', en: 'Dmytro Kuleba', country: 'UA',
    names: ['دميترو كوليبا', 'ديميترو كوليبا', 'دميتري كوليبا'],
    surnames: ['كوليبا'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأوكراني', from: 2020, to: 2024 },
    ],
  },
  {
    id: 'UA_SYBIHA', en: 'Andrii Sybiha', country: 'UA',
    names: ['أندريه سيبيها', 'أندري سيبيها', 'اندريه سيبيها'],
    surnames: ['سيبيها'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأوكراني', from: 2024, to: null },
    ],
  },

  // Belarus, Hungary, Serbia, Poland
  {
    id: 'BY_LUKASHENKO', en: 'Alexander Lukashenko', country: 'BY',
    names: ['ألكسندر لوكاشينكو', 'الكسندر لوكاشينكو', 'ألكسندر لوكاشنكو'],
    surnames: ['لوكاشينكو', 'لوكاشنكو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس بيلاروس', from: 1994, to: null },
    ],
  },
  {
    id: 'HU_ORBAN', en: 'Viktor Orbán', country: 'HU',
    names: ['فيكتور أوربان', 'فكتور أوربان', 'فيكتور اوربان'],
    surnames: ['أوربان'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء المجري', from: 2010, to: null },
    ],
  },
  {
    id: 'HU_SZIJJARTO', en: 'Péter Szijjártó', country: 'HU',
    names: ['بيتر سيارتو', 'بيتر سيجارتو', 'بيتر زيارتو'],
    surnames: ['سيارتو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية المجري', from: 2014, to: null },
    ],
  },
  {
    id: 'RS_VUCIC', en: 'Aleksandar Vučić', country: 'RS',
    names: ['ألكسندر فوتشيتش', 'الكسندر فوتشيتش', 'ألكسندر فوسيتش', 'ألكسندر فوتشيش'],
    surnames: ['فوتشيتش'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الصربي', from: 2014, to: 2017 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الصربي', from: 2017, to: null },
    ],
  },
  {
    id: 'PL_DUDA', en: 'Andrzej Duda', country: 'PL',
    names: ['أندريه دودا', 'أندجي دودا', 'اندريه دودا'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس البولندي', from: 2015, to: 2025 },
    ],
  },
  {
    id: 'PL_MORAWIECKI', en: 'Mateusz Morawiecki', country: 'PL',
    names: ['ماتيوش مورافيتسكي', 'ماتيوش مورافيسكي', 'ماتيوس مورافيتسكي'],
    surnames: ['مورافيتسكي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البولندي', from: 2017, to: 2023 },
    ],
  },

  // Nordic states (Jens Stoltenberg and Anders Fogh Rasmussen in international.ts)
  {
    id: 'FI_NIINISTO', en: 'Sauli Niinistö', country: 'FI',
    names: ['ساولي نينيستو', 'ساولي نينستو'],
    surnames: ['نينيستو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفنلندي', from: 2012, to: 2024 },
    ],
  },
  {
    id: 'FI_STUBB', en: 'Alexander Stubb', country: 'FI',
    names: ['ألكسندر ستوب', 'الكسندر ستوب', 'ألكسندر ستاب'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفنلندي', from: 2024, to: null },
    ],
  },
  {
    id: 'NO_SOLBERG', en: 'Erna Solberg', country: 'NO',
    names: ['إرنا سولبرغ', 'ارنا سولبرغ', 'إيرنا سولبرغ'],
    surnames: ['سولبرغ'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء النرويجية', from: 2013, to: 2021 },
    ],
  },
  {
    id: 'NO_STORE', en: 'Jonas Gahr Støre', country: 'NO',
    names: ['يوناس غار ستوره', 'يوناس غار ستور', 'جوناس غار ستور', 'يوناس جار ستوره'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية النرويجي', from: 2005, to: 2012 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء النرويجي', from: 2021, to: null },
    ],
  },
  {
    id: 'DK_FREDERIKSEN', en: 'Mette Frederiksen', country: 'DK',
    names: ['ميته فريدريكسن', 'ميتي فريدريكسن', 'ميت فريدريكسن'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء الدنماركية', from: 2019, to: null },
    ],
  },
  {
    id: 'DK_THORNING_SCHMIDT', en: 'Helle Thorning-Schmidt', country: 'DK',
    names: ['هيلي ثورنينغ شميت', 'هيله تورنينغ شميت', 'هيلي تورنينغ شميدت'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء الدنماركية', from: 2011, to: 2015 },
    ],
  },
  {
    id: 'DK_LOKKE_RASMUSSEN', en: 'Lars Løkke Rasmussen', country: 'DK',
    names: ['لارس لوكه راسموسن', 'لارس لوك راسموسن', 'لارس لوكي راسموسن'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الدنماركي', from: 2009, to: 2011 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الدنماركي', from: 2015, to: 2019 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الدنماركي', from: 2022, to: null },
    ],
  },

  // Central and South Asia, the Caucasus
  {
    id: 'AZ_ALIYEV', en: 'Ilham Aliyev', country: 'AZ',
    names: ['إلهام علييف', 'إلهام عالييف', 'الهام علييف'],
    surnames: ['علييف'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأذربيجاني', from: 2003, to: null },
    ],
  },
  {
    id: 'AZ_BAYRAMOV', en: 'Jeyhun Bayramov', country: 'AZ',
    names: ['جيهون بيراموف', 'جيهون بايراموف'],
    surnames: ['بيراموف', 'بايراموف'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأذربيجاني', from: 2020, to: null },
    ],
  },
  {
    id: 'KZ_NAZARBAYEV', en: 'Nursultan Nazarbayev', country: 'KZ',
    names: ['نور سلطان نزارباييف', 'نور سلطان نزاربايف', 'نورسلطان نزارباييف'],
    surnames: ['نزارباييف', 'نزاربايف'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكازاخستاني', from: 1990, to: 2019 },
    ],
  },
  {
    id: 'KZ_TOKAYEV', en: 'Kassym-Jomart Tokayev', country: 'KZ',
    names: ['قاسم جومارت توكاييف', 'قاسم-جومارت توكاييف', 'قاسم جومرت توكاييف', 'قاسم جومارت توكايف'],
    surnames: ['توكاييف', 'توكايف'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكازاخستاني', from: 2019, to: null },
    ],
  },
  {
    id: 'UZ_KARIMOV', en: 'Islam Karimov', country: 'UZ',
    names: ['إسلام كريموف', 'اسلام كريموف', 'إسلام كاريموف'],
    surnames: ['كريموف'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوزبكي', from: 1990, to: 2016 },
    ],
  },
  {
    id: 'UZ_MIRZIYOYEV', en: 'Shavkat Mirziyoyev', country: 'UZ',
    names: ['شوكت ميرضيائيف', 'شوكت ميرزيوييف', 'شوكت ميرزيائيف', 'شوكت ميرضيايف'],
    surnames: ['ميرضيائيف', 'ميرزيوييف'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأوزبكي', from: 2003, to: 2016 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوزبكي', from: 2016, to: null },
    ],
  },
  {
    id: 'BD_HASINA', en: 'Sheikh Hasina', country: 'BD',
    names: ['الشيخة حسينة', 'الشيخة حسينة واجد', 'حسينة واجد', 'شيخة حسينة'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة وزراء بنغلاديش', from: 2009, to: 2024 },
    ],
  },

  // South-East Asia
  {
    id: 'ID_YUDHOYONO', en: 'Susilo Bambang Yudhoyono', country: 'ID',
    names: ['سوسيلو بامبانغ يودويونو', 'سوسيلو بامبانج يودويونو', 'سوسيلو بامبانغ يوديونو'],
    surnames: ['يودويونو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الإندونيسي', from: 2004, to: 2014 },
    ],
  },
  {
    id: 'ID_JOKOWI', en: 'Joko Widodo', country: 'ID',
    names: ['جوكو ويدودو', 'جوكو ويدادو', 'جوكوي ويدودو'],
    surnames: ['ويدودو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الإندونيسي', from: 2014, to: 2024 },
    ],
  },
  {
    id: 'ID_PRABOWO', en: 'Prabowo Subianto', country: 'ID',
    names: ['برابوو سوبيانتو', 'برابو سوبيانتو', 'برابوو سوبيانطو'],
    surnames: ['سوبيانتو'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الإندونيسي', from: 2019, to: 2024 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الإندونيسي', from: 2024, to: null },
    ],
  },
  {
    id: 'ID_RETNO', en: 'Retno Marsudi', country: 'ID',
    names: ['ريتنو مارسودي', 'ريتنو مرصودي', 'ريتنو مرسودي'],
    surnames: ['مارسودي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الإندونيسية', from: 2014, to: 2024 },
    ],
  },
  {
    id: 'MY_NAJIB', en: 'Najib Razak', country: 'MY',
    names: ['نجيب عبد الرزاق', 'نجيب رزاق', 'محمد نجيب عبد الرزاق'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الماليزي', from: 2009, to: 2018 },
    ],
  },
  {
    id: 'MY_MAHATHIR', en: 'Mahathir Mohamad', country: 'MY',
    names: ['مهاتير محمد', 'مهاتير بن محمد'],
    surnames: ['مهاتير'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الماليزي', from: 1981, to: 2003 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الماليزي', from: 2018, to: 2020 },
    ],
  },
  {
    id: 'MY_MUHYIDDIN', en: 'Muhyiddin Yassin', country: 'MY',
    names: ['محيي الدين ياسين', 'محي الدين ياسين'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الماليزي', from: 2020, to: 2021 },
    ],
  },
  {
    id: 'MM_SUU_KYI', en: 'Aung San Suu Kyi', country: 'MM',
    names: ['أونغ سان سو تشي', 'أون سان سو تشي', 'اونغ سان سو تشي', 'أونغ سان سوتشي', 'أونج سان سو تشي'],
    surnames: ['سو تشي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'مستشارة الدولة في ميانمار', from: 2016, to: 2021 },
    ],
  },
  {
    id: 'MM_MIN_AUNG_HLAING', en: 'Min Aung Hlaing', country: 'MM',
    names: ['مين أونغ هلاينغ', 'مين أونج هلاينج', 'مين اونغ هلاينغ'],
    surnames: ['هلاينغ'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'قائد جيش ميانمار', from: 2011, to: null },
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس العسكري في ميانمار', from: 2021, to: null },
    ],
  },
  {
    id: 'PH_AQUINO', en: 'Benigno Aquino III', country: 'PH',
    names: ['بينينيو أكينو', 'بنينيو أكينو', 'بينيغنو أكينو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفلبيني', from: 2010, to: 2016 },
    ],
  },
  {
    id: 'PH_DUTERTE', en: 'Rodrigo Duterte', country: 'PH',
    names: ['رودريغو دوتيرتي', 'رودريجو دوتيرتي', 'رودريغو دوتيرتى'],
    surnames: ['دوتيرتي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفلبيني', from: 2016, to: 2022 },
    ],
  },
  {
    id: 'PH_MARCOS_JR', en: 'Ferdinand Marcos Jr.', country: 'PH',
    names: ['فرديناند ماركوس الابن', 'فرديناند ماركوس جونيور', 'بونغبونغ ماركوس'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الفلبيني', from: 2022, to: null },
    ],
  },

  // Africa beyond the Arab League
  {
    id: 'KE_KIBAKI', en: 'Mwai Kibaki', country: 'KE',
    names: ['مواي كيباكي'],
    surnames: ['كيباكي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكيني', from: 2002, to: 2013 },
    ],
  },
  {
    id: 'KE_KENYATTA', en: 'Uhuru Kenyatta', country: 'KE',
    names: ['أوهورو كينياتا', 'اوهورو كينياتا', 'أوهورو كنياتا'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكيني', from: 2013, to: 2022 },
    ],
  },
  {
    id: 'KE_RUTO', en: 'William Ruto', country: 'KE',
    names: ['ويليام روتو', 'وليام روتو'],
    surnames: ['روتو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكيني', from: 2022, to: null },
    ],
  },
  {
    id: 'UG_MUSEVENI', en: 'Yoweri Museveni', country: 'UG',
    names: ['يويري موسيفيني', 'يوري موسيفيني', 'يويري موسفيني'],
    surnames: ['موسيفيني'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأوغندي', from: 1986, to: null },
    ],
  },
  {
    id: 'RW_KAGAME', en: 'Paul Kagame', country: 'RW',
    names: ['بول كاغامي', 'بول كيغامي', 'بول كاجامي'],
    surnames: ['كاغامي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الرواندي', from: 2000, to: null },
    ],
  },
  {
    id: 'SN_WADE', en: 'Abdoulaye Wade', country: 'SN',
    names: ['عبد الله واد', 'عبدولاي واد'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس السنغالي', from: 2000, to: 2012 },
    ],
  },
  {
    id: 'SN_MACKY_SALL', en: 'Macky Sall', country: 'SN',
    names: ['ماكي سال', 'ماكى سال'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس السنغالي', from: 2012, to: 2024 },
    ],
  },
  {
    id: 'SN_FAYE', en: 'Bassirou Diomaye Faye', country: 'SN',
    names: ['باسيرو ديوماي فاي', 'بشير ديوماي فاي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس السنغالي', from: 2024, to: null },
    ],
  },

  // The Americas
  {
    id: 'AR_CRISTINA_KIRCHNER', en: 'Cristina Fernández de Kirchner', country: 'AR',
    names: ['كريستينا فرنانديز دي كيرشنر', 'كريستينا كيرشنر', 'كريستينا فرنانديث دي كيرشنر'],
    surnames: ['كيرشنر'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيسة الأرجنتينية', from: 2007, to: 2015 },
    ],
  },
  {
    id: 'AR_MACRI', en: 'Mauricio Macri', country: 'AR',
    names: ['ماوريسيو ماكري', 'موريسيو ماكري'],
    surnames: ['ماكري'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأرجنتيني', from: 2015, to: 2019 },
    ],
  },
  {
    id: 'AR_MILEI', en: 'Javier Milei', country: 'AR',
    names: ['خافيير ميلي', 'خافيير ميلاي', 'خابيير ميلي'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأرجنتيني', from: 2023, to: null },
    ],
  },
  {
    id: 'MX_CALDERON', en: 'Felipe Calderón', country: 'MX',
    names: ['فيليبي كالديرون', 'فيليب كالديرون', 'فيليبي كالدرون'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس المكسيكي', from: 2006, to: 2012 },
    ],
  },
  {
    id: 'MX_PENA_NIETO', en: 'Enrique Peña Nieto', country: 'MX',
    names: ['إنريكي بينيا نييتو', 'انريكي بينيا نييتو', 'إنريكي بينا نييتو'],
    surnames: ['بينيا نييتو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس المكسيكي', from: 2012, to: 2018 },
    ],
  },
  {
    id: 'MX_AMLO', en: 'Andrés Manuel López Obrador', country: 'MX',
    names: ['أندريس مانويل لوبيز أوبرادور', 'اندريس مانويل لوبيز اوبرادور', 'أندريس مانويل لوبيث أوبرادور'],
    surnames: ['لوبيز أوبرادور', 'أوبرادور'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس المكسيكي', from: 2018, to: 2024 },
    ],
  },
  {
    id: 'MX_SHEINBAUM', en: 'Claudia Sheinbaum', country: 'MX',
    names: ['كلوديا شينباوم', 'كلاوديا شينباوم', 'كلوديا شاينباوم'],
    surnames: ['شينباوم'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيسة المكسيكية', from: 2024, to: null },
    ],
  },
  {
    id: 'CU_RAUL_CASTRO', en: 'Raúl Castro', country: 'CU',
    names: ['راؤول كاسترو', 'راوول كاسترو', 'راول كاسترو'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكوبي', from: 2008, to: 2018 },
    ],
  },
  {
    id: 'CU_DIAZ_CANEL', en: 'Miguel Díaz-Canel', country: 'CU',
    names: ['ميغيل دياز كانيل', 'ميغيل دياز-كانيل', 'ميجيل دياز كانيل', 'ميغيل دياز كانل'],
    surnames: ['دياز كانيل'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الكوبي', from: 2018, to: null },
    ],
  },
  {
    id: 'CU_BRUNO_RODRIGUEZ', en: 'Bruno Rodríguez Parrilla', country: 'CU',
    names: ['برونو رودريغيز', 'برونو رودريغيز باريا', 'برونو رودريجيز'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الكوبي', from: 2009, to: null },
    ],
  },

  // Oceania
  {
    id: 'AU_RUDD', en: 'Kevin Rudd', country: 'AU',
    names: ['كيفن رود', 'كيفين رود'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2007, to: 2010 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأسترالي', from: 2010, to: 2012 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2013, to: 2013 },
    ],
  },
  {
    id: 'AU_GILLARD', en: 'Julia Gillard', country: 'AU',
    names: ['جوليا غيلارد', 'جوليا جيلارد'],
    surnames: ['غيلارد'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء الأسترالية', from: 2010, to: 2013 },
    ],
  },
  {
    id: 'AU_ABBOTT', en: 'Tony Abbott', country: 'AU',
    names: ['توني أبوت', 'توني ابوت', 'طوني أبوت'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2013, to: 2015 },
    ],
  },
  {
    id: 'AU_TURNBULL', en: 'Malcolm Turnbull', country: 'AU',
    names: ['مالكولم تيرنبول', 'مالكوم تيرنبول', 'مالكولم ترنبول'],
    surnames: ['تيرنبول'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2015, to: 2018 },
    ],
  },
  {
    id: 'AU_MORRISON', en: 'Scott Morrison', country: 'AU',
    names: ['سكوت موريسون', 'سكوت موريسن'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2018, to: 2022 },
    ],
  },
  {
    id: 'AU_ALBANESE', en: 'Anthony Albanese', country: 'AU',
    names: ['أنتوني ألبانيزي', 'انتوني البانيزي', 'أنتوني ألبانيز'],
    surnames: ['ألبانيزي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الأسترالي', from: 2022, to: null },
    ],
  },
];

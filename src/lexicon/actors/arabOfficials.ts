import type { ActorEntry } from './types.js';

/**
 * Known Arab officials beyond the heads, foreign and defence ministers (gulf.ts, levant.ts,
 * nileHorn.ts, maghreb.ts), the Saudi and Gulf cabinets (cabinets.ts) and the speakers and chiefs
 * of staff (arabOffices.ts), 2010-2025: the spokesmen most quoted (the coalition in Yemen, Egypt's
 * presidency, Jordan's and Iraq's governments, the Palestinian presidency, Hamas, the Houthis'
 * military), the deputy and assistant secretaries-general of the Arab League and the Arab Parliament's presidents
 * of 2012-2020; Jordan's directors of
 * general intelligence and mayors of Amman; Iraq's interior, oil, electricity and finance ministers;
 * Lebanon's interior and finance ministers, central bank governor and army commander of 2008-2017;
 * the PLO's chief negotiator and the Palestinian intelligence chief, Fatah and Hamas officials;
 * Yemen's deputy speaker and interior, information and transport ministers; Dubai's police chief;
 * Oman's deputy prime minister; Egypt's head of general intelligence of 2018-2024 and the ministers
 * of the portfolios most quoted beyond interior and finance (oil, planning, international
 * cooperation, supply, irrigation, health, education, endowments, tourism and antiquities, social
 * solidarity, emigration, trade), 2013-2025.
 *
 * Sources: general knowledge of these offices, checked for consistency of years (a successor starts
 * the year the predecessor leaves). Nothing was taken from the development or raw articles. Left
 * out as not vouched for or as names a namesake shares: Iraq's finance ministers of 2014-2020,
 * Lebanon's interior minister of 2020-2021 (محمد فهمي, an Egyptian name) and finance minister of
 * 2021-2025 (يوسف خليل), the head of Lebanon's General Security (عباس إبراهيم), Egypt's intelligence chiefs
 * of 2014-2018 and from 2024 (خالد فوزي، حسن رشاد) and electricity minister (محمد شاكر), Egypt's foreign
 * ministry spokesmen (أحمد أبو زيد), the Houthis' negotiator (محمد عبد السلام), Jordan's interior
 * ministers (too many short terms). Jordan's intelligence chief of 2019 is listed with his family
 * name (أحمد حسني حاتوقاي), never as أحمد حسني; his predecessor with his father's (عدنان عصام الجندي).
 * Surnames are listed alone only where the period's news uses them alone for that person
 * (أبو ردينة); not عريقات, which the news uses alone too but then names the entity by it, not by
 * the full name written before.
 */
export const ARAB_OFFICIAL_ACTORS: readonly ActorEntry[] = [
  // Saudi Arabia: spokesmen of the coalition in Yemen and of the interior ministry, an ambassador
  {
    id: 'SA_ASIRI', en: 'Ahmed Asiri', country: 'SA',
    names: ['أحمد عسيري', 'أحمد حسن عسيري', 'أحمد بن حسن عسيري'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدث باسم قوات التحالف', from: 2015, to: 2017 },
      { office: 'AGENCY_HEAD', title: 'نائب رئيس الاستخبارات العامة', from: 2017, to: 2018 },
    ],
  },
  {
    id: 'SA_TURKI_MALIKI', en: 'Turki al-Maliki', country: 'SA',
    names: ['تركي المالكي', 'تركي بن صالح المالكي'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم قوات التحالف', from: 2017, to: null }],
  },
  {
    id: 'SA_MANSOUR_TURKI', en: 'Mansour al-Turki', country: 'SA',
    names: ['منصور التركي', 'منصور بن سلطان التركي'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث الأمني لوزارة الداخلية', from: 2005, to: 2018 }],
  },
  {
    id: 'SA_QATTAN', en: 'Ahmed Qattan', country: 'SA',
    names: ['أحمد قطان', 'أحمد عبد العزيز قطان', 'أحمد بن عبد العزيز قطان'],
    offices: [
      { office: 'AMBASSADOR', title: 'سفير السعودية لدى مصر ومندوبها لدى الجامعة العربية', from: 2011, to: 2017 },
      { office: 'MINISTER', title: 'وزير الدولة لشؤون الدول الأفريقية', from: 2017, to: 2020 },
    ],
  },
  // United Arab Emirates: Dubai police
  {
    id: 'AE_DAHI_KHALFAN', en: 'Dhahi Khalfan', country: 'AE',
    names: ['ضاحي خلفان', 'ضاحي خلفان تميم'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'القائد العام لشرطة دبي', from: 1980, to: 2013 },
      { office: 'AGENCY_HEAD', title: 'نائب رئيس الشرطة والأمن العام في دبي', from: 2013, to: null },
    ],
  },
  // Egypt: presidential spokesmen, the media council
  {
    id: 'EG_ALAA_YOUSSEF', en: 'Alaa Youssef', country: 'EG',
    names: ['علاء يوسف'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم رئاسة الجمهورية', from: 2014, to: 2016 }],
  },
  {
    id: 'EG_BASSAM_RADI', en: 'Bassam Radi', country: 'EG',
    names: ['بسام راضي'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدث باسم رئاسة الجمهورية', from: 2016, to: 2022 },
      { office: 'AMBASSADOR', title: 'سفير مصر لدى إيطاليا', from: 2022, to: null },
    ],
  },
  {
    id: 'EG_MAKRAM', en: 'Makram Mohamed Ahmed', country: 'EG',
    names: ['مكرم محمد أحمد'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس المجلس الأعلى لتنظيم الإعلام', from: 2017, to: 2020 }],
  },
  // Arab League officials
  {
    id: 'DZ_BEN_HELLI', en: 'Ahmed Ben Helli', country: 'DZ', org: 'ARAB_LEAGUE',
    names: ['أحمد بن حلي'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'نائب الأمين العام لجامعة الدول العربية', from: 2005, to: 2017 }],
  },
  {
    id: 'EG_HOSSAM_ZAKI', en: 'Hossam Zaki', country: 'EG', org: 'ARAB_LEAGUE',
    names: ['حسام زكي'],
    offices: [{ office: 'SECRETARY_GENERAL', title: 'الأمين العام المساعد لجامعة الدول العربية', from: 2016, to: null }],
  },
  {
    id: 'AE_JARWAN', en: 'Ahmed Al-Jarwan', country: 'AE', org: 'ARAB_PARLIAMENT',
    names: ['أحمد الجروان', 'أحمد بن محمد الجروان', 'أحمد محمد الجروان'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس البرلمان العربي', from: 2012, to: 2016 }],
  },
  {
    id: 'SA_SALAMI', en: 'Mishal al-Salami', country: 'SA', org: 'ARAB_PARLIAMENT',
    names: ['مشعل السلمي', 'مشعل بن فهم السلمي', 'مشعل فهم السلمي'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس البرلمان العربي', from: 2016, to: 2020 }],
  },
  // Oman: the deputy prime minister for the Council of Ministers
  {
    id: 'OM_FAHD_BIN_MAHMOUD', en: 'Fahd bin Mahmoud Al Said', country: 'OM',
    names: ['فهد بن محمود آل سعيد', 'فهد بن محمود'],
    offices: [{ office: 'MINISTER', title: 'نائب رئيس الوزراء لشؤون مجلس الوزراء', from: 1994, to: 2020 }],
  },
  // Jordan: directors of general intelligence, government spokesmen, mayors of Amman
  {
    id: 'JO_RAQQAD', en: 'Mohammed al-Raqqad', country: 'JO',
    names: ['محمد الرقاد'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير المخابرات العامة', from: 2008, to: 2011, org: 'JO_GID' }],
  },
  {
    id: 'JO_SHOUBAKI', en: 'Faisal al-Shoubaki', country: 'JO',
    names: ['فيصل الشوبكي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير المخابرات العامة', from: 2011, to: 2017, org: 'JO_GID' }],
  },
  {
    id: 'JO_JUNDI', en: 'Adnan al-Jundi', country: 'JO',
    names: ['عدنان عصام الجندي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير المخابرات العامة', from: 2017, to: 2019, org: 'JO_GID' }],
  },
  {
    id: 'JO_HUSNI', en: 'Ahmed Husni', country: 'JO',
    names: ['أحمد حسني حاتوقاي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير المخابرات العامة', from: 2019, to: null, org: 'JO_GID' }],
  },
  {
    id: 'JO_MOMANI', en: 'Mohammad al-Momani', country: 'JO',
    names: ['محمد المومني'],
    offices: [{ office: 'SPOKESPERSON', title: 'وزير الدولة لشؤون الإعلام الناطق باسم الحكومة', from: 2013, to: 2018 }],
  },
  {
    id: 'JO_GHNEIMAT', en: 'Jumana Ghneimat', country: 'JO',
    names: ['جمانة غنيمات'],
    offices: [{ office: 'SPOKESPERSON', title: 'وزيرة الدولة لشؤون الإعلام الناطقة باسم الحكومة', from: 2018, to: 2020 }],
  },
  {
    id: 'JO_BILTAJI', en: 'Akel Biltaji', country: 'JO',
    names: ['عقل بلتاجي'],
    offices: [{ office: 'GOVERNOR', title: 'أمين عمان', from: 2013, to: 2017 }],
  },
  {
    id: 'JO_SHAWARBEH', en: 'Yousef al-Shawarbeh', country: 'JO',
    names: ['يوسف الشواربة'],
    offices: [{ office: 'GOVERNOR', title: 'أمين عمان', from: 2017, to: 2021 }],
  },
  // Iraq: interior, oil, electricity and finance ministers, spokesmen
  {
    id: 'IQ_GHABBAN', en: 'Mohammed Salem al-Ghabban', country: 'IQ',
    names: ['محمد سالم الغبان', 'محمد الغبان'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية العراقي', from: 2014, to: 2016 }],
  },
  {
    id: 'IQ_ARAJI', en: 'Qasim al-Araji', country: 'IQ',
    names: ['قاسم الأعرجي', 'قاسم الاعرجي'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية العراقي', from: 2017, to: 2018 },
      { office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي العراقي', from: 2020, to: null },
    ],
  },
  {
    id: 'IQ_YASIRI', en: 'Yassin al-Yasiri', country: 'IQ',
    names: ['ياسين الياسري', 'ياسين طاهر الياسري'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية العراقي', from: 2019, to: 2020 }],
  },
  {
    id: 'IQ_GHANIMI', en: 'Othman al-Ghanimi', country: 'IQ',
    names: ['عثمان الغانمي', 'عثمان علي الغانمي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش العراقي', from: 2015, to: 2020 },
      { office: 'MINISTER', title: 'وزير الداخلية العراقي', from: 2020, to: 2022 },
    ],
  },
  {
    id: 'IQ_ABDULAMIR_SHAMMARI', en: 'Abdul Amir al-Shammari', country: 'IQ',
    names: ['عبد الأمير الشمري', 'عبد الأمير كامل الشمري'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية العراقي', from: 2022, to: null }],
  },
  {
    id: 'IQ_ABDULKARIM_LUAIBI', en: 'Abdul Karim al-Luaibi', country: 'IQ',
    names: ['عبد الكريم لعيبي', 'عبد الكريم اللعيبي', 'عبد الكريم لعيبي بهيد'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط العراقي', from: 2010, to: 2014 }],
  },
  {
    id: 'IQ_JABBAR_LUAIBI', en: 'Jabbar al-Luaibi', country: 'IQ',
    names: ['جبار اللعيبي', 'جبار علي اللعيبي', 'جبار لعيبي'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط العراقي', from: 2016, to: 2018 }],
  },
  {
    id: 'IQ_GHADHBAN', en: 'Thamer Ghadhban', country: 'IQ',
    names: ['ثامر الغضبان', 'ثامر عباس الغضبان'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط العراقي', from: 2018, to: 2020 }],
  },
  {
    id: 'IQ_IHSAN_ABDULJABBAR', en: 'Ihsan Abdul Jabbar', country: 'IQ',
    names: ['إحسان عبد الجبار', 'إحسان عبد الجبار إسماعيل'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط العراقي', from: 2020, to: 2022 }],
  },
  {
    id: 'IQ_HAYAN_ABDULGHANI', en: 'Hayan Abdul Ghani', country: 'IQ',
    names: ['حيان عبد الغني', 'حيان عبد الغني السواد'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط العراقي', from: 2022, to: null }],
  },
  {
    id: 'IQ_FAHDAWI', en: 'Qasim al-Fahdawi', country: 'IQ',
    names: ['قاسم الفهداوي', 'قاسم محمد الفهداوي'],
    offices: [{ office: 'MINISTER', title: 'وزير الكهرباء العراقي', from: 2014, to: 2018 }],
  },
  {
    id: 'IQ_ALLAWI_ALI', en: 'Ali Allawi', country: 'IQ',
    names: ['علي علاوي', 'علي عبد الأمير علاوي'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية العراقي', from: 2020, to: 2022 }],
  },
  {
    id: 'IQ_TAIF_SAMI', en: 'Taif Sami', country: 'IQ',
    names: ['طيف سامي', 'طيف سامي محمد'],
    offices: [{ office: 'MINISTER', title: 'وزيرة المالية العراقية', from: 2022, to: null }],
  },
  {
    id: 'IQ_HADITHI', en: 'Saad al-Hadithi', country: 'IQ',
    names: ['سعد الحديثي'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم الحكومة العراقية', from: 2014, to: 2018 }],
  },
  {
    id: 'IQ_YAHYA_RASOOL', en: 'Yahya Rasool', country: 'IQ',
    names: ['يحيى رسول', 'يحيى رسول عبد الله'],
    offices: [{ office: 'SPOKESPERSON', title: 'الناطق باسم القائد العام للقوات المسلحة العراقية', from: 2019, to: null }],
  },
  // Lebanon: interior and finance ministers, the central bank, the army
  {
    id: 'LB_BAROUD', en: 'Ziad Baroud', country: 'LB',
    names: ['زياد بارود'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اللبناني', from: 2008, to: 2011 }],
  },
  {
    id: 'LB_CHARBEL', en: 'Marwan Charbel', country: 'LB',
    names: ['مروان شربل'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اللبناني', from: 2011, to: 2014 }],
  },
  {
    id: 'LB_MACHNOUK', en: 'Nohad Machnouk', country: 'LB',
    names: ['نهاد المشنوق'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اللبناني', from: 2014, to: 2019 }],
  },
  {
    id: 'LB_RAYA_HASSAN', en: 'Raya El Hassan', country: 'LB',
    names: ['ريا الحسن', 'ريا حفار الحسن'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة المالية اللبنانية', from: 2009, to: 2011 },
      { office: 'MINISTER', title: 'وزيرة الداخلية اللبنانية', from: 2019, to: 2020 },
    ],
  },
  {
    id: 'LB_MAWLAWI', en: 'Bassam Mawlawi', country: 'LB',
    names: ['بسام مولوي', 'بسام المولوي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اللبناني', from: 2021, to: 2025 }],
  },
  {
    id: 'LB_SAFADI', en: 'Mohammad Safadi', country: 'LB',
    names: ['محمد الصفدي'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية اللبناني', from: 2011, to: 2014 }],
  },
  {
    id: 'LB_ALI_HASSAN_KHALIL', en: 'Ali Hassan Khalil', country: 'LB',
    names: ['علي حسن خليل'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية اللبناني', from: 2014, to: 2020 }],
  },
  {
    id: 'LB_WAZNI', en: 'Ghazi Wazni', country: 'LB',
    names: ['غازي وزني'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية اللبناني', from: 2020, to: 2021 }],
  },
  {
    id: 'LB_YASSINE_JABER', en: 'Yassine Jaber', country: 'LB',
    names: ['ياسين جابر'],
    offices: [{ office: 'MINISTER', title: 'وزير المالية اللبناني', from: 2025, to: null }],
  },
  {
    id: 'LB_SALAMEH', en: 'Riad Salameh', country: 'LB',
    names: ['رياض سلامة', 'رياض توفيق سلامة'],
    offices: [{ office: 'AGENCY_HEAD', title: 'حاكم مصرف لبنان', from: 1993, to: 2023 }],
  },
  {
    id: 'LB_KAHWAJI', en: 'Jean Kahwaji', country: 'LB',
    names: ['جان قهوجي'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد الجيش اللبناني', from: 2008, to: 2017 }],
  },
  // Palestine: the presidency's spokesman, the PLO's negotiator, intelligence, Fatah and Hamas officials
  {
    id: 'PS_ABU_RUDEINEH', en: 'Nabil Abu Rudeineh', country: 'PS',
    names: ['نبيل أبو ردينة', 'نبيل ابو ردينة'],
    surnames: ['أبو ردينة'],
    offices: [{ office: 'SPOKESPERSON', title: 'الناطق الرسمي باسم الرئاسة الفلسطينية', from: 2005, to: null }],
  },
  {
    id: 'PS_EREKAT', en: 'Saeb Erekat', country: 'PS',
    names: ['صائب عريقات'],
    offices: [
      { office: 'MINISTER', title: 'كبير المفاوضين الفلسطينيين', from: 2009, to: 2020 },
      { office: 'SECRETARY_GENERAL', title: 'أمين سر اللجنة التنفيذية لمنظمة التحرير', from: 2015, to: 2020, org: 'PLO' },
    ],
  },
  {
    id: 'PS_MAJED_FARAJ', en: 'Majed Faraj', country: 'PS',
    names: ['ماجد فرج'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس جهاز المخابرات العامة الفلسطينية', from: 2009, to: null }],
  },
  {
    id: 'PS_AZZAM_AHMAD', en: 'Azzam al-Ahmad', country: 'PS', org: 'FATAH',
    names: ['عزام الأحمد', 'عزام الاحمد'],
    offices: [{ office: 'PARTY_LEADER', title: 'عضو اللجنة المركزية لحركة فتح', from: 2009, to: null }],
  },
  {
    id: 'PS_ZAHAR', en: 'Mahmoud al-Zahar', country: 'PS', org: 'HAMAS',
    names: ['محمود الزهار'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'عضو المكتب السياسي لحركة حماس', from: 2010, to: null }],
  },
  {
    id: 'PS_ABU_ZUHRI', en: 'Sami Abu Zuhri', country: 'PS', org: 'HAMAS',
    names: ['سامي أبو زهري', 'سامي ابو زهري'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'المتحدث باسم حركة حماس', from: 2010, to: null }],
  },
  {
    id: 'PS_BARHOUM', en: 'Fawzi Barhoum', country: 'PS', org: 'HAMAS',
    names: ['فوزي برهوم'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'المتحدث باسم حركة حماس', from: 2010, to: null }],
  },
  {
    id: 'PS_HAZEM_QASSEM', en: 'Hazem Qassem', country: 'PS', org: 'HAMAS',
    names: ['حازم قاسم'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'المتحدث باسم حركة حماس', from: 2015, to: null }],
  },
  {
    id: 'PS_OSAMA_HAMDAN', en: 'Osama Hamdan', country: 'PS', org: 'HAMAS',
    names: ['أسامة حمدان', 'اسامة حمدان'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'عضو المكتب السياسي لحركة حماس', from: 2010, to: null }],
  },
  {
    id: 'PS_HUSAM_BADRAN', en: 'Husam Badran', country: 'PS', org: 'HAMAS',
    names: ['حسام بدران'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'عضو المكتب السياسي لحركة حماس', from: 2011, to: null }],
  },
  {
    id: 'PS_ISMAIL_RADWAN', en: 'Ismail Radwan', country: 'PS', org: 'HAMAS',
    names: ['إسماعيل رضوان', 'اسماعيل رضوان'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'قيادي في حركة حماس', from: 2010, to: null }],
  },
  // Yemen: the deputy speaker, interior, information and transport ministers of the recognised government; the Houthis' military spokesman
  {
    id: 'YE_SHADADI', en: 'Mohammed al-Shadadi', country: 'YE',
    names: ['محمد الشدادي', 'محمد علي الشدادي'],
    offices: [{ office: 'LEGISLATOR', title: 'نائب رئيس مجلس النواب اليمني', from: 2010, to: null }],
  },
  {
    id: 'YE_HUSSEIN_ARAB', en: 'Hussein Arab', country: 'YE',
    names: ['حسين عرب', 'حسين محمد عرب'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اليمني', from: 2015, to: 2017 }],
  },
  {
    id: 'YE_MAISARI', en: 'Ahmed al-Maisari', country: 'YE',
    names: ['أحمد الميسري', 'أحمد بن أحمد الميسري'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اليمني', from: 2017, to: 2020 }],
  },
  {
    id: 'YE_HAYDAN', en: 'Ibrahim Haydan', country: 'YE',
    names: ['إبراهيم حيدان', 'ابراهيم حيدان', 'إبراهيم علي حيدان'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية اليمني', from: 2020, to: null }],
  },
  {
    id: 'YE_ERYANI', en: 'Moammar al-Eryani', country: 'YE',
    names: ['معمر الإرياني', 'معمر الارياني', 'معمر الأرياني'],
    offices: [{ office: 'MINISTER', title: 'وزير الإعلام اليمني', from: 2017, to: null }],
  },
  {
    id: 'YE_BASALMA', en: 'Badr Basalma', country: 'YE',
    names: ['بدر باسلمة', 'بدر محمد باسلمة'],
    offices: [{ office: 'MINISTER', title: 'وزير النقل اليمني', from: 2014, to: 2015 }],
  },
  {
    id: 'YE_SAREE', en: 'Yahya Saree', country: 'YE', org: 'HOUTHIS',
    names: ['يحيى سريع'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث العسكري باسم قوات الحوثيين', from: 2019, to: null }],
  },
  // Egypt: the head of general intelligence, and the ministers of the portfolios most quoted beyond
  // interior and finance (nileHorn.ts)
  {
    id: 'EG_ABBAS_KAMEL', en: 'Abbas Kamel', country: 'EG',
    names: ['عباس كامل'],
    offices: [
      { office: 'ADVISER', title: 'مدير مكتب رئيس الجمهورية', from: 2014, to: 2018 },
      { office: 'AGENCY_HEAD', title: 'رئيس المخابرات العامة المصرية', from: 2018, to: 2024 },
    ],
  },
  {
    id: 'EG_MOLLA', en: 'Tarek El Molla', country: 'EG',
    names: ['طارق الملا'],
    offices: [{ office: 'MINISTER', title: 'وزير البترول والثروة المعدنية', from: 2015, to: 2024 }],
  },
  {
    id: 'EG_HALA_SAID', en: 'Hala El-Said', country: 'EG',
    names: ['هالة السعيد', 'هالة حلمي السعيد'],
    offices: [{ office: 'MINISTER', title: 'وزيرة التخطيط والتنمية الاقتصادية', from: 2017, to: 2024 }],
  },
  {
    id: 'EG_SAHAR_NASR', en: 'Sahar Nasr', country: 'EG',
    names: ['سحر نصر'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الاستثمار والتعاون الدولي', from: 2015, to: 2019 }],
  },
  {
    id: 'EG_MASHAT', en: 'Rania Al-Mashat', country: 'EG',
    names: ['رانيا المشاط', 'رانيا عبد المنعم المشاط'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة السياحة', from: 2018, to: 2019 },
      { office: 'MINISTER', title: 'وزيرة التعاون الدولي', from: 2019, to: null },
    ],
  },
  {
    id: 'EG_MOSELHY', en: 'Ali Moselhy', country: 'EG',
    names: ['علي المصيلحي', 'علي مصيلحي'],
    offices: [{ office: 'MINISTER', title: 'وزير التموين والتجارة الداخلية', from: 2017, to: 2024 }],
  },
  {
    id: 'EG_MOGHAZY', en: 'Hossam Moghazy', country: 'EG',
    names: ['حسام مغازي', 'حسام الدين مغازي'],
    offices: [{ office: 'MINISTER', title: 'وزير الموارد المائية والري', from: 2013, to: 2017 }],
  },
  {
    id: 'EG_ABDEL_ATY', en: 'Mohamed Abdel Aty', country: 'EG',
    names: ['محمد عبد العاطي', 'محمد عبدالعاطي'],
    offices: [{ office: 'MINISTER', title: 'وزير الموارد المائية والري', from: 2017, to: 2024 }],
  },
  {
    id: 'EG_SEWILAM', en: 'Hani Sewilam', country: 'EG',
    names: ['هاني سويلم'],
    offices: [{ office: 'MINISTER', title: 'وزير الموارد المائية والري', from: 2024, to: null }],
  },
  {
    id: 'EG_RADY', en: 'Ahmed Emad El-Din Rady', country: 'EG',
    names: ['أحمد عماد الدين راضي', 'أحمد عماد الدين'],
    offices: [{ office: 'MINISTER', title: 'وزير الصحة والسكان', from: 2015, to: 2018 }],
  },
  {
    id: 'EG_HALA_ZAYED', en: 'Hala Zayed', country: 'EG',
    names: ['هالة زايد'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الصحة والسكان', from: 2018, to: 2022 }],
  },
  {
    id: 'EG_ABDEL_GHAFFAR_KHALED', en: 'Khaled Abdel Ghaffar', country: 'EG',
    names: ['خالد عبد الغفار', 'خالد عبدالغفار'],
    offices: [
      { office: 'MINISTER', title: 'وزير التعليم العالي والبحث العلمي', from: 2017, to: 2024 },
      { office: 'MINISTER', title: 'وزير الصحة والسكان', from: 2022, to: null },
    ],
  },
  {
    id: 'EG_TAREK_SHAWKI', en: 'Tarek Shawki', country: 'EG',
    names: ['طارق شوقي'],
    offices: [{ office: 'MINISTER', title: 'وزير التربية والتعليم', from: 2017, to: 2022 }],
  },
  {
    id: 'EG_MOKHTAR_GOMAA', en: 'Mohamed Mokhtar Gomaa', country: 'EG',
    names: ['محمد مختار جمعة'],
    offices: [{ office: 'MINISTER', title: 'وزير الأوقاف', from: 2013, to: 2024 }],
  },
  {
    id: 'EG_ENANY', en: 'Khaled El-Enany', country: 'EG',
    names: ['خالد العناني'],
    offices: [
      { office: 'MINISTER', title: 'وزير الآثار', from: 2016, to: 2019 },
      { office: 'MINISTER', title: 'وزير السياحة والآثار', from: 2019, to: 2024 },
    ],
  },
  {
    id: 'EG_GHADA_WALI', en: 'Ghada Wali', country: 'EG',
    names: ['غادة والي'],
    offices: [{ office: 'MINISTER', title: 'وزيرة التضامن الاجتماعي', from: 2014, to: 2019 }],
  },
  {
    id: 'EG_KABBAG', en: 'Nevine El-Kabbag', country: 'EG',
    names: ['نيفين القباج'],
    offices: [{ office: 'MINISTER', title: 'وزيرة التضامن الاجتماعي', from: 2019, to: 2024 }],
  },
  {
    id: 'EG_NABILA_MAKRAM', en: 'Nabila Makram', country: 'EG',
    names: ['نبيلة مكرم', 'نبيلة مكرم عبد الشهيد'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الهجرة وشؤون المصريين بالخارج', from: 2015, to: 2022 }],
  },
  {
    id: 'EG_KABIL', en: 'Tarek Kabil', country: 'EG',
    names: ['طارق قابيل'],
    offices: [{ office: 'MINISTER', title: 'وزير التجارة والصناعة', from: 2015, to: 2019 }],
  },
];

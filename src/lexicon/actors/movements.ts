import type { ActorEntry } from './types.js';

/**
 * Known leaders of the region's movements, armed groups and parties, 2010-2025, who are not listed
 * with a state office elsewhere: Hamas, Fatah, Islamic Jihad, Hezbollah, the Houthis, the Muslim
 * Brotherhood, Ennahda and Tunisian parties, Iraqi (Sadrist, Hikma, Badr, Asaib, PMF, Kurdish),
 * Lebanese (Amal, LF, PSP, Kataeb, Marada), Syrian opposition (Syrian National Council, National
 * Coalition, negotiation commission, SDF), Turkish opposition and Kurdish parties, and the jihadist
 * groups. Each term names the body it speaks for (`org`, an id from organizations.ts); the person's
 * `country` is the state the movement belongs to.
 *
 * Leaders who also held state office (Haniyeh, Abbas, Maliki, Barzani, Haftar, Hemedti, Bassil,
 * Hariri, al-Sharaa…) are listed with their state, with their movement terms beside the state ones.
 *
 * Sources: general knowledge of these movements' leaderships, checked for consistency of years,
 * with spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar) and reviewed
 * form by form. Nothing was taken from the development articles. The Syrian National Council
 * (المجلس الوطني السوري, 2011-2012) has no entry in organizations.ts: its chairs carry no `org`.
 */
export const MOVEMENT_ACTORS: readonly ActorEntry[] = [
  // Palestinian movements
  {
    id: 'PS_MESHAAL', en: 'Khaled Meshaal', country: 'PS', org: 'HAMAS',
    names: ['خالد مشعل', 'خالد عبد الرحيم مشعل'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس المكتب السياسي لحركة حماس', from: 1996, to: 2017 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس حركة حماس في الخارج', from: 2021, to: null },
    ],
  },
  {
    id: 'PS_YAHYA_SINWAR', en: 'Yahya Sinwar', country: 'PS', org: 'HAMAS',
    names: ['يحيى السنوار', 'يحيى إبراهيم السنوار'],
    surnames: ['السنوار'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس حركة حماس في قطاع غزة', from: 2017, to: 2024 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس المكتب السياسي لحركة حماس', from: 2024, to: 2024 },
    ],
  },
  {
    id: 'PS_KHALIL_HAYYA', en: 'Khalil al-Hayya', country: 'PS', org: 'HAMAS',
    names: ['خليل الحية'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'نائب رئيس حركة حماس في قطاع غزة', from: 2017, to: 2024 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس حركة حماس في قطاع غزة', from: 2024, to: null },
    ],
  },
  {
    id: 'PS_ABU_MARZOUK', en: 'Mousa Abu Marzouk', country: 'PS', org: 'HAMAS',
    names: ['موسى أبو مرزوق', 'موسى محمد أبو مرزوق'],
    surnames: ['أبو مرزوق'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'عضو المكتب السياسي لحركة حماس', from: 1992, to: null }],
  },
  {
    id: 'PS_AROURI', en: 'Saleh al-Arouri', country: 'PS', org: 'HAMAS',
    names: ['صالح العاروري', 'صالح محمد العاروري'],
    surnames: ['العاروري'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'نائب رئيس المكتب السياسي لحركة حماس', from: 2017, to: 2024 }],
  },
  {
    id: 'PS_DEIF', en: 'Mohammed Deif', country: 'PS', org: 'QASSAM',
    names: ['محمد الضيف', 'محمد دياب المصري', 'أبو خالد الضيف'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'القائد العام لكتائب عز الدين القسام', from: 2002, to: 2024 }],
  },
  {
    id: 'PS_SHALLAH', en: 'Ramadan Shallah', country: 'PS', org: 'PIJ',
    names: ['رمضان شلح', 'رمضان عبد الله شلح'],
    surnames: ['شلح'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام لحركة الجهاد الإسلامي', from: 1995, to: 2018 }],
  },
  {
    id: 'PS_NAKHALAH', en: 'Ziyad al-Nakhalah', country: 'PS', org: 'PIJ',
    names: ['زياد النخالة', 'زياد نخالة'],
    surnames: ['النخالة'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام لحركة الجهاد الإسلامي', from: 2018, to: null }],
  },
  {
    id: 'PS_RAJOUB', en: 'Jibril Rajoub', country: 'PS', org: 'FATAH',
    names: ['جبريل الرجوب'],
    surnames: ['الرجوب'],
    offices: [{ office: 'PARTY_LEADER', title: 'أمين سر اللجنة المركزية لحركة فتح', from: 2017, to: null }],
  },
  {
    id: 'PS_ALOUL', en: 'Mahmoud al-Aloul', country: 'PS', org: 'FATAH',
    names: ['محمود العالول'],
    surnames: ['العالول'],
    offices: [{ office: 'PARTY_LEADER', title: 'نائب رئيس حركة فتح', from: 2017, to: null }],
  },

  // Lebanon
  {
    id: 'LB_NASRALLAH', en: 'Hassan Nasrallah', country: 'LB', org: 'HEZBOLLAH',
    names: ['حسن نصر الله', 'حسن نصرالله'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام لحزب الله', from: 1992, to: 2024 }],
  },
  {
    id: 'LB_NAIM_QASSEM', en: 'Naim Qassem', country: 'LB', org: 'HEZBOLLAH',
    names: ['نعيم قاسم'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'نائب الأمين العام لحزب الله', from: 1991, to: 2024 },
      { office: 'MOVEMENT_LEADER', title: 'الأمين العام لحزب الله', from: 2024, to: null },
    ],
  },
  {
    id: 'LB_SAFIEDDINE', en: 'Hashem Safieddine', country: 'LB', org: 'HEZBOLLAH',
    names: ['هاشم صفي الدين'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس المجلس التنفيذي لحزب الله', from: 2001, to: 2024 }],
  },
  {
    id: 'LB_BERRI', en: 'Nabih Berri', country: 'LB',
    names: ['نبيه بري'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب', from: 1992, to: null, org: 'LB_PARLIAMENT' },
      { office: 'PARTY_LEADER', title: 'رئيس حركة أمل', from: 1980, to: null, org: 'AMAL' },
    ],
  },
  {
    id: 'LB_GEAGEA', en: 'Samir Geagea', country: 'LB', org: 'LF',
    names: ['سمير جعجع'],
    surnames: ['جعجع'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس حزب القوات اللبنانية', from: 2005, to: null }],
  },
  {
    id: 'LB_WALID_JUMBLATT', en: 'Walid Jumblatt', country: 'LB', org: 'PSP',
    names: ['وليد جنبلاط'],
    surnames: ['جنبلاط'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس الحزب التقدمي الاشتراكي', from: 1977, to: 2023 }],
  },
  {
    id: 'LB_TAYMOUR_JUMBLATT', en: 'Taymour Jumblatt', country: 'LB', org: 'PSP',
    names: ['تيمور جنبلاط'],
    surnames: ['جنبلاط'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس الحزب التقدمي الاشتراكي', from: 2023, to: null }],
  },
  {
    id: 'LB_AMINE_GEMAYEL', en: 'Amine Gemayel', country: 'LB', org: 'KATAEB',
    names: ['أمين الجميل'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس حزب الكتائب اللبنانية', from: 2007, to: 2015 }],
  },
  {
    id: 'LB_SAMI_GEMAYEL', en: 'Sami Gemayel', country: 'LB', org: 'KATAEB',
    names: ['سامي الجميل'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس حزب الكتائب اللبنانية', from: 2015, to: null }],
  },
  {
    id: 'LB_FRANGIEH', en: 'Suleiman Frangieh', country: 'LB', org: 'MARADA',
    names: ['سليمان فرنجية', 'سليمان طوني فرنجية'],
    surnames: ['فرنجية'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس تيار المردة', from: 2006, to: null }],
  },

  // Syria: opposition and the SDF
  {
    id: 'SY_GHALIOUN', en: 'Burhan Ghalioun', country: 'SY',
    names: ['برهان غليون'],
    surnames: ['غليون'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس المجلس الوطني السوري', from: 2011, to: 2012 }],
  },
  {
    id: 'SY_SIEDA', en: 'Abdulbaset Sieda', country: 'SY',
    names: ['عبد الباسط سيدا', 'عبدالباسط سيدا'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس المجلس الوطني السوري', from: 2012, to: 2012 }],
  },
  {
    id: 'SY_SABRA', en: 'George Sabra', country: 'SY',
    names: ['جورج صبرا'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس المجلس الوطني السوري', from: 2012, to: 2014 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني السوري بالإنابة', from: 2013, to: 2013, acting: true, org: 'SNC' },
    ],
  },
  {
    id: 'SY_MOAZ_KHATIB', en: 'Moaz al-Khatib', country: 'SY', org: 'SNC',
    names: ['معاذ الخطيب', 'أحمد معاذ الخطيب'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2012, to: 2013 }],
  },
  {
    id: 'SY_JARBA', en: 'Ahmad Jarba', country: 'SY', org: 'SNC',
    names: ['أحمد الجربا', 'أحمد عاصي الجربا'],
    surnames: ['الجربا'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2013, to: 2014 }],
  },
  {
    id: 'SY_BAHRA', en: 'Hadi al-Bahra', country: 'SY', org: 'SNC',
    names: ['هادي البحرة'],
    surnames: ['البحرة'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2014, to: 2015 },
      { office: 'MOVEMENT_LEADER', title: 'الرئيس المشترك للجنة الدستورية السورية', from: 2019, to: 2024, org: 'SYRIA_CONSTITUTIONAL_COMMITTEE' },
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2023, to: 2025 },
    ],
  },
  {
    id: 'SY_KHOJA', en: 'Khaled Khoja', country: 'SY', org: 'SNC',
    names: ['خالد خوجة'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2015, to: 2016 }],
  },
  {
    id: 'SY_ABDAH', en: 'Anas al-Abdah', country: 'SY', org: 'SNC',
    names: ['أنس العبدة'],
    surnames: ['العبدة'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2016, to: 2017 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2019, to: 2020 },
      { office: 'MOVEMENT_LEADER', title: 'رئيس هيئة التفاوض السورية', from: 2020, to: 2022, org: 'SNC_HNC' },
    ],
  },
  {
    id: 'SY_RIAD_SEIF', en: 'Riad Seif', country: 'SY', org: 'SNC',
    names: ['رياض سيف'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2017, to: 2018 }],
  },
  {
    id: 'SY_ABDULRAHMAN_MUSTAFA', en: 'Abdulrahman Mustafa', country: 'SY', org: 'SNC',
    names: ['عبد الرحمن مصطفى', 'عبدالرحمن مصطفى'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2018, to: 2019 }],
  },
  {
    id: 'SY_NASR_HARIRI', en: 'Nasr al-Hariri', country: 'SY',
    names: ['نصر الحريري', 'ناصر الحريري'],
    surnames: ['الحريري'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس هيئة التفاوض السورية', from: 2017, to: 2020, org: 'SNC_HNC' },
      { office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2020, to: 2021, org: 'SNC' },
    ],
  },
  {
    id: 'SY_MESLET', en: 'Salem al-Meslet', country: 'SY', org: 'SNC',
    names: ['سالم المسلط', 'سالم عبد العزيز المسلط'],
    surnames: ['المسلط'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية', from: 2021, to: 2023 }],
  },
  {
    id: 'SY_JAMOUS', en: 'Bader Jamous', country: 'SY', org: 'SNC_HNC',
    names: ['بدر جاموس'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس هيئة التفاوض السورية', from: 2022, to: 2024 }],
  },
  {
    id: 'SY_MAZLOUM_ABDI', en: 'Mazloum Abdi', country: 'SY', org: 'SDF',
    names: ['مظلوم عبدي', 'مظلوم كوباني'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'القائد العام لقوات سوريا الديمقراطية', from: 2015, to: null }],
  },

  // Iraq
  {
    id: 'IQ_MUQTADA_SADR', en: 'Muqtada al-Sadr', country: 'IQ', org: 'SADRISTS',
    names: ['مقتدى الصدر'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم التيار الصدري', from: 2003, to: null }],
  },
  {
    id: 'IQ_AMMAR_HAKIM', en: 'Ammar al-Hakim', country: 'IQ',
    names: ['عمار الحكيم', 'عمار عبد العزيز الحكيم'],
    offices: [
      { office: 'PARTY_LEADER', title: 'رئيس المجلس الأعلى الإسلامي العراقي', from: 2009, to: 2017 },
      { office: 'PARTY_LEADER', title: 'رئيس تيار الحكمة الوطني', from: 2017, to: null, org: 'HIKMA' },
    ],
  },
  {
    id: 'IQ_AMIRI', en: 'Hadi al-Amiri', country: 'IQ', org: 'BADR',
    names: ['هادي العامري'],
    surnames: ['العامري'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام لمنظمة بدر', from: 2003, to: null }],
  },
  {
    id: 'IQ_KHAZALI', en: 'Qais al-Khazali', country: 'IQ', org: 'ASAIB',
    names: ['قيس الخزعلي'],
    surnames: ['الخزعلي'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'الأمين العام لعصائب أهل الحق', from: 2007, to: null }],
  },
  {
    id: 'IQ_MUHANDIS', en: 'Abu Mahdi al-Muhandis', country: 'IQ', org: 'PMF',
    names: ['أبو مهدي المهندس', 'جمال جعفر محمد علي'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'نائب رئيس هيئة الحشد الشعبي', from: 2014, to: 2020 }],
  },
  {
    id: 'IQ_FAYYADH', en: 'Falih al-Fayyadh', country: 'IQ', org: 'PMF',
    names: ['فالح الفياض'],
    surnames: ['الفياض'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس هيئة الحشد الشعبي', from: 2014, to: null }],
  },
  {
    id: 'IQ_HALBOUSI', en: 'Mohammed al-Halbousi', country: 'IQ',
    names: ['محمد الحلبوسي', 'محمد ريكان الحلبوسي'],
    surnames: ['الحلبوسي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب العراقي', from: 2018, to: 2023, org: 'IQ_PARLIAMENT' },
      { office: 'PARTY_LEADER', title: 'رئيس حزب تقدم', from: 2019, to: null, org: 'TAQADDUM_IQ' },
    ],
  },
  {
    id: 'IQ_BAFEL_TALABANI', en: 'Bafel Talabani', country: 'IQ', org: 'PUK',
    names: ['بافل طالباني', 'بافل جلال طالباني'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس الاتحاد الوطني الكردستاني', from: 2020, to: null }],
  },

  // Yemen
  {
    id: 'YE_ABDULMALIK_HOUTHI', en: 'Abdul-Malik al-Houthi', country: 'YE', org: 'HOUTHIS',
    names: ['عبد الملك الحوثي', 'عبد الملك بدر الدين الحوثي', 'عبدالملك الحوثي'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم جماعة أنصار الله', from: 2004, to: null }],
  },

  // Egypt: the Muslim Brotherhood
  {
    id: 'EG_BADIE', en: 'Mohammed Badie', country: 'EG', org: 'MB',
    names: ['محمد بديع', 'محمد بديع عبد المجيد'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'المرشد العام لجماعة الإخوان المسلمين', from: 2010, to: null, note: 'in prison since 2013; acting guides led the group' }],
  },
  {
    id: 'EG_MAHMOUD_EZZAT', en: 'Mahmoud Ezzat', country: 'EG', org: 'MB',
    names: ['محمود عزت', 'محمود عزت إبراهيم'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'القائم بأعمال المرشد العام لجماعة الإخوان المسلمين', from: 2013, to: 2020, acting: true }],
  },
  {
    id: 'EG_IBRAHIM_MUNIR', en: 'Ibrahim Munir', country: 'EG', org: 'MB',
    names: ['إبراهيم منير', 'إبراهيم منير مصطفى'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'القائم بأعمال المرشد العام لجماعة الإخوان المسلمين', from: 2020, to: 2022, acting: true }],
  },
  {
    id: 'EG_KATATNI', en: 'Saad al-Katatni', country: 'EG',
    names: ['سعد الكتاتني', 'محمد سعد الكتاتني'],
    surnames: ['الكتاتني'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشعب', from: 2012, to: 2012 },
      { office: 'PARTY_LEADER', title: 'رئيس حزب الحرية والعدالة', from: 2012, to: 2013, org: 'FJP' },
    ],
  },

  // Tunisia
  {
    id: 'TN_RACHED_GHANNOUCHI', en: 'Rached Ghannouchi', country: 'TN',
    names: ['راشد الغنوشي'],
    surnames: ['الغنوشي'],
    offices: [
      { office: 'PARTY_LEADER', title: 'رئيس حركة النهضة', from: 1991, to: 2023, org: 'ENNAHDA', note: 'in prison from April 2023' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس نواب الشعب', from: 2019, to: 2021, org: 'TN_ARP' },
    ],
  },
  {
    id: 'TN_HAFEDH_ESSEBSI', en: 'Hafedh Caid Essebsi', country: 'TN', org: 'NIDAA',
    names: ['حافظ قائد السبسي', 'حافظ قايد السبسي'],
    offices: [{ office: 'PARTY_LEADER', title: 'المدير التنفيذي لحركة نداء تونس', from: 2015, to: 2019 }],
  },
  {
    id: 'TN_ABIR_MOUSSI', en: 'Abir Moussi', country: 'TN', org: 'PDL',
    names: ['عبير موسي'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيسة الحزب الدستوري الحر', from: 2016, to: null, note: 'in prison from October 2023' }],
  },

  // Turkey: opposition and Kurdish parties
  {
    id: 'TR_KILICDAROGLU', en: 'Kemal Kılıçdaroğlu', country: 'TR', org: 'CHP',
    names: ['كمال كليتشدار أوغلو', 'كمال كليجدار أوغلو', 'كمال قليجدار أوغلو', 'كمال كيليتشدار أوغلو'],
    surnames: ['كليتشدار أوغلو', 'كليجدار أوغلو', 'قليجدار أوغلو', 'كيليتشدار أوغلو'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيم حزب الشعب الجمهوري', from: 2010, to: 2023 }],
  },
  {
    id: 'TR_OZEL', en: 'Özgür Özel', country: 'TR', org: 'CHP',
    names: ['أوزغور أوزيل', 'أوزغور أوزال'],
    surnames: ['أوزيل'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيم حزب الشعب الجمهوري', from: 2023, to: null }],
  },
  {
    id: 'TR_BAHCELI', en: 'Devlet Bahçeli', country: 'TR', org: 'MHP',
    names: ['دولت بهتشلي', 'دولت باهتشلي', 'دولت بهجلي'],
    surnames: ['بهتشلي', 'باهتشلي', 'بهجلي'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيم حزب الحركة القومية', from: 1997, to: null }],
  },
  {
    id: 'TR_DEMIRTAS', en: 'Selahattin Demirtaş', country: 'TR', org: 'HDP',
    names: ['صلاح الدين دميرطاش', 'صلاح الدين دميرتاش', 'صلاح الدين دمرتاش'],
    surnames: ['دميرطاش', 'دميرتاش', 'دمرتاش'],
    offices: [{ office: 'PARTY_LEADER', title: 'الرئيس المشترك لحزب الشعوب الديمقراطي', from: 2014, to: 2018 }],
  },
  {
    id: 'TR_OCALAN', en: 'Abdullah Öcalan', country: 'TR', org: 'PKK',
    names: ['عبد الله أوجلان', 'عبدالله أوجلان', 'عبد الله أوج آلان'],
    surnames: ['أوجلان'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم حزب العمال الكردستاني', from: 1978, to: 2025, note: 'in prison since 1999; the party announced its dissolution in May 2025' }],
  },

  // Jihadist groups
  {
    id: 'ISIS_BAGHDADI', en: 'Abu Bakr al-Baghdadi', country: 'IQ', org: 'ISIS',
    names: ['أبو بكر البغدادي', 'أبوبكر البغدادي', 'إبراهيم عواد البدري'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم تنظيم الدولة الإسلامية', from: 2010, to: 2019 }],
  },
  {
    id: 'AQ_BIN_LADEN', en: 'Osama bin Laden', country: 'SA', org: 'AL_QAEDA',
    names: ['أسامة بن لادن', 'أسامة محمد بن لادن'],
    surnames: ['بن لادن'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم تنظيم القاعدة', from: 1988, to: 2011 }],
  },
  {
    id: 'AQ_ZAWAHIRI', en: 'Ayman al-Zawahiri', country: 'EG', org: 'AL_QAEDA',
    names: ['أيمن الظواهري'],
    surnames: ['الظواهري'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'زعيم تنظيم القاعدة', from: 2011, to: 2022 }],
  },
];

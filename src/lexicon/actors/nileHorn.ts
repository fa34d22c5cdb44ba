import type { ActorEntry } from './types.js';

/**
 * Known actors of Egypt, Sudan, Somalia, Djibouti and the Comoros, 2010-2025: heads of state and
 * government, foreign and defence ministers, and the commanders of Sudan's two warring forces;
 * Egypt's interior and finance ministers (without the finance ministers of 2013-2014, whose names,
 * أحمد جلال among them, are too common to key on; Mohamed Ibrahim, interior minister 2013-2015,
 * only by his full name محمد إبراهيم مصطفى).
 * Sudan's RSF-led rival government (2025) is marked in `note`.
 *
 * Sources: general knowledge of the cabinets of these states, checked for consistency of years
 * between offices, and spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar), reviewed form
 * by form. Nothing was taken from the development articles. Left out as not vouched for: Somali
 * foreign and defence ministers (a long, fast-changing list), Djibouti's and the Comoros' ministers,
 * and Sudan's foreign ministers of 2023-2025 beyond the two listed.
 */
export const NILE_HORN_ACTORS: readonly ActorEntry[] = [
  // Egypt
  {
    id: 'EG_MUBARAK', en: 'Hosni Mubarak', country: 'EG',
    names: ['حسني مبارك', 'محمد حسني مبارك', 'محمد حسني السيد مبارك'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1981, to: 2011 }],
  },
  {
    id: 'EG_TANTAWI', en: 'Mohamed Hussein Tantawi', country: 'EG',
    names: ['محمد حسين طنطاوي'],
    surnames: ['طنطاوي'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 1991, to: 2012 },
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس الأعلى للقوات المسلحة', from: 2011, to: 2012, note: 'military council ruling after Mubarak' },
    ],
  },
  {
    id: 'EG_MORSI', en: 'Mohamed Morsi', country: 'EG',
    names: ['محمد مرسي', 'محمد محمد مرسي', 'محمد مرسي العياط'],
    offices: [
      { office: 'PARTY_LEADER', title: 'رئيس حزب الحرية والعدالة', from: 2011, to: 2012, org: 'FJP' },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2012, to: 2013 },
    ],
  },
  {
    id: 'EG_ADLY_MANSOUR', en: 'Adly Mansour', country: 'EG',
    names: ['عدلي منصور', 'عدلي محمود منصور'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس المؤقت', from: 2013, to: 2014, acting: true }],
  },
  {
    id: 'EG_SISI', en: 'Abdel Fattah el-Sisi', country: 'EG',
    names: ['عبد الفتاح السيسي', 'عبد الفتاح سعيد السيسي', 'عبدالفتاح السيسي'],
    surnames: ['السيسي'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2012, to: 2014 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2014, to: null },
    ],
  },
  {
    id: 'EG_NAZIF', en: 'Ahmed Nazif', country: 'EG',
    names: ['أحمد نظيف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2004, to: 2011 }],
  },
  {
    id: 'EG_SHAFIK', en: 'Ahmed Shafik', country: 'EG',
    names: ['أحمد شفيق'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2011 }],
  },
  {
    id: 'EG_SHARAF', en: 'Essam Sharaf', country: 'EG',
    names: ['عصام شرف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2011 }],
  },
  {
    id: 'EG_GANZOURI', en: 'Kamal Ganzouri', country: 'EG',
    names: ['كمال الجنزوري'],
    surnames: ['الجنزوري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2012 }],
  },
  {
    id: 'EG_QANDIL', en: 'Hesham Qandil', country: 'EG',
    names: ['هشام قنديل'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2012, to: 2013 }],
  },
  {
    id: 'EG_BEBLAWI', en: 'Hazem el-Beblawi', country: 'EG',
    names: ['حازم الببلاوي'],
    surnames: ['الببلاوي'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2011, to: 2011 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2013, to: 2014 },
    ],
  },
  {
    id: 'EG_MAHLAB', en: 'Ibrahim Mahlab', country: 'EG',
    names: ['إبراهيم محلب'],
    surnames: ['محلب'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2014, to: 2015 }],
  },
  {
    id: 'EG_SHERIF_ISMAIL', en: 'Sherif Ismail', country: 'EG',
    names: ['شريف إسماعيل'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2015, to: 2018 }],
  },
  {
    id: 'EG_MADBOULY', en: 'Mostafa Madbouly', country: 'EG',
    names: ['مصطفى مدبولي', 'مصطفى كمال مدبولي'],
    surnames: ['مدبولي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2018, to: null }],
  },
  {
    id: 'EG_ABOUL_GHEIT', en: 'Ahmed Aboul Gheit', country: 'EG',
    names: ['أحمد أبو الغيط', 'أحمد أبوالغيط', 'أحمد علي أبو الغيط'],
    surnames: ['أبو الغيط', 'أبوالغيط'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2004, to: 2011 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لجامعة الدول العربية', from: 2016, to: null, org: 'ARAB_LEAGUE' },
    ],
  },
  {
    id: 'EG_ELARABY', en: 'Nabil Elaraby', country: 'EG',
    names: ['نبيل العربي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2011 },
      { office: 'SECRETARY_GENERAL', title: 'الأمين العام لجامعة الدول العربية', from: 2011, to: 2016, org: 'ARAB_LEAGUE' },
    ],
  },
  {
    id: 'EG_KAMEL_AMR', en: 'Mohamed Kamel Amr', country: 'EG',
    names: ['محمد كامل عمرو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2011, to: 2013 }],
  },
  {
    id: 'EG_NABIL_FAHMY', en: 'Nabil Fahmy', country: 'EG',
    names: ['نبيل فهمي', 'نبيل إسماعيل فهمي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2014 }],
  },
  {
    id: 'EG_SHOUKRY', en: 'Sameh Shoukry', country: 'EG',
    names: ['سامح شكري', 'سامح حسن شكري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2014, to: 2024 }],
  },
  {
    id: 'EG_ABDELATTY', en: 'Badr Abdelatty', country: 'EG',
    names: ['بدر عبد العاطي', 'بدر عبدالعاطي', 'بدر أحمد محمد عبد العاطي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية والهجرة', from: 2024, to: null }],
  },
  {
    id: 'EG_SEDKY_SOBHY', en: 'Sedki Sobhi', country: 'EG',
    names: ['صدقي صبحي', 'صدقي صبحي سيد أحمد'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع والإنتاج الحربي', from: 2014, to: 2018 }],
  },
  {
    id: 'EG_MOHAMED_ZAKI', en: 'Mohamed Zaki', country: 'EG',
    names: ['محمد زكي', 'محمد أحمد زكي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع والإنتاج الحربي', from: 2018, to: 2024 }],
  },
  {
    id: 'EG_SAQR', en: 'Abdel Mageed Saqr', country: 'EG',
    names: ['عبد المجيد صقر', 'عبدالمجيد صقر'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع والإنتاج الحربي', from: 2024, to: null }],
  },

  // Egypt: interior and finance ministers
  {
    id: 'EG_ADLY', en: 'Habib el-Adly', country: 'EG',
    names: ['حبيب العادلي', 'حبيب إبراهيم العادلي'],
    surnames: ['العادلي'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 1997, to: 2011 },
    ],
  },
  {
    id: 'EG_WAGDY', en: 'Mahmoud Wagdy', country: 'EG',
    names: ['محمود وجدي'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2011, to: 2011 },
    ],
  },
  {
    id: 'EG_ESSAWY', en: 'Mansour el-Essawy', country: 'EG',
    names: ['منصور العيسوي'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2011, to: 2011 },
    ],
  },
  {
    id: 'EG_MOHAMED_YOUSSEF', en: 'Mohamed Ibrahim Youssef', country: 'EG',
    names: ['محمد إبراهيم يوسف'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2011, to: 2012 },
    ],
  },
  {
    id: 'EG_GAMAL_EL_DIN', en: 'Ahmed Gamal El-Din', country: 'EG',
    names: ['أحمد جمال الدين', 'احمد جمال الدين'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2012, to: 2013 },
    ],
  },
  {
    id: 'EG_MOHAMED_IBRAHIM_MOSTAFA', en: 'Mohamed Ibrahim Mostafa', country: 'EG',
    names: ['محمد إبراهيم مصطفى'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2013, to: 2015 },
    ],
  },
  {
    id: 'EG_ABDEL_GHAFFAR', en: 'Magdy Abdel Ghaffar', country: 'EG',
    names: ['مجدي عبد الغفار'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2015, to: 2018 },
    ],
  },
  {
    id: 'EG_TAWFIK', en: 'Mahmoud Tawfik', country: 'EG',
    names: ['محمود توفيق'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية', from: 2018, to: null },
    ],
  },
  {
    id: 'EG_BOUTROS_GHALI_YOUSSEF', en: 'Youssef Boutros Ghali', country: 'EG',
    names: ['يوسف بطرس غالي'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2004, to: 2011 },
    ],
  },
  {
    id: 'EG_RADWAN', en: 'Samir Radwan', country: 'EG',
    names: ['سمير رضوان'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2011, to: 2011 },
    ],
  },
  {
    id: 'EG_MOMTAZ_EL_SAEED', en: 'Momtaz el-Saeed', country: 'EG',
    names: ['ممتاز السعيد'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2011, to: 2013 },
    ],
  },
  {
    id: 'EG_DIMIAN', en: 'Hany Kadry Dimian', country: 'EG',
    names: ['هاني قدري دميان'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2014, to: 2016 },
    ],
  },
  {
    id: 'EG_GARHY', en: 'Amr el-Garhy', country: 'EG',
    names: ['عمرو الجارحي'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2016, to: 2018 },
    ],
  },
  {
    id: 'EG_MAAIT', en: 'Mohamed Maait', country: 'EG',
    names: ['محمد معيط'],
    surnames: ['معيط'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2018, to: 2024 },
    ],
  },
  {
    id: 'EG_KOUCHOUK', en: 'Ahmed Kouchouk', country: 'EG',
    names: ['أحمد كجوك', 'احمد كجوك'],
    surnames: ['كجوك'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية', from: 2024, to: null },
    ],
  },

  // Sudan: the army-led government, and the RSF-led rival government (noted)
  {
    id: 'SD_BASHIR', en: 'Omar al-Bashir', country: 'SD',
    names: ['عمر البشير', 'عمر حسن البشير', 'عمر حسن أحمد البشير'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1989, to: 2019 },
    ],
  },
  {
    id: 'SD_IBN_AUF', en: 'Ahmed Awad Ibn Auf', country: 'SD',
    names: ['أحمد عوض بن عوف', 'عوض بن عوف', 'عوض ابن عوف', 'أحمد عوض ابن عوف'],
    surnames: ['بن عوف', 'ابن عوف'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2015, to: 2019 },
      { office: 'VICE_PRESIDENT', title: 'النائب الأول للرئيس', from: 2019, to: 2019 },
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس العسكري الانتقالي', from: 2019, to: 2019, note: 'one day, 11-12 April 2019' },
    ],
  },
  {
    id: 'SD_BURHAN', en: 'Abdel Fattah al-Burhan', country: 'SD',
    names: ['عبد الفتاح البرهان', 'عبدالفتاح البرهان', 'عبد الفتاح عبد الرحمن البرهان'],
    surnames: ['البرهان'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'رئيس مجلس السيادة الانتقالي', from: 2019, to: null },
      { office: 'MILITARY_COMMANDER', title: 'القائد العام للقوات المسلحة', from: 2019, to: null, org: 'SAF' },
    ],
  },
  {
    id: 'SD_HEMEDTI', en: 'Mohamed Hamdan Dagalo (Hemedti)', country: 'SD',
    names: ['محمد حمدان دقلو', 'محمد حمدان دقلو حميدتي'],
    surnames: ['حميدتي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'قائد قوات الدعم السريع', from: 2013, to: null, org: 'RSF' },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس مجلس السيادة', from: 2019, to: 2023 },
      { office: 'HEAD_OF_STATE', title: 'رئيس المجلس الرئاسي لحكومة تأسيس', from: 2025, to: null, org: 'RSF', note: 'RSF-led rival government (Tasis), not recognised' },
    ],
  },
  {
    id: 'SD_KABBASHI', en: 'Shams al-Din Kabbashi', country: 'SD',
    names: ['شمس الدين كباشي', 'شمس الدين الكباشي'],
    surnames: ['كباشي', 'الكباشي'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'نائب القائد العام للقوات المسلحة', from: 2021, to: null, org: 'SAF' }],
  },
  {
    id: 'SD_MALIK_AGAR', en: 'Malik Agar', country: 'SD',
    names: ['مالك عقار', 'مالك عقار إير'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس الحركة الشعبية لتحرير السودان - شمال', from: 2011, to: null, org: 'SPLM_N', note: 'the movement split in 2017; al-Hilu leads the other wing' },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس مجلس السيادة', from: 2023, to: null },
    ],
  },
  {
    id: 'SD_BAKRI', en: 'Bakri Hassan Saleh', country: 'SD',
    names: ['بكري حسن صالح'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'النائب الأول للرئيس', from: 2013, to: 2019 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2017, to: 2018 },
    ],
  },
  {
    id: 'SD_MOTAZ_MOUSA', en: 'Motazz Moussa', country: 'SD',
    names: ['معتز موسى', 'معتز موسى عبد الله'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2018, to: 2019 }],
  },
  {
    id: 'SD_AILA', en: 'Mohamed Tahir Ayala', country: 'SD',
    names: ['محمد طاهر إيلا', 'محمد طاهر أيلا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الوزراء', from: 2019, to: 2019 }],
  },
  {
    id: 'SD_HAMDOK', en: 'Abdalla Hamdok', country: 'SD',
    names: ['عبد الله حمدوك', 'عبدالله حمدوك', 'عبد الله آدم حمدوك'],
    surnames: ['حمدوك'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2019, to: 2022 },
      { office: 'PARTY_LEADER', title: 'رئيس تنسيقية القوى الديمقراطية المدنية (تقدم)', from: 2023, to: 2025, org: 'TAQADDUM' },
    ],
  },
  {
    id: 'SD_OSMAN_HUSSEIN', en: 'Osman Hussein', country: 'SD',
    names: ['عثمان حسين', 'عثمان حسين عثمان'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء المكلف', from: 2022, to: 2025, acting: true }],
  },
  {
    id: 'SD_KAMIL_IDRIS', en: 'Kamil Idris', country: 'SD',
    names: ['كامل إدريس', 'كامل الطيب إدريس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2025, to: null }],
  },
  {
    id: 'SD_TAISHI', en: 'Mohamed Hassan al-Taishi', country: 'SD',
    names: ['محمد حسن التعايشي', 'محمد حسن عثمان التعايشي'],
    surnames: ['التعايشي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس وزراء حكومة تأسيس', from: 2025, to: null, org: 'RSF', note: 'RSF-led rival government (Tasis), not recognised' },
    ],
  },
  {
    id: 'SD_DENG_ALOR', en: 'Deng Alor', country: 'SD',
    names: ['دينق ألور', 'دينغ ألور', 'دينق ألور كول'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2007, to: 2010 }],
  },
  {
    id: 'SD_KARTI', en: 'Ali Karti', country: 'SD',
    names: ['علي كرتي', 'علي أحمد كرتي'],
    surnames: ['كرتي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2010, to: 2015 },
      { office: 'MOVEMENT_LEADER', title: 'الأمين العام للحركة الإسلامية السودانية', from: 2021, to: null, org: 'SD_ISLAMIC_MOVEMENT' },
    ],
  },
  {
    id: 'SD_GHANDOUR', en: 'Ibrahim Ghandour', country: 'SD',
    names: ['إبراهيم غندور', 'إبراهيم أحمد غندور'],
    surnames: ['غندور'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2018 }],
  },
  {
    id: 'SD_DIRDIRI', en: 'Al-Dirdiri Mohamed Ahmed', country: 'SD',
    names: ['الدرديري محمد أحمد', 'الدرديري محمد أحمد الدخيري'],
    surnames: ['الدرديري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2018, to: 2019 }],
  },
  {
    id: 'SD_ASMA_ABDALLA', en: 'Asma Mohamed Abdalla', country: 'SD',
    names: ['أسماء محمد عبد الله', 'أسماء عبد الله'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية', from: 2019, to: 2020 }],
  },
  {
    id: 'SD_MARIAM_MAHDI', en: 'Mariam al-Sadiq al-Mahdi', country: 'SD',
    names: ['مريم الصادق المهدي', 'مريم الصادق'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية', from: 2021, to: 2021 }],
  },
  {
    id: 'SD_ALI_SADIQ', en: 'Ali al-Sadiq', country: 'SD',
    names: ['علي الصادق', 'علي الصادق علي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية المكلف', from: 2022, to: 2023, acting: true }],
  },
  {
    id: 'SD_ABDELRAHIM_HUSSEIN', en: 'Abdel Rahim Mohamed Hussein', country: 'SD',
    names: ['عبد الرحيم محمد حسين'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2005, to: 2015 }],
  },
  {
    id: 'SD_YASSIN_IBRAHIM', en: 'Yassin Ibrahim Yassin', country: 'SD',
    names: ['ياسين إبراهيم ياسين'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: null }],
  },
  {
    id: 'SD_SADIQ_MAHDI', en: 'Sadiq al-Mahdi', country: 'SD',
    names: ['الصادق المهدي', 'الصادق الصديق المهدي'],
    offices: [{ office: 'PARTY_LEADER', title: 'رئيس حزب الأمة القومي', from: 1964, to: 2020, org: 'UMMA' }],
  },
  {
    id: 'SD_HILU', en: 'Abdelaziz al-Hilu', country: 'SD',
    names: ['عبد العزيز الحلو', 'عبدالعزيز الحلو', 'عبد العزيز آدم الحلو'],
    offices: [
      { office: 'MOVEMENT_LEADER', title: 'رئيس الحركة الشعبية لتحرير السودان - شمال', from: 2017, to: null, org: 'SPLM_N' },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس المجلس الرئاسي لحكومة تأسيس', from: 2025, to: null, org: 'RSF', note: 'RSF-led rival government (Tasis), not recognised' },
    ],
  },
  {
    id: 'SD_GIBRIL_IBRAHIM', en: 'Gibril Ibrahim', country: 'SD',
    names: ['جبريل إبراهيم', 'جبريل إبراهيم محمد'],
    offices: [{ office: 'MOVEMENT_LEADER', title: 'رئيس حركة العدل والمساواة', from: 2012, to: null, org: 'JEM' }],
  },

  // Somalia
  {
    id: 'SO_SHARIF', en: 'Sharif Sheikh Ahmed', country: 'SO',
    names: ['شريف شيخ أحمد', 'شيخ شريف شيخ أحمد'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2009, to: 2012 }],
  },
  {
    id: 'SO_HASSAN_SHEIKH', en: 'Hassan Sheikh Mohamud', country: 'SO',
    names: ['حسن شيخ محمود'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2012, to: 2017 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2022, to: null },
    ],
  },
  {
    id: 'SO_FARMAJO', en: 'Mohamed Abdullahi Farmajo', country: 'SO',
    names: ['محمد عبد الله فرماجو', 'محمد عبدالله فرماجو', 'محمد عبد الله محمد فرماجو'],
    surnames: ['فرماجو'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2010, to: 2011 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2017, to: 2022 },
    ],
  },
  {
    id: 'SO_SHARMARKE', en: 'Omar Abdirashid Ali Sharmarke', country: 'SO',
    names: ['عمر عبد الرشيد شرماركي', 'عمر عبد الرشيد علي شرماركي'],
    surnames: ['شرماركي'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2009, to: 2010 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2014, to: 2017 },
    ],
  },
  {
    id: 'SO_ABDIWELI_MOHAMED_ALI', en: 'Abdiweli Mohamed Ali', country: 'SO',
    names: ['عبد الولي محمد علي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2011, to: 2012 }],
  },
  {
    id: 'SO_SHIRDON', en: 'Abdi Farah Shirdon', country: 'SO',
    names: ['عبدي فارح شردون', 'عبدي فارح شيردون'],
    surnames: ['شردون'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2012, to: 2013 }],
  },
  {
    id: 'SO_ABDIWELI_SHEIKH_AHMED', en: 'Abdiweli Sheikh Ahmed', country: 'SO',
    names: ['عبد الولي شيخ أحمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2013, to: 2014 }],
  },
  {
    id: 'SO_KHAIRE', en: 'Hassan Ali Khaire', country: 'SO',
    names: ['حسن علي خيري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2017, to: 2020 }],
  },
  {
    id: 'SO_ROBLE', en: 'Mohamed Hussein Roble', country: 'SO',
    names: ['محمد حسين روبلي'],
    surnames: ['روبلي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2020, to: 2022 }],
  },
  {
    id: 'SO_HAMZA_BARRE', en: 'Hamza Abdi Barre', country: 'SO',
    names: ['حمزة عبدي بري'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2022, to: null }],
  },

  // Djibouti
  {
    id: 'DJ_GUELLEH', en: 'Ismail Omar Guelleh', country: 'DJ',
    names: ['إسماعيل عمر جيله', 'إسماعيل عمر قيله', 'إسماعيل عمر غيله'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 1999, to: null }],
  },
  {
    id: 'DJ_DILEITA', en: 'Dileita Mohamed Dileita', country: 'DJ',
    names: ['دليتا محمد دليتا', 'ديليتا محمد ديليتا'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2001, to: 2013 }],
  },
  {
    id: 'DJ_KAMIL', en: 'Abdoulkader Kamil Mohamed', country: 'DJ',
    names: ['عبد القادر كامل محمد'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2013, to: null }],
  },
  {
    id: 'DJ_MAHMOUD_ALI_YOUSSOUF', en: 'Mahmoud Ali Youssouf', country: 'DJ',
    names: ['محمود علي يوسف'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2005, to: 2025 },
      { office: 'COMMISSION_CHAIR', title: 'رئيس مفوضية الاتحاد الأفريقي', from: 2025, to: null, org: 'AU' },
    ],
  },

  // Comoros
  {
    id: 'KM_SAMBI', en: 'Ahmed Abdallah Sambi', country: 'KM',
    names: ['أحمد عبد الله سامبي', 'أحمد عبدالله سامبي'],
    surnames: ['سامبي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2006, to: 2011 }],
  },
  {
    id: 'KM_DHOININE', en: 'Ikililou Dhoinine', country: 'KM',
    names: ['إكليل ظنين', 'إكليلو ظنين'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2011, to: 2016 }],
  },
  {
    id: 'KM_AZALI', en: 'Azali Assoumani', country: 'KM',
    names: ['غزالي عثماني', 'عزالي عثماني'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2016, to: null }],
  },
];

import type { ActorEntry } from './types.js';

/**
 * Known actors of Iran, Turkey and Israel, 2010-2025: heads of state and government, Iran's
 * supreme leader, foreign and defence ministers, and a few commanders who speak for their state
 * in the region's news (Iran's Quds Force); and, by office and years, the commanders of Iran's
 * Revolutionary Guard, its chiefs of staff and the secretaries of its Supreme National Security
 * Council, Israel's chiefs of staff and the heads of the Mossad and the Shin Bet (the acting heads
 * of a few weeks left out). Party leaders without state office are in movements.ts.
 *
 * Sources: general knowledge of the cabinets of these states, checked for consistency of years
 * between offices, and spellings compared with the UniversalPetrarch Arabic actor dictionary
 * (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar), reviewed form
 * by form, with the variants Arabic wire services use (غول/جول، هرتسوغ/هرتزوغ). Nothing was taken
 * from the development articles.
 *
 * Iran's president is listed as HEAD_OF_STATE (its constitution names him head of the executive;
 * there is no prime minister); the supreme leader has his own office, SUPREME_LEADER.
 */
export const NEIGHBOUR_ACTORS: readonly ActorEntry[] = [
  // Iran
  {
    id: 'IR_KHAMENEI', en: 'Ali Khamenei', country: 'IR',
    names: ['علي خامنئي', 'علي الخامنئي', 'آية الله علي خامنئي', 'علي حسيني خامنئي'],
    surnames: ['خامنئي', 'الخامنئي'],
    offices: [{ office: 'SUPREME_LEADER', title: 'المرشد الأعلى', from: 1989, to: null }],
  },
  {
    id: 'IR_AHMADINEJAD', en: 'Mahmoud Ahmadinejad', country: 'IR',
    names: ['محمود أحمدي نجاد', 'محمود احمدي نژاد'],
    surnames: ['أحمدي نجاد'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2005, to: 2013 }],
  },
  {
    id: 'IR_ROUHANI', en: 'Hassan Rouhani', country: 'IR',
    names: ['حسن روحاني'],
    surnames: ['روحاني'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2013, to: 2021 }],
  },
  {
    id: 'IR_RAISI', en: 'Ebrahim Raisi', country: 'IR',
    names: ['إبراهيم رئيسي', 'ابراهيم رئيسي', 'السيد إبراهيم رئيسي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2021, to: 2024 }],
  },
  {
    id: 'IR_MOKHBER', en: 'Mohammad Mokhber', country: 'IR',
    names: ['محمد مخبر', 'محمد مخبر دزفولي'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'النائب الأول للرئيس', from: 2021, to: 2024 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس المؤقت', from: 2024, to: 2024, acting: true },
    ],
  },
  {
    id: 'IR_PEZESHKIAN', en: 'Masoud Pezeshkian', country: 'IR',
    names: ['مسعود بزشكيان', 'مسعود بيزشكيان', 'مسعود پزشکیان'],
    surnames: ['بزشكيان', 'بيزشكيان'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2024, to: null }],
  },
  {
    id: 'IR_MOTTAKI', en: 'Manouchehr Mottaki', country: 'IR',
    names: ['منوشهر متكي', 'منوتشهر متكي', 'منوشهر متقي'],
    surnames: ['متكي', 'متقي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2005, to: 2010 }],
  },
  {
    id: 'IR_SALEHI', en: 'Ali Akbar Salehi', country: 'IR',
    names: ['علي أكبر صالحي'],
    surnames: ['صالحي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2010, to: 2013 },
    ],
  },
  {
    id: 'IR_ZARIF', en: 'Mohammad Javad Zarif', country: 'IR',
    names: ['محمد جواد ظريف', 'جواد ظريف'],
    surnames: ['ظريف'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2021 },
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس للشؤون الاستراتيجية', from: 2024, to: 2025 },
    ],
  },
  {
    id: 'IR_AMIR_ABDOLLAHIAN', en: 'Hossein Amir-Abdollahian', country: 'IR',
    names: ['حسين أمير عبد اللهيان', 'حسين أمير عبداللهيان', 'أمير عبد اللهيان'],
    surnames: ['عبد اللهيان', 'عبداللهيان'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2021, to: 2024 }],
  },
  {
    id: 'IR_BAGHERI_KANI', en: 'Ali Bagheri Kani', country: 'IR',
    names: ['علي باقري كني', 'علي باقري'],
    surnames: ['باقري كني'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'القائم بأعمال وزير الخارجية', from: 2024, to: 2024, acting: true }],
  },
  {
    id: 'IR_ARAGHCHI', en: 'Abbas Araghchi', country: 'IR',
    names: ['عباس عراقجي', 'عباس عراقچي'],
    surnames: ['عراقجي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: null }],
  },
  {
    id: 'IR_VAHIDI', en: 'Ahmad Vahidi', country: 'IR',
    names: ['أحمد وحيدي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2009, to: 2013 }],
  },
  {
    id: 'IR_DEHGHAN', en: 'Hossein Dehghan', country: 'IR',
    names: ['حسين دهقان'],
    surnames: ['دهقان'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2013, to: 2017 }],
  },
  {
    id: 'IR_HATAMI', en: 'Amir Hatami', country: 'IR',
    names: ['أمير حاتمي'],
    surnames: ['حاتمي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2017, to: 2021 }],
  },
  {
    id: 'IR_ASHTIANI', en: 'Mohammad-Reza Ashtiani', country: 'IR',
    names: ['محمد رضا آشتياني', 'محمدرضا آشتياني', 'محمد رضا اشتياني'],
    surnames: ['آشتياني'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2021, to: 2024 }],
  },
  {
    id: 'IR_NASIRZADEH', en: 'Aziz Nasirzadeh', country: 'IR',
    names: ['عزيز نصير زاده', 'عزيز نصيرزاده'],
    surnames: ['نصير زاده', 'نصيرزاده'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null }],
  },
  {
    id: 'IR_LARIJANI', en: 'Ali Larijani', country: 'IR',
    names: ['علي لاريجاني'],
    surnames: ['لاريجاني'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشورى الإسلامي', from: 2008, to: 2020, org: 'IR_MAJLIS' },
      { office: 'SECURITY_ADVISER', title: 'أمين المجلس الأعلى للأمن القومي الإيراني', from: 2025, to: null, org: 'IR_SNSC' },
    ],
  },
  {
    id: 'IR_GHALIBAF', en: 'Mohammad Bagher Ghalibaf', country: 'IR',
    names: ['محمد باقر قاليباف', 'محمد باقر قالیباف', 'محمد باقر غاليباف'],
    surnames: ['قاليباف', 'غاليباف'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس الشورى الإسلامي', from: 2020, to: null, org: 'IR_MAJLIS' }],
  },
  {
    id: 'IR_SOLEIMANI', en: 'Qassem Soleimani', country: 'IR',
    names: ['قاسم سليماني'],
    surnames: ['سليماني'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد فيلق القدس', from: 1998, to: 2020, org: 'QUDS_FORCE' }],
  },
  {
    id: 'IR_QAANI', en: 'Esmail Qaani', country: 'IR',
    names: ['إسماعيل قاآني', 'إسماعيل قآني', 'إسماعيل قاءاني'],
    surnames: ['قاآني', 'قآني'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'قائد فيلق القدس', from: 2020, to: null, org: 'QUDS_FORCE' }],
  },

  // Turkey
  {
    id: 'TR_GUL', en: 'Abdullah Gül', country: 'TR',
    names: ['عبد الله غول', 'عبد الله جول', 'عبدالله غول', 'عبدالله غل'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2007, to: 2014 }],
  },
  {
    id: 'TR_ERDOGAN', en: 'Recep Tayyip Erdoğan', country: 'TR',
    names: ['رجب طيب أردوغان', 'رجب طيب إردوغان', 'رجب طيب اردوغان', 'طيب أردوغان'],
    surnames: ['أردوغان', 'إردوغان'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2003, to: 2014 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2014, to: null },
      { office: 'PARTY_LEADER', title: 'رئيس حزب العدالة والتنمية', from: 2001, to: 2014, org: 'AKP' },
      { office: 'PARTY_LEADER', title: 'رئيس حزب العدالة والتنمية', from: 2017, to: null, org: 'AKP' },
    ],
  },
  {
    id: 'TR_DAVUTOGLU', en: 'Ahmet Davutoğlu', country: 'TR',
    names: ['أحمد داود أوغلو', 'أحمد داوود أوغلو', 'أحمد داوود اوغلو'],
    surnames: ['داود أوغلو', 'داوود أوغلو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2009, to: 2014 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2014, to: 2016 },
    ],
  },
  {
    id: 'TR_YILDIRIM', en: 'Binali Yıldırım', country: 'TR',
    names: ['بن علي يلدريم', 'بنعلي يلدريم', 'بن علي يلدرم'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2016, to: 2018 }],
  },
  {
    id: 'TR_CAVUSOGLU', en: 'Mevlüt Çavuşoğlu', country: 'TR',
    names: ['مولود جاويش أوغلو', 'مولود تشاووش أوغلو', 'مولود جاووش أوغلو', 'مولود تشاويش أوغلو'],
    surnames: ['جاويش أوغلو', 'تشاووش أوغلو', 'جاووش أوغلو', 'تشاويش أوغلو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2014, to: 2023 }],
  },
  {
    id: 'TR_SINIRLIOGLU', en: 'Feridun Sinirlioğlu', country: 'TR',
    names: ['فريدون سينيرلي أوغلو', 'فريدون سنيرلي أوغلو'],
    surnames: ['سينيرلي أوغلو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2015 }],
  },
  {
    id: 'TR_FIDAN', en: 'Hakan Fidan', country: 'TR',
    names: ['هاكان فيدان'],
    surnames: ['فيدان'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2023, to: null }],
  },
  {
    id: 'TR_GONUL', en: 'Vecdi Gönül', country: 'TR',
    names: ['وجدي غونول', 'وجدي جونول'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2007, to: 2011 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2015, to: 2015 },
    ],
  },
  {
    id: 'TR_ISMET_YILMAZ', en: 'İsmet Yılmaz', country: 'TR',
    names: ['عصمت يلماز'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2011, to: 2016, note: 'out of office August-November 2015' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس البرلمان', from: 2015, to: 2015, org: 'TR_GNAT' },
    ],
  },
  {
    id: 'TR_FIKRI_ISIK', en: 'Fikri Işık', country: 'TR',
    names: ['فكري إشيق', 'فكري ايشيك', 'فكري إيشيك'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2016, to: 2017 }],
  },
  {
    id: 'TR_CANIKLI', en: 'Nurettin Canikli', country: 'TR',
    names: ['نور الدين جانيكلي', 'نورالدين جانيكلي'],
    surnames: ['جانيكلي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2017, to: 2018 }],
  },
  {
    id: 'TR_AKAR', en: 'Hulusi Akar', country: 'TR',
    names: ['خلوصي أكار', 'خلوصي آكار'],
    surnames: ['أكار', 'آكار'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس الأركان العامة', from: 2015, to: 2018 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2023 },
    ],
  },
  {
    id: 'TR_GULER', en: 'Yaşar Güler', country: 'TR',
    names: ['يشار غولر', 'يشار غولار', 'ياشار غولر'],
    surnames: ['غولر'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس الأركان العامة', from: 2018, to: 2023 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2023, to: null },
    ],
  },

  // Israel
  {
    id: 'IL_PERES', en: 'Shimon Peres', country: 'IL',
    names: ['شمعون بيريز', 'شيمون بيريز', 'شمعون بيرس', 'شيمعون بيريس'],
    surnames: ['بيريز'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2007, to: 2014 }],
  },
  {
    id: 'IL_RIVLIN', en: 'Reuven Rivlin', country: 'IL',
    names: ['رؤوفين ريفلين', 'روبي ريفلين', 'رؤوبين ريفلين'],
    surnames: ['ريفلين'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2014, to: 2021 }],
  },
  {
    id: 'IL_HERZOG', en: 'Isaac Herzog', country: 'IL',
    names: ['إسحاق هرتسوغ', 'يتسحاق هرتسوغ', 'إسحاق هرتزوغ', 'يتسحاق هرتسوج'],
    surnames: ['هرتسوغ', 'هرتزوغ'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس', from: 2021, to: null }],
  },
  {
    id: 'IL_NETANYAHU', en: 'Benjamin Netanyahu', country: 'IL',
    names: ['بنيامين نتنياهو', 'بنيامين نتانياهو'],
    surnames: ['نتنياهو', 'نتانياهو'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2009, to: 2021 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2022, to: null },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2012, to: 2013 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2015, to: 2019 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2018, to: 2019 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب الليكود', from: 2005, to: null, org: 'LIKUD' },
    ],
  },
  {
    id: 'IL_BENNETT', en: 'Naftali Bennett', country: 'IL',
    names: ['نفتالي بينيت', 'نفتالي بينت'],
    surnames: ['بينيت'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2019, to: 2020 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2021, to: 2022 },
    ],
  },
  {
    id: 'IL_LAPID', en: 'Yair Lapid', country: 'IL',
    names: ['يائير لابيد', 'يائير لبيد'],
    surnames: ['لابيد'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2021, to: 2022 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء', from: 2022, to: 2022 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب يش عتيد', from: 2012, to: null, org: 'YESH_ATID' },
    ],
  },
  {
    id: 'IL_LIEBERMAN', en: 'Avigdor Lieberman', country: 'IL',
    names: ['أفيغدور ليبرمان', 'أفيجدور ليبرمان', 'افيغدور ليبرمان'],
    surnames: ['ليبرمان'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2009, to: 2012 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2013, to: 2015 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2016, to: 2018 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب إسرائيل بيتنا', from: 1999, to: null, org: 'YISRAEL_BEITENU' },
    ],
  },
  {
    id: 'IL_KATZ', en: 'Israel Katz', country: 'IL',
    names: ['يسرائيل كاتس', 'يسرائيل كاتز', 'إسرائيل كاتس', 'إسرائيل كاتز'],
    surnames: ['كاتس', 'كاتز'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2019, to: 2020 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: 2024 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2024, to: null },
    ],
  },
  {
    id: 'IL_ASHKENAZI', en: 'Gabi Ashkenazi', country: 'IL',
    names: ['غابي أشكنازي', 'جابي أشكنازي', 'غابي اشكنازي'],
    surnames: ['أشكنازي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس الأركان', from: 2007, to: 2011 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2020, to: 2021 },
    ],
  },
  {
    id: 'IL_ELI_COHEN', en: 'Eli Cohen', country: 'IL',
    names: ['إيلي كوهين', 'ايلي كوهين'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2023, to: 2024 }],
  },
  {
    id: 'IL_SAAR', en: "Gideon Sa'ar", country: 'IL',
    names: ['جدعون ساعر', 'غدعون ساعر', 'جدعون ساعار'],
    surnames: ['ساعر'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية', from: 2024, to: null }],
  },
  {
    id: 'IL_BARAK', en: 'Ehud Barak', country: 'IL',
    names: ['إيهود باراك', 'ايهود باراك'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2007, to: 2013 }],
  },
  {
    id: 'IL_YAALON', en: "Moshe Ya'alon", country: 'IL',
    names: ['موشيه يعالون', 'موشي يعالون', 'موشيه يعلون'],
    surnames: ['يعالون', 'يعلون'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2013, to: 2016 }],
  },
  {
    id: 'IL_GANTZ', en: 'Benny Gantz', country: 'IL',
    names: ['بيني غانتس', 'بيني جانتس', 'بيني غانتز'],
    surnames: ['غانتس', 'جانتس', 'غانتز'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس الأركان', from: 2011, to: 2015 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2020, to: 2022 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب المعسكر الوطني', from: 2022, to: null, org: 'NATIONAL_UNITY_IL' },
    ],
  },
  {
    id: 'IL_GALLANT', en: 'Yoav Gallant', country: 'IL',
    names: ['يوآف غالانت', 'يوآف جالانت', 'يوآف غالنت'],
    surnames: ['غالانت', 'جالانت', 'غالنت'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع', from: 2022, to: 2024 }],
  },

  // Iran: commanders of the Revolutionary Guard, chiefs of staff, secretaries of the Supreme National
  // Security Council (Soleimani and Qaani above)
  {
    id: 'IR_JAFARI_MA', en: 'Mohammad Ali Jafari', country: 'IR',
    names: ['محمد علي جعفري', 'محمد علي الجعفري'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'القائد العام للحرس الثوري', from: 2007, to: 2019, org: 'IRGC' },
    ],
  },
  {
    id: 'IR_SALAMI', en: 'Hossein Salami', country: 'IR',
    names: ['حسين سلامي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'القائد العام للحرس الثوري', from: 2019, to: 2025, org: 'IRGC' },
    ],
  },
  {
    id: 'IR_PAKPOUR', en: 'Mohammad Pakpour', country: 'IR',
    names: ['محمد باكبور', 'محمد باك بور'],
    surnames: ['باكبور'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'القائد العام للحرس الثوري', from: 2025, to: null, org: 'IRGC' },
    ],
  },
  {
    id: 'IR_FIROUZABADI', en: 'Hassan Firouzabadi', country: 'IR',
    names: ['حسن فيروز آبادي', 'حسن فيروزآبادي', 'حسن فيروز أبادي'],
    surnames: ['فيروز آبادي', 'فيروزآبادي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية', from: 1989, to: 2016 },
    ],
  },
  {
    id: 'IR_BAGHERI_MOHAMMAD', en: 'Mohammad Bagheri', country: 'IR',
    names: ['محمد باقري', 'محمد حسين باقري'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية', from: 2016, to: 2025 },
    ],
  },
  {
    id: 'IR_JALILI', en: 'Saeed Jalili', country: 'IR',
    names: ['سعيد جليلي'],
    offices: [
      { office: 'SECURITY_ADVISER', title: 'أمين المجلس الأعلى للأمن القومي الإيراني', from: 2007, to: 2013, org: 'IR_SNSC' },
    ],
  },
  {
    id: 'IR_SHAMKHANI', en: 'Ali Shamkhani', country: 'IR',
    names: ['علي شمخاني'],
    surnames: ['شمخاني'],
    offices: [
      { office: 'SECURITY_ADVISER', title: 'أمين المجلس الأعلى للأمن القومي الإيراني', from: 2013, to: 2023, org: 'IR_SNSC' },
    ],
  },
  {
    id: 'IR_AHMADIAN', en: 'Ali Akbar Ahmadian', country: 'IR',
    names: ['علي أكبر أحمديان', 'علي اكبر احمديان'],
    surnames: ['أحمديان'],
    offices: [
      { office: 'SECURITY_ADVISER', title: 'أمين المجلس الأعلى للأمن القومي الإيراني', from: 2023, to: 2025, org: 'IR_SNSC' },
    ],
  },

  // Israel: chiefs of staff (Ashkenazi and Gantz above), heads of the Mossad and the Shin Bet
  {
    id: 'IL_EISENKOT', en: 'Gadi Eisenkot', country: 'IL',
    names: ['غادي آيزنكوت', 'غادي أيزنكوت', 'جادي آيزنكوت', 'غادي ايزنكوت'],
    surnames: ['آيزنكوت', 'أيزنكوت'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الإسرائيلي', from: 2015, to: 2019 },
    ],
  },
  {
    id: 'IL_KOCHAVI', en: 'Aviv Kochavi', country: 'IL',
    names: ['أفيف كوخافي', 'افيف كوخافي', 'أفيف كوخابي'],
    surnames: ['كوخافي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الإسرائيلي', from: 2019, to: 2023 },
    ],
  },
  {
    id: 'IL_HALEVI', en: 'Herzi Halevi', country: 'IL',
    names: ['هرتسي هاليفي', 'هرتسل هاليفي', 'هيرتسي هاليفي'],
    surnames: ['هاليفي'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الإسرائيلي', from: 2023, to: 2025 },
    ],
  },
  {
    id: 'IL_ZAMIR', en: 'Eyal Zamir', country: 'IL',
    names: ['إيال زامير', 'ايال زامير'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'رئيس أركان الجيش الإسرائيلي', from: 2025, to: null },
    ],
  },
  {
    id: 'IL_DAGAN', en: 'Meir Dagan', country: 'IL',
    names: ['مئير داغان', 'مائير داغان'],
    surnames: ['داغان'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الموساد', from: 2002, to: 2011, org: 'MOSSAD' },
    ],
  },
  {
    id: 'IL_PARDO', en: 'Tamir Pardo', country: 'IL',
    names: ['تامير باردو', 'تامير بردو'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الموساد', from: 2011, to: 2016, org: 'MOSSAD' },
    ],
  },
  {
    id: 'IL_YOSSI_COHEN', en: 'Yossi Cohen', country: 'IL',
    names: ['يوسي كوهين', 'يوسي كوهن'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الموساد', from: 2016, to: 2021, org: 'MOSSAD' },
    ],
  },
  {
    id: 'IL_BARNEA', en: 'David Barnea', country: 'IL',
    names: ['ديفيد برنياع', 'دافيد برنياع', 'ديفيد بارنيا'],
    surnames: ['برنياع'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الموساد', from: 2021, to: null, org: 'MOSSAD' },
    ],
  },
  {
    id: 'IL_ARGAMAN', en: 'Nadav Argaman', country: 'IL',
    names: ['نداف أرغمان', 'ناداف أرغمان', 'نداف ارغمان'],
    surnames: ['أرغمان'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الأمن العام الإسرائيلي', from: 2016, to: 2021, org: 'SHIN_BET' },
    ],
  },
  {
    id: 'IL_RONEN_BAR', en: 'Ronen Bar', country: 'IL',
    names: ['رونين بار', 'رونن بار'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الأمن العام الإسرائيلي', from: 2021, to: 2025, org: 'SHIN_BET' },
    ],
  },
];

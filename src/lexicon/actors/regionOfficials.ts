import type { ActorEntry } from './types.js';

/**
 * Known officials of the region most quoted beyond the heads, foreign and defence ministers and
 * cabinets already listed, 2010-2025: the UAE's deputy prime minister, national security adviser
 * and ministers most quoted; Qatar's minister of state for foreign affairs, foreign ministry
 * spokeswoman and energy ministers; Syria's presidential adviser, UN ambassador, security chief and
 * interior ministers; Iran's Expediency Council heads, the leader's adviser, first vice-presidents,
 * judiciary heads, government spokesmen, oil ministers; Turkey's interior, justice, finance and
 * energy ministers and communications director; the Libyan army's spokesman; the heads of al-Azhar
 * and the Coptic Church, Egypt's and Lebanon's muftis.
 *
 * Sources: general knowledge of these offices, checked for consistency of years (a successor starts
 * the year the predecessor leaves). Nothing was taken from the development or raw articles. Left
 * out as names a namesake shares: أحمد الطيب alone (al-Azhar's head is listed with his father's
 * name), علي جمعة (Egypt's mufti until 2013), Turkey's finance minister of 2021-2023. Surnames are
 * listed alone only where the period's news uses them alone for that person and they are no Arabic
 * word (رفسنجاني، جهانغيري، زنغنه، صويلو); ولايتي, also the dual ولايتي فارياب وقندوز "the two
 * provinces of", only after a title or a verb of saying (SURNAMES_ALSO_WORDS in index.ts).
 */
export const REGION_OFFICIAL_ACTORS: readonly ActorEntry[] = [
  // United Arab Emirates: deputy prime minister, national security adviser, ministers most quoted
  {
    id: 'AE_MANSOUR_BIN_ZAYED', en: 'Mansour bin Zayed', country: 'AE',
    names: ['منصور بن زايد', 'منصور بن زايد آل نهيان'],
    offices: [
      { office: 'MINISTER', title: 'نائب رئيس مجلس الوزراء وزير شؤون الرئاسة', from: 2009, to: null },
      { office: 'VICE_PRESIDENT', title: 'نائب رئيس الدولة', from: 2023, to: null },
    ],
  },
  {
    id: 'AE_TAHNOUN', en: 'Tahnoun bin Zayed', country: 'AE',
    names: ['طحنون بن زايد', 'طحنون بن زايد آل نهيان'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن الوطني الإماراتي', from: 2016, to: null }],
  },
  {
    id: 'AE_NAHYAN_BIN_MUBARAK', en: 'Nahyan bin Mubarak', country: 'AE',
    names: ['نهيان بن مبارك', 'نهيان بن مبارك آل نهيان'],
    offices: [
      { office: 'MINISTER', title: 'وزير الثقافة وتنمية المعرفة', from: 2013, to: 2017 },
      { office: 'MINISTER', title: 'وزير التسامح', from: 2017, to: null },
    ],
  },
  {
    id: 'AE_GERGAWI', en: 'Mohammad Al Gergawi', country: 'AE',
    names: ['محمد القرقاوي', 'محمد عبد الله القرقاوي', 'محمد بن عبد الله القرقاوي'],
    offices: [{ office: 'MINISTER', title: 'وزير شؤون مجلس الوزراء الإماراتي', from: 2006, to: null }],
  },
  {
    id: 'AE_SULTAN_JABER', en: 'Sultan Al Jaber', country: 'AE',
    names: ['سلطان الجابر', 'سلطان أحمد الجابر', 'سلطان بن أحمد الجابر'],
    offices: [
      { office: 'MINISTER', title: 'وزير دولة إماراتي', from: 2013, to: 2020 },
      { office: 'MINISTER', title: 'وزير الصناعة والتكنولوجيا المتقدمة الإماراتي', from: 2020, to: null },
    ],
  },
  {
    id: 'AE_MAZROUEI', en: 'Suhail Al Mazrouei', country: 'AE',
    names: ['سهيل المزروعي', 'سهيل محمد المزروعي', 'سهيل بن محمد المزروعي', 'سهيل محمد فرج المزروعي'],
    offices: [{ office: 'MINISTER', title: 'وزير الطاقة الإماراتي', from: 2013, to: null }],
  },
  {
    id: 'AE_REEM_HASHIMY', en: 'Reem Al Hashimy', country: 'AE',
    names: ['ريم الهاشمي', 'ريم إبراهيم الهاشمي', 'ريم بنت إبراهيم الهاشمي'],
    offices: [{ office: 'MINISTER', title: 'وزيرة دولة لشؤون التعاون الدولي', from: 2008, to: null }],
  },
  {
    id: 'AE_NOURA_KAABI', en: 'Noura Al Kaabi', country: 'AE',
    names: ['نورة الكعبي', 'نورة محمد الكعبي', 'نورة بنت محمد الكعبي'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة الثقافة الإماراتية', from: 2017, to: 2023 },
      { office: 'MINISTER', title: 'وزيرة دولة إماراتية', from: 2023, to: null },
    ],
  },
  // Qatar: minister of state for foreign affairs, the foreign ministry's spokeswoman, energy ministers
  {
    id: 'QA_MURAIKHI', en: 'Sultan al-Muraikhi', country: 'QA',
    names: ['سلطان المريخي', 'سلطان بن سعد المريخي', 'سلطان سعد المريخي'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة للشؤون الخارجية القطري', from: 2017, to: 2024 }],
  },
  {
    id: 'QA_LOLWAH_KHATER', en: 'Lolwah al-Khater', country: 'QA',
    names: ['لولوة الخاطر', 'لولوة راشد الخاطر', 'لولوة بنت راشد الخاطر'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدثة الرسمية باسم وزارة الخارجية القطرية', from: 2017, to: 2021 },
      { office: 'MINISTER', title: 'وزيرة الدولة للتعاون الدولي القطرية', from: 2021, to: null },
    ],
  },
  {
    id: 'QA_SAAD_KAABI', en: 'Saad al-Kaabi', country: 'QA',
    names: ['سعد الكعبي', 'سعد شريدة الكعبي', 'سعد بن شريدة الكعبي'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة لشؤون الطاقة القطري', from: 2018, to: null }],
  },
  {
    id: 'QA_SADA', en: 'Mohammed al-Sada', country: 'QA',
    names: ['محمد السادة', 'محمد صالح السادة', 'محمد بن صالح السادة'],
    offices: [{ office: 'MINISTER', title: 'وزير الطاقة والصناعة القطري', from: 2011, to: 2018 }],
  },
  // Syria: the president's adviser, the UN ambassador, the security chief, interior ministers
  {
    id: 'SY_SHAABAN', en: 'Bouthaina Shaaban', country: 'SY',
    names: ['بثينة شعبان'],
    offices: [{ office: 'ADVISER', title: 'المستشارة السياسية والإعلامية للرئيس السوري', from: 2008, to: 2024 }],
  },
  {
    id: 'SY_JAAFARI_BASHAR', en: 'Bashar al-Jaafari', country: 'SY',
    names: ['بشار الجعفري'],
    offices: [
      { office: 'AMBASSADOR', title: 'مندوب سوريا الدائم لدى الأمم المتحدة', from: 2006, to: 2020 },
      { office: 'MINISTER', title: 'نائب وزير الخارجية السوري', from: 2020, to: 2023 },
      { office: 'AMBASSADOR', title: 'سفير سوريا لدى روسيا', from: 2023, to: 2024 },
    ],
  },
  {
    id: 'SY_MAMLOUK', en: 'Ali Mamlouk', country: 'SY',
    names: ['علي مملوك'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'مدير إدارة المخابرات العامة السورية', from: 2005, to: 2012 },
      { office: 'AGENCY_HEAD', title: 'رئيس مكتب الأمن الوطني السوري', from: 2012, to: 2024 },
    ],
  },
  {
    id: 'SY_SHAAR', en: 'Mohammad al-Shaar', country: 'SY',
    names: ['محمد الشعار', 'محمد إبراهيم الشعار'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية السوري', from: 2011, to: 2018 }],
  },
  {
    id: 'SY_RAHMOUN', en: 'Mohammad Rahmoun', country: 'SY',
    names: ['محمد رحمون', 'محمد خالد رحمون'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية السوري', from: 2018, to: 2024 }],
  },
  // Iran: the Expediency Council, the leader's adviser, vice-presidents, the judiciary, spokesmen, oil ministers
  {
    id: 'IR_RAFSANJANI', en: 'Akbar Hashemi Rafsanjani', country: 'IR',
    names: ['هاشمي رفسنجاني', 'علي أكبر هاشمي رفسنجاني', 'أكبر هاشمي رفسنجاني', 'علي اكبر هاشمي رفسنجاني'],
    surnames: ['رفسنجاني'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس مجمع تشخيص مصلحة النظام', from: 1989, to: 2017 }],
  },
  {
    id: 'IR_VELAYATI', en: 'Ali Akbar Velayati', country: 'IR',
    names: ['علي أكبر ولايتي', 'علي اكبر ولايتي'],
    surnames: ['ولايتي'],
    offices: [{ office: 'ADVISER', title: 'مستشار المرشد الأعلى للشؤون الدولية', from: 1997, to: null }],
  },
  {
    id: 'IR_JAHANGIRI', en: 'Eshaq Jahangiri', country: 'IR',
    names: ['إسحاق جهانغيري', 'اسحاق جهانغيري', 'إسحاق جهانكيري', 'اسحق جهانغيري'],
    surnames: ['جهانغيري'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'النائب الأول للرئيس الإيراني', from: 2013, to: 2021 }],
  },
  {
    id: 'IR_AREF', en: 'Mohammad Reza Aref', country: 'IR',
    names: ['محمد رضا عارف'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'النائب الأول للرئيس الإيراني', from: 2024, to: null }],
  },
  {
    id: 'IR_SADEQ_LARIJANI', en: 'Sadeq Larijani', country: 'IR',
    names: ['صادق لاريجاني', 'صادق آملي لاريجاني', 'صادق أملي لاريجاني'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس السلطة القضائية الإيرانية', from: 2009, to: 2019 },
      { office: 'AGENCY_HEAD', title: 'رئيس مجمع تشخيص مصلحة النظام', from: 2018, to: null },
    ],
  },
  {
    id: 'IR_EJEI', en: 'Gholam-Hossein Mohseni-Ejei', country: 'IR',
    names: ['غلام حسين محسني إجئي', 'غلام حسين محسني إيجئي', 'غلامحسين محسني إجئي', 'غلامحسين محسني إيجئي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'رئيس السلطة القضائية الإيرانية', from: 2021, to: null }],
  },
  {
    id: 'IR_REZAEI', en: 'Mohsen Rezaei', country: 'IR',
    names: ['محسن رضائي', 'محسن رضايي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'أمين مجمع تشخيص مصلحة النظام', from: 1997, to: 2021 },
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس الإيراني للشؤون الاقتصادية', from: 2021, to: 2023 },
    ],
  },
  {
    id: 'IR_VAEZI', en: 'Mahmoud Vaezi', country: 'IR',
    names: ['محمود واعظي'],
    offices: [{ office: 'ADVISER', title: 'مدير مكتب الرئيس الإيراني', from: 2017, to: 2021 }],
  },
  {
    id: 'IR_KHARAZI', en: 'Kamal Kharazi', country: 'IR',
    names: ['كمال خرازي'],
    offices: [{ office: 'ADVISER', title: 'رئيس المجلس الاستراتيجي للعلاقات الخارجية', from: 2006, to: null }],
  },
  {
    id: 'IR_NOBAKHT', en: 'Mohammad Bagher Nobakht', country: 'IR',
    names: ['محمد باقر نوبخت'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم الحكومة الإيرانية', from: 2013, to: 2019 }],
  },
  {
    id: 'IR_RABIEI', en: 'Ali Rabiei', country: 'IR',
    names: ['علي ربيعي'],
    offices: [
      { office: 'MINISTER', title: 'وزير العمل الإيراني', from: 2013, to: 2018 },
      { office: 'SPOKESPERSON', title: 'المتحدث باسم الحكومة الإيرانية', from: 2019, to: 2021 },
    ],
  },
  {
    id: 'IR_ZANGANEH', en: 'Bijan Zanganeh', country: 'IR',
    names: ['بيجن زنغنه', 'بيجن نامدار زنغنه', 'بيجان زنغنه', 'بيجن زنغنة'],
    surnames: ['زنغنه'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط الإيراني', from: 2013, to: 2021 }],
  },
  {
    id: 'IR_OWJI', en: 'Javad Owji', country: 'IR',
    names: ['جواد أوجي', 'جواد اوجي'],
    offices: [{ office: 'MINISTER', title: 'وزير النفط الإيراني', from: 2021, to: 2024 }],
  },
  {
    id: 'IR_HEMMATI', en: 'Abdolnaser Hemmati', country: 'IR',
    names: ['عبد الناصر همتي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'محافظ البنك المركزي الإيراني', from: 2018, to: 2021 },
      { office: 'MINISTER', title: 'وزير الاقتصاد الإيراني', from: 2024, to: 2025 },
    ],
  },
  // Turkey: interior, justice, finance and energy ministers, the deputy prime minister, the communications director
  {
    id: 'TR_SOYLU', en: 'Süleyman Soylu', country: 'TR',
    names: ['سليمان صويلو', 'سليمان سويلو'],
    surnames: ['صويلو'],
    offices: [
      { office: 'MINISTER', title: 'وزير العمل التركي', from: 2015, to: 2016 },
      { office: 'MINISTER', title: 'وزير الداخلية التركي', from: 2016, to: 2023 },
    ],
  },
  {
    id: 'TR_YERLIKAYA', en: 'Ali Yerlikaya', country: 'TR',
    names: ['علي يرلي كايا', 'علي يرليكايا'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية التركي', from: 2023, to: null }],
  },
  {
    id: 'TR_ALA', en: 'Efkan Ala', country: 'TR',
    names: ['أفكان آلا', 'إفكان آلا', 'افكان آلا'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية التركي', from: 2013, to: 2016 }],
  },
  {
    id: 'TR_BOZDAG', en: 'Bekir Bozdağ', country: 'TR',
    names: ['بكير بوزداغ', 'بكر بوزداغ'],
    offices: [
      { office: 'MINISTER', title: 'نائب رئيس الوزراء ووزير العدل التركي', from: 2011, to: 2018 },
      { office: 'MINISTER', title: 'وزير العدل التركي', from: 2022, to: 2023 },
    ],
  },
  {
    id: 'TR_ABDULHAMIT_GUL', en: 'Abdulhamit Gül', country: 'TR',
    names: ['عبد الحميد غل', 'عبد الحميد غول'],
    offices: [{ office: 'MINISTER', title: 'وزير العدل التركي', from: 2017, to: 2022 }],
  },
  {
    id: 'TR_KURTULMUS', en: 'Numan Kurtulmuş', country: 'TR',
    names: ['نعمان كورتولموش', 'نعمان قورتولموش'],
    offices: [
      { office: 'MINISTER', title: 'نائب رئيس الوزراء التركي', from: 2014, to: 2017 },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس البرلمان التركي', from: 2023, to: null, org: 'TR_GNAT' },
    ],
  },
  {
    id: 'TR_ALBAYRAK', en: 'Berat Albayrak', country: 'TR',
    names: ['برات ألبيرق', 'بيرات ألبيرق', 'برات البيرق', 'بيرات البيرق'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة التركي', from: 2015, to: 2018 },
      { office: 'MINISTER', title: 'وزير الخزانة والمالية التركي', from: 2018, to: 2020 },
    ],
  },
  {
    id: 'TR_SIMSEK', en: 'Mehmet Şimşek', country: 'TR',
    names: ['محمد شيمشك', 'محمد شمشك', 'محمد شيمشيك'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية التركي', from: 2009, to: 2015 },
      { office: 'MINISTER', title: 'نائب رئيس الوزراء التركي', from: 2015, to: 2018 },
      { office: 'MINISTER', title: 'وزير الخزانة والمالية التركي', from: 2023, to: null },
    ],
  },
  {
    id: 'TR_ALTUN', en: 'Fahrettin Altun', country: 'TR',
    names: ['فخر الدين ألطون', 'فخر الدين آلتون', 'فخر الدين ألتون'],
    offices: [{ office: 'ADVISER', title: 'رئيس دائرة الاتصال في الرئاسة التركية', from: 2018, to: 2024 }],
  },
  // Libya: the eastern army's spokesman
  {
    id: 'LY_MISMARI', en: 'Ahmed al-Mismari', country: 'LY', org: 'LNA',
    names: ['أحمد المسماري'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم القيادة العامة للجيش الوطني الليبي', from: 2015, to: null }],
  },
  // Religious offices: al-Azhar, the Coptic Church, Egypt's and Lebanon's muftis
  {
    id: 'EG_TAYEB', en: 'Ahmed el-Tayeb', country: 'EG', org: 'AZHAR',
    names: ['أحمد محمد الطيب', 'أحمد محمد أحمد الطيب'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'شيخ الأزهر', from: 2010, to: null }],
  },
  {
    id: 'EG_TAWADROS', en: 'Pope Tawadros II', country: 'EG',
    names: ['تواضروس الثاني'],
    surnames: ['تواضروس'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'بابا الإسكندرية وبطريرك الكرازة المرقسية', from: 2012, to: null }],
  },
  {
    id: 'EG_ALLAM', en: 'Shawki Allam', country: 'EG',
    names: ['شوقي علام', 'شوقي إبراهيم علام'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'مفتي الجمهورية', from: 2013, to: 2024 }],
  },
  {
    id: 'LB_DERIAN', en: 'Abdul Latif Derian', country: 'LB',
    names: ['عبد اللطيف دريان'],
    offices: [{ office: 'RELIGIOUS_OFFICE', title: 'مفتي الجمهورية اللبنانية', from: 2014, to: null }],
  },
];

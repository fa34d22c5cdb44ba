import type { ActorEntry } from './types.js';

/**
 * Known actors of the five permanent members of the Security Council (United States, United
 * Kingdom, France, Russia, China), 2010-2025: heads of state and government, foreign and defence
 * ministers, and the national envoys for the region most quoted in Arabic news; for the United
 * States also the vice-presidents, the national security advisers, the directors of the CIA, the
 * FBI and national intelligence, the ambassadors to the UN, the special counsels, the secretaries
 * of the treasury, energy, justice, homeland security and commerce and the chairs of the Federal
 * Reserve (acting holders
 * of a few months, such as Michael Morell at the CIA in 2012-2013, are left out).
 *
 * Sources: general knowledge of these governments, checked for consistency of years between
 * offices; Arabic spellings are those of the Arabic wire services, with the usual variants
 * (سيرغي/سيرجي لافروف، تيلرسون/تيليرسون، ترامب/ترمب), compared with the UniversalPetrarch Arabic
 * actor dictionary (openeventdata/UniversalPetrarch, MIT, ../shared/reference/universal-petrarch-ar)
 * and reviewed form by form. Nothing was taken from the development articles.
 *
 * Surnames that are also given names or common words (براون، ماي، جونسون as a given name, فوكس،
 * راب، تراس، فيليب، بنس "penny", هاريس، هايلي، سوليفان، مولر، راي) are not listed as `surnames`: only
 * the full name finds those people.
 */
export const POWER_ACTORS: readonly ActorEntry[] = [
  // United States
  {
    id: 'US_OBAMA', en: 'Barack Obama', country: 'US',
    names: ['باراك أوباما', 'باراك حسين أوباما'],
    surnames: ['أوباما'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الأمريكي', from: 2009, to: 2017 }],
  },
  {
    id: 'US_TRUMP', en: 'Donald Trump', country: 'US',
    names: ['دونالد ترامب', 'دونالد ترمب', 'دونالد جون ترامب'],
    surnames: ['ترامب', 'ترمب'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأمريكي', from: 2017, to: 2021 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأمريكي', from: 2025, to: null },
    ],
  },
  {
    id: 'US_BIDEN', en: 'Joe Biden', country: 'US',
    names: ['جو بايدن', 'جوزيف بايدن', 'جوزيف روبينيت بايدن'],
    surnames: ['بايدن'],
    offices: [
      { office: 'VICE_PRESIDENT', title: 'نائب الرئيس الأمريكي', from: 2009, to: 2017 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الأمريكي', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_CLINTON', en: 'Hillary Clinton', country: 'US',
    names: ['هيلاري كلينتون', 'هيلاري رودام كلينتون', 'هيلارى كلينتون'],
    surnames: ['كلينتون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الأمريكية', from: 2009, to: 2013 }],
  },
  {
    id: 'US_KERRY', en: 'John Kerry', country: 'US',
    names: ['جون كيري'],
    surnames: ['كيري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأمريكي', from: 2013, to: 2017 }],
  },
  {
    id: 'US_TILLERSON', en: 'Rex Tillerson', country: 'US',
    names: ['ريكس تيلرسون', 'ريكس تيليرسون', 'ركس تيلرسون'],
    surnames: ['تيلرسون', 'تيليرسون'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأمريكي', from: 2017, to: 2018 }],
  },
  {
    id: 'US_POMPEO', en: 'Mike Pompeo', country: 'US',
    names: ['مايك بومبيو', 'مايكل بومبيو', 'مايك بومبيوا'],
    surnames: ['بومبيو'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2017, to: 2018 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأمريكي', from: 2018, to: 2021 },
    ],
  },
  {
    id: 'US_BLINKEN', en: 'Antony Blinken', country: 'US',
    names: ['أنتوني بلينكن', 'انتوني بلينكن', 'أنتوني بلينكين'],
    surnames: ['بلينكن', 'بلينكين'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأمريكي', from: 2021, to: 2025 }],
  },
  {
    id: 'US_RUBIO', en: 'Marco Rubio', country: 'US',
    names: ['ماركو روبيو'],
    surnames: ['روبيو'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الأمريكي', from: 2025, to: null },
      { office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي بالوكالة', from: 2025, to: null, acting: true },
    ],
  },
  {
    id: 'US_GATES', en: 'Robert Gates', country: 'US',
    names: ['روبرت غيتس', 'روبرت جيتس'],
    surnames: ['غيتس', 'جيتس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2006, to: 2011 }],
  },
  {
    id: 'US_PANETTA', en: 'Leon Panetta', country: 'US',
    names: ['ليون بانيتا'],
    surnames: ['بانيتا'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2009, to: 2011 },
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2011, to: 2013 },
    ],
  },
  {
    id: 'US_HAGEL', en: 'Chuck Hagel', country: 'US',
    names: ['تشاك هيغل', 'تشاك هاغل', 'تشاك هيجل'],
    surnames: ['هيغل', 'هاغل', 'هيجل'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2013, to: 2015 }],
  },
  {
    id: 'US_CARTER', en: 'Ashton Carter', country: 'US',
    names: ['آشتون كارتر', 'أشتون كارتر', 'آش كارتر'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2015, to: 2017 }],
  },
  {
    id: 'US_MATTIS', en: 'James Mattis', country: 'US',
    names: ['جيمس ماتيس', 'جيم ماتيس'],
    surnames: ['ماتيس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2017, to: 2018 }],
  },
  {
    id: 'US_SHANAHAN', en: 'Patrick Shanahan', country: 'US',
    names: ['باتريك شاناهان'],
    surnames: ['شاناهان'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي بالوكالة', from: 2019, to: 2019, acting: true }],
  },
  {
    id: 'US_ESPER', en: 'Mark Esper', country: 'US',
    names: ['مارك إسبر', 'مارك اسبر'],
    surnames: ['إسبر'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2019, to: 2020 }],
  },
  {
    id: 'US_AUSTIN', en: 'Lloyd Austin', country: 'US',
    names: ['لويد أوستن', 'لويد أوستين'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2021, to: 2025 }],
  },
  {
    id: 'US_HEGSETH', en: 'Pete Hegseth', country: 'US',
    names: ['بيت هيغسيث', 'بيت هيجسيث', 'بيت هيغسث'],
    surnames: ['هيغسيث', 'هيجسيث', 'هيغسث'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الأمريكي', from: 2025, to: null }],
  },
  {
    id: 'US_MITCHELL', en: 'George Mitchell', country: 'US',
    names: ['جورج ميتشل'],
    surnames: ['ميتشل'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص للسلام في الشرق الأوسط', from: 2009, to: 2011 }],
  },
  {
    id: 'US_INDYK', en: 'Martin Indyk', country: 'US',
    names: ['مارتن إنديك', 'مارتن انديك'],
    surnames: ['إنديك'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص للمفاوضات الإسرائيلية الفلسطينية', from: 2013, to: 2014 }],
  },
  {
    id: 'US_MCGURK', en: 'Brett McGurk', country: 'US',
    names: ['بريت ماكغورك', 'بريت ماكجورك'],
    surnames: ['ماكغورك', 'ماكجورك'],
    offices: [
      { office: 'ENVOY', title: 'المبعوث الرئاسي الخاص للتحالف الدولي ضد داعش', from: 2015, to: 2018, org: 'GLOBAL_COALITION' },
      { office: 'ENVOY', title: 'منسق البيت الأبيض لشؤون الشرق الأوسط', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_GREENBLATT', en: 'Jason Greenblatt', country: 'US',
    names: ['جيسون غرينبلات', 'جيسون جرينبلات'],
    surnames: ['غرينبلات', 'جرينبلات'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي للشرق الأوسط', from: 2017, to: 2019 }],
  },
  {
    id: 'US_JEFFREY', en: 'James Jeffrey', country: 'US',
    names: ['جيمس جيفري'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص إلى سوريا', from: 2018, to: 2020 }],
  },
  {
    id: 'US_HOOK', en: 'Brian Hook', country: 'US',
    names: ['براين هوك', 'بريان هوك'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص لإيران', from: 2018, to: 2020 }],
  },
  {
    id: 'US_MALLEY', en: 'Robert Malley', country: 'US',
    names: ['روبرت مالي', 'روب مالي'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص لإيران', from: 2021, to: 2023 }],
  },
  {
    id: 'US_LENDERKING', en: 'Tim Lenderking', country: 'US',
    names: ['تيم ليندركينغ', 'تيموثي ليندركينغ', 'تيم ليندركينج'],
    surnames: ['ليندركينغ', 'ليندركينج'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص لليمن', from: 2021, to: 2025 }],
  },
  {
    id: 'US_HOCHSTEIN', en: 'Amos Hochstein', country: 'US',
    names: ['آموس هوكشتاين', 'عاموس هوكشتاين', 'آموس هوكستين'],
    surnames: ['هوكشتاين', 'هوكستين'],
    offices: [{ office: 'ENVOY', title: 'كبير مستشاري الرئيس الأمريكي لشؤون الطاقة', from: 2021, to: 2025 }],
  },
  {
    id: 'US_WITKOFF', en: 'Steve Witkoff', country: 'US',
    names: ['ستيف ويتكوف', 'ستيفن ويتكوف'],
    surnames: ['ويتكوف'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص إلى الشرق الأوسط', from: 2025, to: null }],
  },
  {
    id: 'US_BARRACK', en: 'Tom Barrack', country: 'US',
    names: ['توم باراك', 'توماس باراك', 'توم براك'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الأمريكي الخاص إلى سوريا', from: 2025, to: null }],
  },
  {
    id: 'US_ORTAGUS', en: 'Morgan Ortagus', country: 'US',
    names: ['مورغان أورتاغوس', 'مورجان أورتاغوس'],
    surnames: ['أورتاغوس'],
    offices: [{ office: 'ENVOY', title: 'نائبة المبعوث الأمريكي الخاص إلى الشرق الأوسط', from: 2025, to: 2025 }],
  },

  // United States: vice-presidents (Biden above), national security advisers, the directors of the
  // CIA, the FBI and national intelligence, ambassadors to the UN, special counsels
  {
    id: 'US_PENCE', en: 'Mike Pence', country: 'US',
    names: ['مايك بنس', 'مايك بينس', 'مايكل بنس'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'نائب الرئيس الأمريكي', from: 2017, to: 2021 }],
  },
  {
    id: 'US_HARRIS', en: 'Kamala Harris', country: 'US',
    names: ['كامالا هاريس', 'كمالا هاريس'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'نائبة الرئيس الأمريكي', from: 2021, to: 2025 }],
  },
  {
    id: 'US_VANCE', en: 'JD Vance', country: 'US',
    names: ['جي دي فانس', 'جيه دي فانس', 'جاي دي فانس', 'جيمس ديفيد فانس'],
    offices: [{ office: 'VICE_PRESIDENT', title: 'نائب الرئيس الأمريكي', from: 2025, to: null }],
  },
  {
    id: 'US_JAMES_JONES', en: 'James L. Jones', country: 'US',
    names: ['جيمس جونز', 'جيم جونز'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2009, to: 2010 }],
  },
  {
    id: 'US_DONILON', en: 'Tom Donilon', country: 'US',
    names: ['توم دونيلون', 'توماس دونيلون'],
    surnames: ['دونيلون'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2010, to: 2013 }],
  },
  {
    id: 'US_SUSAN_RICE', en: 'Susan Rice', country: 'US',
    names: ['سوزان رايس', 'سوزان رايز'],
    offices: [
      { office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة', from: 2009, to: 2013 },
      { office: 'SECURITY_ADVISER', title: 'مستشارة الأمن القومي الأمريكي', from: 2013, to: 2017 },
    ],
  },
  {
    id: 'US_FLYNN', en: 'Michael Flynn', country: 'US',
    names: ['مايكل فلين', 'مايكل فلاين', 'مايك فلين'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2017, to: 2017 }],
  },
  {
    id: 'US_MCMASTER', en: 'H. R. McMaster', country: 'US',
    names: ['هربرت ماكماستر', 'إتش آر ماكماستر', 'اتش ار ماكماستر', 'هربرت ريموند ماكماستر', 'اتش آر ماكماستر'],
    surnames: ['ماكماستر'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2017, to: 2018 }],
  },
  {
    id: 'US_BOLTON', en: 'John Bolton', country: 'US',
    names: ['جون بولتون'],
    surnames: ['بولتون'],
    offices: [
      { office: 'AMBASSADOR', title: 'المندوب الأمريكي الدائم لدى الأمم المتحدة', from: 2005, to: 2006 },
      { office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2018, to: 2019 },
    ],
  },
  {
    id: 'US_OBRIEN', en: 'Robert O\'Brien', country: 'US',
    names: ['روبرت أوبراين', 'روبرت اوبراين', 'روبرت أوبرايان'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2019, to: 2021 }],
  },
  {
    id: 'US_SULLIVAN', en: 'Jake Sullivan', country: 'US',
    names: ['جيك سوليفان', 'جايك سوليفان', 'جيك سليفان'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2021, to: 2025 }],
  },
  {
    id: 'US_WALTZ', en: 'Mike Waltz', country: 'US',
    names: ['مايك والتز', 'مايكل والتز'],
    offices: [
      { office: 'SECURITY_ADVISER', title: 'مستشار الأمن القومي الأمريكي', from: 2025, to: 2025 },
      { office: 'AMBASSADOR', title: 'المندوب الأمريكي الدائم لدى الأمم المتحدة', from: 2025, to: null },
    ],
  },
  {
    id: 'US_PETRAEUS', en: 'David Petraeus', country: 'US',
    names: ['ديفيد بترايوس', 'ديفيد بتريوس', 'ديفيد باتريوس', 'ديفيد بيترايوس'],
    surnames: ['بترايوس', 'بتريوس', 'بيترايوس'],
    offices: [
      { office: 'MILITARY_COMMANDER', title: 'قائد القيادة المركزية الأمريكية', from: 2008, to: 2010 },
      { office: 'MILITARY_COMMANDER', title: 'قائد القوات الأمريكية في أفغانستان', from: 2010, to: 2011 },
      { office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2011, to: 2012 },
    ],
  },
  {
    id: 'US_BRENNAN', en: 'John Brennan', country: 'US',
    names: ['جون برينان', 'جون برينن'],
    surnames: ['برينان'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2013, to: 2017 }],
  },
  {
    id: 'US_HASPEL', en: 'Gina Haspel', country: 'US',
    names: ['جينا هاسبل', 'جينا هاسبيل'],
    surnames: ['هاسبل', 'هاسبيل'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مديرة وكالة المخابرات المركزية الأمريكية', from: 2018, to: 2021 }],
  },
  {
    id: 'US_BURNS', en: 'William Burns', country: 'US',
    names: ['وليام بيرنز', 'ويليام بيرنز', 'وليم بيرنز', 'بيل بيرنز'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2021, to: 2025 }],
  },
  {
    id: 'US_RATCLIFFE', en: 'John Ratcliffe', country: 'US',
    names: ['جون راتكليف', 'جون راتكليفي'],
    surnames: ['راتكليف'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'مدير الاستخبارات الوطنية الأمريكية', from: 2020, to: 2021 },
      { office: 'AGENCY_HEAD', title: 'مدير وكالة المخابرات المركزية الأمريكية', from: 2025, to: null },
    ],
  },
  {
    id: 'US_MUELLER', en: 'Robert Mueller', country: 'US',
    names: ['روبرت مولر', 'روبرت موللر', 'روبرت مويلر'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'مدير مكتب التحقيقات الفيدرالي', from: 2001, to: 2013 },
      { office: 'PROSECUTOR', title: 'المحقق الخاص', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'US_COMEY', en: 'James Comey', country: 'US',
    names: ['جيمس كومي', 'جيمس كومى'],
    surnames: ['كومي'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير مكتب التحقيقات الفيدرالي', from: 2013, to: 2017 }],
  },
  {
    id: 'US_WRAY', en: 'Christopher Wray', country: 'US',
    names: ['كريستوفر راي', 'كريستوفر وراي', 'كريستوفر ري'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير مكتب التحقيقات الفيدرالي', from: 2017, to: 2025 }],
  },
  {
    id: 'US_PATEL', en: 'Kash Patel', country: 'US',
    names: ['كاش باتيل', 'كاش باتل', 'كاشياب باتيل'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير مكتب التحقيقات الفيدرالي', from: 2025, to: null }],
  },
  {
    id: 'US_CLAPPER', en: 'James Clapper', country: 'US',
    names: ['جيمس كلابر', 'جيمس كلابير'],
    surnames: ['كلابر'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الاستخبارات الوطنية الأمريكية', from: 2010, to: 2017 }],
  },
  {
    id: 'US_COATS', en: 'Dan Coats', country: 'US',
    names: ['دان كوتس', 'دانيال كوتس'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير الاستخبارات الوطنية الأمريكية', from: 2017, to: 2019 }],
  },
  {
    id: 'US_HAINES', en: 'Avril Haines', country: 'US',
    names: ['أفريل هاينز', 'أفريل هينز', 'افريل هاينز'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مديرة الاستخبارات الوطنية الأمريكية', from: 2021, to: 2025 }],
  },
  {
    id: 'US_GABBARD', en: 'Tulsi Gabbard', country: 'US',
    names: ['تولسي غابارد', 'تولسي جابارد', 'تولسي غابرد'],
    surnames: ['غابارد'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مديرة الاستخبارات الوطنية الأمريكية', from: 2025, to: null }],
  },
  {
    id: 'US_POWER', en: 'Samantha Power', country: 'US',
    names: ['سامانثا باور', 'سامانتا باور', 'سمانثا باور'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة', from: 2013, to: 2017 }],
  },
  {
    id: 'US_HALEY', en: 'Nikki Haley', country: 'US',
    names: ['نيكي هايلي', 'نيكي هيلي', 'نيكى هايلى'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة', from: 2017, to: 2018 }],
  },
  {
    id: 'US_CRAFT', en: 'Kelly Craft', country: 'US',
    names: ['كيلي كرافت', 'كيلي كنايت كرافت'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة', from: 2019, to: 2021 }],
  },
  {
    id: 'US_THOMAS_GREENFIELD', en: 'Linda Thomas-Greenfield', country: 'US',
    names: ['ليندا توماس غرينفيلد', 'ليندا توماس-غرينفيلد', 'ليندا توماس جرينفيلد', 'ليندا توماس-جرينفيلد'],
    surnames: ['توماس غرينفيلد', 'توماس-غرينفيلد', 'توماس جرينفيلد'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة', from: 2021, to: 2025 }],
  },
  {
    id: 'US_DOROTHY_SHEA', en: 'Dorothy Shea', country: 'US',
    names: ['دوروثي شيا'],
    offices: [
      { office: 'AMBASSADOR', title: 'السفيرة الأمريكية في لبنان', from: 2020, to: 2023 },
      { office: 'AMBASSADOR', title: 'المندوبة الأمريكية الدائمة لدى الأمم المتحدة بالإنابة', from: 2025, to: 2025, acting: true },
    ],
  },
  {
    id: 'US_DURHAM', en: 'John Durham', country: 'US',
    names: ['جون دورهام', 'جون ديرهام'],
    offices: [{ office: 'PROSECUTOR', title: 'المحقق الخاص', from: 2020, to: 2023 }],
  },
  {
    id: 'US_JACK_SMITH', en: 'Jack Smith', country: 'US',
    names: ['جاك سميث'],
    offices: [{ office: 'PROSECUTOR', title: 'المحقق الخاص', from: 2022, to: 2025 }],
  },

  // United States: the secretaries of the treasury, energy, justice, homeland security and commerce,
  // and the chairs of the Federal Reserve
  {
    id: 'US_GEITHNER', en: 'Timothy Geithner', country: 'US',
    names: ['تيموثي غايتنر', 'تيموثي جايتنر', 'تيموثي غيتنر'],
    surnames: ['غايتنر', 'جايتنر'],
    offices: [
      { office: 'MINISTER', title: 'وزير الخزانة الأمريكي', from: 2009, to: 2013 },
    ],
  },
  {
    id: 'US_LEW', en: 'Jack Lew', country: 'US',
    names: ['جاك ليو', 'جاكوب ليو'],
    offices: [
      { office: 'MINISTER', title: 'وزير الخزانة الأمريكي', from: 2013, to: 2017 },
    ],
  },
  {
    id: 'US_MNUCHIN', en: 'Steven Mnuchin', country: 'US',
    names: ['ستيفن منوتشين', 'ستيفن منوشين', 'ستيف منوتشين'],
    surnames: ['منوتشين', 'منوشين'],
    offices: [
      { office: 'MINISTER', title: 'وزير الخزانة الأمريكي', from: 2017, to: 2021 },
    ],
  },
  {
    id: 'US_YELLEN', en: 'Janet Yellen', country: 'US',
    names: ['جانيت يلين', 'جانيت يللين', 'جانيت يالين'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيسة مجلس الاحتياطي الفيدرالي الأمريكي', from: 2014, to: 2018 },
      { office: 'MINISTER', title: 'وزيرة الخزانة الأمريكية', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_BESSENT', en: 'Scott Bessent', country: 'US',
    names: ['سكوت بيسنت', 'سكوت بيسينت'],
    surnames: ['بيسنت'],
    offices: [
      { office: 'MINISTER', title: 'وزير الخزانة الأمريكي', from: 2025, to: null },
    ],
  },
  {
    id: 'US_BERNANKE', en: 'Ben Bernanke', country: 'US',
    names: ['بن برنانكي', 'بن برنانكى', 'بين برنانكي'],
    surnames: ['برنانكي'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس مجلس الاحتياطي الفيدرالي الأمريكي', from: 2006, to: 2014 },
    ],
  },
  {
    id: 'US_POWELL_JEROME', en: 'Jerome Powell', country: 'US',
    names: ['جيروم باول', 'جيروم بأول'],
    offices: [
      { office: 'AGENCY_HEAD', title: 'رئيس مجلس الاحتياطي الفيدرالي الأمريكي', from: 2018, to: null },
    ],
  },
  {
    id: 'US_CHU', en: 'Steven Chu', country: 'US',
    names: ['ستيفن تشو', 'ستيفن شو'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة الأمريكي', from: 2009, to: 2013 },
    ],
  },
  {
    id: 'US_MONIZ', en: 'Ernest Moniz', country: 'US',
    names: ['إرنست مونيز', 'ارنست مونيز', 'أرنست مونيز', 'إرنست مونيتز'],
    surnames: ['مونيز'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة الأمريكي', from: 2013, to: 2017 },
    ],
  },
  {
    id: 'US_PERRY', en: 'Rick Perry', country: 'US',
    names: ['ريك بيري', 'ريك بيرى'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة الأمريكي', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'US_BROUILLETTE', en: 'Dan Brouillette', country: 'US',
    names: ['دان برويليت', 'دان بروليت', 'دان بروييت'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة الأمريكي', from: 2019, to: 2021 },
    ],
  },
  {
    id: 'US_GRANHOLM', en: 'Jennifer Granholm', country: 'US',
    names: ['جينيفر غرانهولم', 'جنيفر غرانهولم', 'جينيفر جرانهولم'],
    surnames: ['غرانهولم'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة الطاقة الأمريكية', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_CHRIS_WRIGHT', en: 'Chris Wright', country: 'US',
    names: ['كريس رايت'],
    offices: [
      { office: 'MINISTER', title: 'وزير الطاقة الأمريكي', from: 2025, to: null },
    ],
  },
  {
    id: 'US_HOLDER', en: 'Eric Holder', country: 'US',
    names: ['إريك هولدر', 'اريك هولدر', 'إيريك هولدر'],
    offices: [
      { office: 'MINISTER', title: 'وزير العدل الأمريكي', from: 2009, to: 2015 },
    ],
  },
  {
    id: 'US_LYNCH', en: 'Loretta Lynch', country: 'US',
    names: ['لوريتا لينش', 'لوريتا لينتش'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة العدل الأمريكية', from: 2015, to: 2017 },
    ],
  },
  {
    id: 'US_SESSIONS', en: 'Jeff Sessions', country: 'US',
    names: ['جيف سيشنز', 'جيف سيشينز', 'جيف سشنز'],
    surnames: ['سيشنز'],
    offices: [
      { office: 'MINISTER', title: 'وزير العدل الأمريكي', from: 2017, to: 2018 },
    ],
  },
  {
    id: 'US_BARR', en: 'William Barr', country: 'US',
    names: ['وليام بار', 'ويليام بار', 'بيل بار'],
    offices: [
      { office: 'MINISTER', title: 'وزير العدل الأمريكي', from: 2019, to: 2020 },
    ],
  },
  {
    id: 'US_GARLAND', en: 'Merrick Garland', country: 'US',
    names: ['ميريك غارلاند', 'ميريك جارلاند', 'ميرك غارلاند'],
    surnames: ['غارلاند'],
    offices: [
      { office: 'MINISTER', title: 'وزير العدل الأمريكي', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_BONDI', en: 'Pam Bondi', country: 'US',
    names: ['بام بوندي', 'بام بوندى'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة العدل الأمريكية', from: 2025, to: null },
    ],
  },
  {
    id: 'US_NAPOLITANO', en: 'Janet Napolitano', country: 'US',
    names: ['جانيت نابوليتانو', 'جانيت نابوليتانوا'],
    surnames: ['نابوليتانو'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة الأمن الداخلي الأمريكية', from: 2009, to: 2013 },
    ],
  },
  {
    id: 'US_JEH_JOHNSON', en: 'Jeh Johnson', country: 'US',
    names: ['جيه جونسون', 'جي جونسون'],
    offices: [
      { office: 'MINISTER', title: 'وزير الأمن الداخلي الأمريكي', from: 2013, to: 2017 },
    ],
  },
  {
    id: 'US_KELLY_JOHN', en: 'John Kelly', country: 'US',
    names: ['جون كيلي', 'جون كيلى'],
    offices: [
      { office: 'MINISTER', title: 'وزير الأمن الداخلي الأمريكي', from: 2017, to: 2017 },
      { office: 'AGENCY_HEAD', title: 'كبير موظفي البيت الأبيض', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'US_NIELSEN', en: 'Kirstjen Nielsen', country: 'US',
    names: ['كيرستين نيلسن', 'كريستين نيلسن', 'كيرستجين نيلسن'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة الأمن الداخلي الأمريكية', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'US_MAYORKAS', en: 'Alejandro Mayorkas', country: 'US',
    names: ['أليخاندرو مايوركاس', 'اليخاندرو مايوركاس'],
    surnames: ['مايوركاس'],
    offices: [
      { office: 'MINISTER', title: 'وزير الأمن الداخلي الأمريكي', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_NOEM', en: 'Kristi Noem', country: 'US',
    names: ['كريستي نويم', 'كريستي نوم'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة الأمن الداخلي الأمريكية', from: 2025, to: null },
    ],
  },
  {
    id: 'US_PRITZKER', en: 'Penny Pritzker', country: 'US',
    names: ['بيني بريتزكر', 'بيني بريتزكير'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة التجارة الأمريكية', from: 2013, to: 2017 },
    ],
  },
  {
    id: 'US_WILBUR_ROSS', en: 'Wilbur Ross', country: 'US',
    names: ['ويلبر روس', 'ويلبور روس'],
    offices: [
      { office: 'MINISTER', title: 'وزير التجارة الأمريكي', from: 2017, to: 2021 },
    ],
  },
  {
    id: 'US_RAIMONDO', en: 'Gina Raimondo', country: 'US',
    names: ['جينا ريموندو', 'جينا رايموندو'],
    surnames: ['ريموندو', 'رايموندو'],
    offices: [
      { office: 'MINISTER', title: 'وزيرة التجارة الأمريكية', from: 2021, to: 2025 },
    ],
  },
  {
    id: 'US_LUTNICK', en: 'Howard Lutnick', country: 'US',
    names: ['هوارد لوتنيك', 'هاورد لوتنيك'],
    surnames: ['لوتنيك'],
    offices: [
      { office: 'MINISTER', title: 'وزير التجارة الأمريكي', from: 2025, to: null },
    ],
  },

  // United Kingdom
  {
    id: 'GB_ELIZABETH_II', en: 'Queen Elizabeth II', country: 'GB',
    names: ['إليزابيث الثانية', 'اليزابيث الثانية'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الملكة', from: 1952, to: 2022 }],
  },
  {
    id: 'GB_CHARLES_III', en: 'King Charles III', country: 'GB',
    names: ['تشارلز الثالث'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الملك', from: 2022, to: null }],
  },
  {
    id: 'GB_BROWN', en: 'Gordon Brown', country: 'GB',
    names: ['غوردون براون', 'جوردون براون', 'غوردن براون'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 2007, to: 2010 }],
  },
  {
    id: 'GB_CAMERON', en: 'David Cameron', country: 'GB',
    names: ['ديفيد كاميرون', 'ديفد كاميرون'],
    surnames: ['كاميرون'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 2010, to: 2016 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2023, to: 2024 },
    ],
  },
  {
    id: 'GB_MAY', en: 'Theresa May', country: 'GB',
    names: ['تيريزا ماي', 'تيريز ماي'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء البريطانية', from: 2016, to: 2019 }],
  },
  {
    id: 'GB_JOHNSON', en: 'Boris Johnson', country: 'GB',
    names: ['بوريس جونسون'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2016, to: 2018 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 2019, to: 2022 },
    ],
  },
  {
    id: 'GB_TRUSS', en: 'Liz Truss', country: 'GB',
    names: ['ليز تراس', 'ليز تروس'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية البريطانية', from: 2021, to: 2022 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء البريطانية', from: 2022, to: 2022 },
    ],
  },
  {
    id: 'GB_SUNAK', en: 'Rishi Sunak', country: 'GB',
    names: ['ريشي سوناك'],
    surnames: ['سوناك'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 2022, to: 2024 }],
  },
  {
    id: 'GB_STARMER', en: 'Keir Starmer', country: 'GB',
    names: ['كير ستارمر', 'كير ستارمير'],
    surnames: ['ستارمر'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء البريطاني', from: 2024, to: null }],
  },
  {
    id: 'GB_MILIBAND', en: 'David Miliband', country: 'GB',
    names: ['ديفيد ميليباند', 'ديفيد ميليبند'],
    surnames: ['ميليباند'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2007, to: 2010 }],
  },
  {
    id: 'GB_HAGUE', en: 'William Hague', country: 'GB',
    names: ['وليام هيغ', 'ويليام هيغ', 'وليام هيج'],
    surnames: ['هيغ'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2010, to: 2014 }],
  },
  {
    id: 'GB_HAMMOND', en: 'Philip Hammond', country: 'GB',
    names: ['فيليب هاموند'],
    surnames: ['هاموند'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2011, to: 2014 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2014, to: 2016 },
    ],
  },
  {
    id: 'GB_HUNT', en: 'Jeremy Hunt', country: 'GB',
    names: ['جيريمي هانت', 'جيرمي هانت'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2018, to: 2019 }],
  },
  {
    id: 'GB_RAAB', en: 'Dominic Raab', country: 'GB',
    names: ['دومينيك راب'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2019, to: 2021 }],
  },
  {
    id: 'GB_CLEVERLY', en: 'James Cleverly', country: 'GB',
    names: ['جيمس كليفرلي'],
    surnames: ['كليفرلي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2022, to: 2023 }],
  },
  {
    id: 'GB_LAMMY', en: 'David Lammy', country: 'GB',
    names: ['ديفيد لامي'],
    surnames: ['لامي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية البريطاني', from: 2024, to: 2025 }],
  },
  {
    id: 'GB_COOPER', en: 'Yvette Cooper', country: 'GB',
    names: ['إيفيت كوبر', 'ايفيت كوبر'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية البريطانية', from: 2025, to: null }],
  },
  {
    id: 'GB_AINSWORTH', en: 'Bob Ainsworth', country: 'GB',
    names: ['بوب أينسوورث', 'بوب اينزوورث'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2009, to: 2010 }],
  },
  {
    id: 'GB_FOX', en: 'Liam Fox', country: 'GB',
    names: ['ليام فوكس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2010, to: 2011 }],
  },
  {
    id: 'GB_FALLON', en: 'Michael Fallon', country: 'GB',
    names: ['مايكل فالون'],
    surnames: ['فالون'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2014, to: 2017 }],
  },
  {
    id: 'GB_WILLIAMSON', en: 'Gavin Williamson', country: 'GB',
    names: ['غافين ويليامسون', 'غافن وليامسون', 'جافين ويليامسون'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2017, to: 2019 }],
  },
  {
    id: 'GB_MORDAUNT', en: 'Penny Mordaunt', country: 'GB',
    names: ['بيني موردونت'],
    surnames: ['موردونت'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة الدفاع البريطانية', from: 2019, to: 2019 }],
  },
  {
    id: 'GB_WALLACE', en: 'Ben Wallace', country: 'GB',
    names: ['بن والاس'],
    surnames: ['والاس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2019, to: 2023 }],
  },
  {
    id: 'GB_SHAPPS', en: 'Grant Shapps', country: 'GB',
    names: ['غرانت شابس', 'جرانت شابس'],
    surnames: ['شابس'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2023, to: 2024 }],
  },
  {
    id: 'GB_HEALEY', en: 'John Healey', country: 'GB',
    names: ['جون هيلي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع البريطاني', from: 2024, to: null }],
  },

  // France
  {
    id: 'FR_SARKOZY', en: 'Nicolas Sarkozy', country: 'FR',
    names: ['نيكولا ساركوزي', 'نيكولاس ساركوزي'],
    surnames: ['ساركوزي'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الفرنسي', from: 2007, to: 2012 }],
  },
  {
    id: 'FR_HOLLANDE', en: 'François Hollande', country: 'FR',
    names: ['فرانسوا هولاند', 'فرنسوا هولاند'],
    surnames: ['هولاند'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الفرنسي', from: 2012, to: 2017 }],
  },
  {
    id: 'FR_MACRON', en: 'Emmanuel Macron', country: 'FR',
    names: ['إيمانويل ماكرون', 'ايمانويل ماكرون', 'إمانويل ماكرون', 'إيمانوئيل ماكرون'],
    surnames: ['ماكرون'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الفرنسي', from: 2017, to: null }],
  },
  {
    id: 'FR_FILLON', en: 'François Fillon', country: 'FR',
    names: ['فرانسوا فيون', 'فرنسوا فيون'],
    surnames: ['فيون'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2007, to: 2012 }],
  },
  {
    id: 'FR_AYRAULT', en: 'Jean-Marc Ayrault', country: 'FR',
    names: ['جان مارك إيرولت', 'جان مارك ايرولت', 'جان مارك أيرولت', 'جان-مارك إيرولت'],
    surnames: ['إيرولت', 'أيرولت'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2012, to: 2014 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2016, to: 2017 },
    ],
  },
  {
    id: 'FR_VALLS', en: 'Manuel Valls', country: 'FR',
    names: ['مانويل فالس'],
    surnames: ['فالس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2014, to: 2016 }],
  },
  {
    id: 'FR_CAZENEUVE', en: 'Bernard Cazeneuve', country: 'FR',
    names: ['برنار كازنوف', 'برنارد كازنوف'],
    surnames: ['كازنوف'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2016, to: 2017 }],
  },
  {
    id: 'FR_PHILIPPE', en: 'Édouard Philippe', country: 'FR',
    names: ['إدوار فيليب', 'ادوار فيليب', 'إدوارد فيليب'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2017, to: 2020 }],
  },
  {
    id: 'FR_CASTEX', en: 'Jean Castex', country: 'FR',
    names: ['جان كاستكس'],
    surnames: ['كاستكس'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2020, to: 2022 }],
  },
  {
    id: 'FR_BORNE', en: 'Élisabeth Borne', country: 'FR',
    names: ['إليزابيث بورن', 'اليزابيث بورن'],
    surnames: ['بورن'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيسة الوزراء الفرنسية', from: 2022, to: 2024 }],
  },
  {
    id: 'FR_ATTAL', en: 'Gabriel Attal', country: 'FR',
    names: ['غابرييل أتال', 'جابرييل أتال', 'غابريال أتال'],
    surnames: ['أتال'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2024, to: 2024 }],
  },
  {
    id: 'FR_BARNIER', en: 'Michel Barnier', country: 'FR',
    names: ['ميشال بارنييه', 'ميشيل بارنييه'],
    surnames: ['بارنييه'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2024, to: 2024 }],
  },
  {
    id: 'FR_BAYROU', en: 'François Bayrou', country: 'FR',
    names: ['فرانسوا بايرو'],
    surnames: ['بايرو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2024, to: 2025 }],
  },
  {
    id: 'FR_LECORNU', en: 'Sébastien Lecornu', country: 'FR',
    names: ['سيباستيان لوكورنو', 'سيباستيان ليكورنو'],
    surnames: ['لوكورنو', 'ليكورنو'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير القوات المسلحة الفرنسي', from: 2022, to: 2025 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الفرنسي', from: 2025, to: null },
    ],
  },
  {
    id: 'FR_KOUCHNER', en: 'Bernard Kouchner', country: 'FR',
    names: ['برنار كوشنير', 'برنار كوشنر'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2007, to: 2010 }],
  },
  {
    id: 'FR_ALLIOT_MARIE', en: 'Michèle Alliot-Marie', country: 'FR',
    names: ['ميشال أليو ماري', 'ميشيل أليو ماري', 'ميشال اليو ماري'],
    surnames: ['أليو ماري'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الفرنسية', from: 2010, to: 2011 }],
  },
  {
    id: 'FR_JUPPE', en: 'Alain Juppé', country: 'FR',
    names: ['ألان جوبيه', 'آلان جوبيه', 'الان جوبيه'],
    surnames: ['جوبيه'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الفرنسي', from: 2010, to: 2011 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2011, to: 2012 },
    ],
  },
  {
    id: 'FR_FABIUS', en: 'Laurent Fabius', country: 'FR',
    names: ['لوران فابيوس'],
    surnames: ['فابيوس'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2012, to: 2016 }],
  },
  {
    id: 'FR_LE_DRIAN', en: 'Jean-Yves Le Drian', country: 'FR',
    names: ['جان إيف لودريان', 'جان ايف لودريان', 'جان إيف لو دريان', 'جان-إيف لودريان'],
    surnames: ['لودريان', 'لو دريان'],
    offices: [
      { office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الفرنسي', from: 2012, to: 2017 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2017, to: 2022 },
      { office: 'ENVOY', title: 'الموفد الرئاسي الفرنسي إلى لبنان', from: 2023, to: null },
    ],
  },
  {
    id: 'FR_COLONNA', en: 'Catherine Colonna', country: 'FR',
    names: ['كاترين كولونا', 'كاثرين كولونا'],
    surnames: ['كولونا'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزيرة الخارجية الفرنسية', from: 2022, to: 2024 }],
  },
  {
    id: 'FR_SEJOURNE', en: 'Stéphane Séjourné', country: 'FR',
    names: ['ستيفان سيجورنيه', 'ستيفان سيجورني'],
    surnames: ['سيجورنيه'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2024, to: 2024 }],
  },
  {
    id: 'FR_BARROT', en: 'Jean-Noël Barrot', country: 'FR',
    names: ['جان نويل بارو', 'جان-نويل بارو'],
    surnames: ['بارو'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الفرنسي', from: 2024, to: null }],
  },
  {
    id: 'FR_MORIN', en: 'Hervé Morin', country: 'FR',
    names: ['إيرفيه موران', 'هيرفيه موران', 'ايرفيه موران'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الفرنسي', from: 2007, to: 2010 }],
  },
  {
    id: 'FR_LONGUET', en: 'Gérard Longuet', country: 'FR',
    names: ['جيرار لونغيه', 'جيرار لونجيه'],
    surnames: ['لونغيه'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الفرنسي', from: 2011, to: 2012 }],
  },
  {
    id: 'FR_GOULARD', en: 'Sylvie Goulard', country: 'FR',
    names: ['سيلفي غولار', 'سيلفي جولار'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة القوات المسلحة الفرنسية', from: 2017, to: 2017 }],
  },
  {
    id: 'FR_PARLY', en: 'Florence Parly', country: 'FR',
    names: ['فلورانس بارلي', 'فلورنس بارلي'],
    surnames: ['بارلي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة القوات المسلحة الفرنسية', from: 2017, to: 2022 }],
  },
  {
    id: 'FR_VAUTRIN', en: 'Catherine Vautrin', country: 'FR',
    names: ['كاترين فوتران', 'كاثرين فوتران'],
    surnames: ['فوتران'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزيرة القوات المسلحة الفرنسية', from: 2025, to: null }],
  },

  // Russia
  {
    id: 'RU_MEDVEDEV', en: 'Dmitry Medvedev', country: 'RU',
    names: ['دميتري مدفيديف', 'ديمتري ميدفيديف', 'دميتري ميدفيديف', 'ديمتري مدفيديف'],
    surnames: ['مدفيديف', 'ميدفيديف'],
    offices: [
      { office: 'HEAD_OF_STATE', title: 'الرئيس الروسي', from: 2008, to: 2012 },
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الروسي', from: 2012, to: 2020 },
    ],
  },
  {
    id: 'RU_PUTIN', en: 'Vladimir Putin', country: 'RU',
    names: ['فلاديمير بوتين', 'فلاديمير فلاديميروفيتش بوتين', 'فلاديمير بوتن'],
    surnames: ['بوتين'],
    offices: [
      { office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الروسي', from: 2008, to: 2012 },
      { office: 'HEAD_OF_STATE', title: 'الرئيس الروسي', from: 2012, to: null },
    ],
  },
  {
    id: 'RU_MISHUSTIN', en: 'Mikhail Mishustin', country: 'RU',
    names: ['ميخائيل ميشوستين'],
    surnames: ['ميشوستين'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس الوزراء الروسي', from: 2020, to: null }],
  },
  {
    id: 'RU_LAVROV', en: 'Sergey Lavrov', country: 'RU',
    names: ['سيرغي لافروف', 'سيرجي لافروف', 'سيرغيه لافروف', 'سيرغي فيكتوروفيتش لافروف'],
    surnames: ['لافروف'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الروسي', from: 2004, to: null }],
  },
  {
    id: 'RU_SERDYUKOV', en: 'Anatoly Serdyukov', country: 'RU',
    names: ['أناتولي سيرديوكوف', 'اناتولي سيرديوكوف'],
    surnames: ['سيرديوكوف'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الروسي', from: 2007, to: 2012 }],
  },
  {
    id: 'RU_SHOIGU', en: 'Sergei Shoigu', country: 'RU',
    names: ['سيرغي شويغو', 'سيرجي شويغو', 'سيرغي شويجو'],
    surnames: ['شويغو', 'شويجو'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الروسي', from: 2012, to: 2024 }],
  },
  {
    id: 'RU_BELOUSOV', en: 'Andrei Belousov', country: 'RU',
    names: ['أندريه بيلوسوف', 'أندريه بيلاوسوف'],
    surnames: ['بيلوسوف'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الروسي', from: 2024, to: null }],
  },
  {
    id: 'RU_BOGDANOV', en: 'Mikhail Bogdanov', country: 'RU',
    names: ['ميخائيل بوغدانوف', 'ميخائيل بوجدانوف'],
    surnames: ['بوغدانوف', 'بوجدانوف'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وأفريقيا', from: 2012, to: null }],
  },
  {
    id: 'RU_LAVRENTIEV', en: 'Alexander Lavrentiev', country: 'RU',
    names: ['ألكسندر لافرنتييف', 'ألكسندر لافرينتييف', 'الكسندر لافرنتييف'],
    surnames: ['لافرنتييف', 'لافرينتييف'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الخاص للرئيس الروسي إلى سوريا', from: 2017, to: null }],
  },

  // China
  {
    id: 'CN_HU_JINTAO', en: 'Hu Jintao', country: 'CN',
    names: ['هو جين تاو', 'هو جينتاو'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الصيني', from: 2003, to: 2013 }],
  },
  {
    id: 'CN_XI', en: 'Xi Jinping', country: 'CN',
    names: ['شي جين بينغ', 'شي جين بينج', 'شي جينبينغ'],
    offices: [{ office: 'HEAD_OF_STATE', title: 'الرئيس الصيني', from: 2013, to: null }],
  },
  {
    id: 'CN_WEN_JIABAO', en: 'Wen Jiabao', country: 'CN',
    names: ['ون جيا باو', 'وين جيا باو', 'ون جياباو'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الدولة الصيني', from: 2003, to: 2013 }],
  },
  {
    id: 'CN_LI_KEQIANG', en: 'Li Keqiang', country: 'CN',
    names: ['لي كه تشيانغ', 'لي كيتشيانغ', 'لي كه تشيانج'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الدولة الصيني', from: 2013, to: 2023 }],
  },
  {
    id: 'CN_LI_QIANG', en: 'Li Qiang', country: 'CN',
    names: ['لي تشيانغ', 'لي تشيانج'],
    offices: [{ office: 'HEAD_OF_GOVERNMENT', title: 'رئيس مجلس الدولة الصيني', from: 2023, to: null }],
  },
  {
    id: 'CN_YANG_JIECHI', en: 'Yang Jiechi', country: 'CN',
    names: ['يانغ جيه تشي', 'يانغ جيتشي', 'يانج جيه تشي'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الصيني', from: 2007, to: 2013 }],
  },
  {
    id: 'CN_WANG_YI', en: 'Wang Yi', country: 'CN',
    names: ['وانغ يي', 'وانج يي'],
    offices: [
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الصيني', from: 2013, to: 2022 },
      { office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الصيني', from: 2023, to: null },
    ],
  },
  {
    id: 'CN_QIN_GANG', en: 'Qin Gang', country: 'CN',
    names: ['تشين قانغ', 'تشين غانغ', 'تشين جانج'],
    offices: [{ office: 'FOREIGN_MINISTER', title: 'وزير الخارجية الصيني', from: 2022, to: 2023 }],
  },
  {
    id: 'CN_LIANG_GUANGLIE', en: 'Liang Guanglie', country: 'CN',
    names: ['ليانغ قوانغ لي', 'ليانغ غوانغ لي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الصيني', from: 2008, to: 2013 }],
  },
  {
    id: 'CN_CHANG_WANQUAN', en: 'Chang Wanquan', country: 'CN',
    names: ['تشانغ وان تشيوان', 'تشانغ وانتشيوان'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الصيني', from: 2013, to: 2018 }],
  },
  {
    id: 'CN_WEI_FENGHE', en: 'Wei Fenghe', country: 'CN',
    names: ['وي فنغ خه', 'وي فنغهي'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الصيني', from: 2018, to: 2023 }],
  },
  {
    id: 'CN_LI_SHANGFU', en: 'Li Shangfu', country: 'CN',
    names: ['لي شانغ فو', 'لي شانغفو'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الصيني', from: 2023, to: 2023 }],
  },
  {
    id: 'CN_DONG_JUN', en: 'Dong Jun', country: 'CN',
    names: ['دونغ جون', 'دونغ جيون'],
    offices: [{ office: 'DEFENCE_MINISTER', title: 'وزير الدفاع الصيني', from: 2023, to: null }],
  },
  {
    id: 'CN_ZHAI_JUN', en: 'Zhai Jun', country: 'CN',
    names: ['تشاي جيون', 'تشاي جون', 'جاي جون'],
    offices: [{ office: 'ENVOY', title: 'المبعوث الصيني الخاص إلى الشرق الأوسط', from: 2019, to: null }],
  },
];

import type { ActorEntry } from './types.js';

/**
 * Known officials of the powers most quoted in Arab news beyond the heads of state and government,
 * foreign and defence ministers and security chiefs (powers.ts, g7.ts, neighbours.ts), 2010-2025:
 * the Trump White House's advisers and spokespeople and the State Department's, cabinet members of
 * 2017-2021 not listed elsewhere, the leaders of Congress and the senators and committee chairs
 * most quoted; the interior ministers of Britain, Germany, France and Italy of 2016-2025 and other
 * ministers and party leaders of the Brexit and migration years; Russia's Kremlin and foreign
 * ministry spokespeople, deputy foreign minister, UN ambassadors, security council secretary and
 * chief of staff; China's foreign ministry spokespeople; Iran's foreign ministry spokespeople,
 * Israel's Arabic-language spokesmen, Turkey's presidential and ruling-party spokesmen.
 *
 * Sources: general knowledge of these offices, checked for consistency of years (a successor starts
 * the year the predecessor leaves). Nothing was taken from the development or raw articles. Left
 * out as people who held no public office in the period (the Trump campaign's and lawyers' names of
 * the Mueller inquiry: Manafort, Cohen, Giuliani, Papadopoulos) or as names a namesake shares
 * (مايك جونسون، ماثيو ميلر، كريس مورفي، صادق خان، عباس موسوي، ناصر كنعاني). Surnames are listed
 * alone only where the period's news uses them alone for that person and they are no Arabic word
 * (بيسكوف، زاخاروفا، أدرعي).
 */
export const POWER_OFFICIAL_ACTORS: readonly ActorEntry[] = [
  // United States: the White House
  {
    id: 'US_KUSHNER', en: 'Jared Kushner', country: 'US',
    names: ['جاريد كوشنر', 'جاريد كوشنير', 'جاريد كوشنار', 'جارد كوشنر'],
    offices: [{ office: 'ADVISER', title: 'كبير مستشاري الرئيس الأمريكي', from: 2017, to: 2021 }],
  },
  {
    id: 'US_IVANKA', en: 'Ivanka Trump', country: 'US',
    names: ['إيفانكا ترامب', 'ايفانكا ترامب', 'إيفانكا ترمب', 'ايفانكا ترمب'],
    offices: [{ office: 'ADVISER', title: 'مستشارة الرئيس الأمريكي', from: 2017, to: 2021 }],
  },
  {
    id: 'US_BANNON', en: 'Steve Bannon', country: 'US',
    names: ['ستيف بانون', 'ستيفن بانون'],
    offices: [{ office: 'ADVISER', title: 'كبير الاستراتيجيين في البيت الأبيض', from: 2017, to: 2017 }],
  },
  {
    id: 'US_PRIEBUS', en: 'Reince Priebus', country: 'US',
    names: ['رينس بريبوس', 'راينس بريبوس'],
    offices: [{ office: 'ADVISER', title: 'كبير موظفي البيت الأبيض', from: 2017, to: 2017 }],
  },
  {
    id: 'US_MULVANEY', en: 'Mick Mulvaney', country: 'US',
    names: ['ميك مولفاني'],
    offices: [
      { office: 'MINISTER', title: 'مدير مكتب الإدارة والميزانية', from: 2017, to: 2020 },
      { office: 'ADVISER', title: 'كبير موظفي البيت الأبيض بالوكالة', from: 2019, to: 2020 },
    ],
  },
  {
    id: 'US_MEADOWS', en: 'Mark Meadows', country: 'US',
    names: ['مارك ميدوز'],
    offices: [{ office: 'ADVISER', title: 'كبير موظفي البيت الأبيض', from: 2020, to: 2021 }],
  },
  {
    id: 'US_CONWAY', en: 'Kellyanne Conway', country: 'US',
    names: ['كيليان كونواي', 'كيليان كونوي', 'كيلي آن كونواي'],
    offices: [{ office: 'ADVISER', title: 'مستشارة الرئيس الأمريكي', from: 2017, to: 2020 }],
  },
  {
    id: 'US_COHN_GARY', en: 'Gary Cohn', country: 'US',
    names: ['غاري كوهن', 'جاري كوهن'],
    offices: [{ office: 'ADVISER', title: 'مدير المجلس الاقتصادي الوطني', from: 2017, to: 2018 }],
  },
  {
    id: 'US_KUDLOW', en: 'Larry Kudlow', country: 'US',
    names: ['لاري كودلو'],
    offices: [{ office: 'ADVISER', title: 'مدير المجلس الاقتصادي الوطني', from: 2018, to: 2021 }],
  },
  {
    id: 'US_NAVARRO', en: 'Peter Navarro', country: 'US',
    names: ['بيتر نافارو'],
    offices: [{ office: 'ADVISER', title: 'مستشار البيت الأبيض للتجارة', from: 2017, to: 2021 }],
  },
  {
    id: 'US_POWELL_DINA', en: 'Dina Powell', country: 'US',
    names: ['دينا باول'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'نائبة مستشار الأمن القومي', from: 2017, to: 2018 }],
  },
  {
    id: 'US_SPICER', en: 'Sean Spicer', country: 'US',
    names: ['شون سبايسر'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم البيت الأبيض', from: 2017, to: 2017 }],
  },
  {
    id: 'US_SANDERS_SARAH', en: 'Sarah Huckabee Sanders', country: 'US',
    names: ['سارة ساندرز', 'سارة هاكابي ساندرز', 'ساره ساندرز'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدثة باسم البيت الأبيض', from: 2017, to: 2019 },
      { office: 'GOVERNOR', title: 'حاكمة ولاية أركنساس', from: 2023, to: null },
    ],
  },
  {
    id: 'US_MCENANY', en: 'Kayleigh McEnany', country: 'US',
    names: ['كايلي ماكناني', 'كايلي ماكيناني'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم البيت الأبيض', from: 2020, to: 2021 }],
  },
  {
    id: 'US_PSAKI', en: 'Jen Psaki', country: 'US',
    names: ['جين ساكي', 'جين بساكي'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الأمريكية', from: 2013, to: 2015 },
      { office: 'SPOKESPERSON', title: 'المتحدثة باسم البيت الأبيض', from: 2021, to: 2022 },
    ],
  },
  {
    id: 'US_JEAN_PIERRE', en: 'Karine Jean-Pierre', country: 'US',
    names: ['كارين جان بيير', 'كارين جان-بيير'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم البيت الأبيض', from: 2022, to: 2025 }],
  },
  {
    id: 'US_KIRBY', en: 'John Kirby', country: 'US',
    names: ['جون كيربي', 'جون كيربى'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الأمريكية', from: 2015, to: 2017 },
      { office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الدفاع الأمريكية', from: 2021, to: 2022 },
      { office: 'SPOKESPERSON', title: 'منسق الاتصالات الاستراتيجية في مجلس الأمن القومي', from: 2022, to: 2025 },
    ],
  },
  {
    id: 'US_NAUERT', en: 'Heather Nauert', country: 'US',
    names: ['هيذر نويرت', 'هيذر ناورت', 'هيدر نويرت'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الأمريكية', from: 2017, to: 2019 }],
  },
  {
    id: 'US_PRICE_NED', en: 'Ned Price', country: 'US',
    names: ['نيد برايس'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الأمريكية', from: 2021, to: 2023 }],
  },
  {
    id: 'US_NULAND', en: 'Victoria Nuland', country: 'US',
    names: ['فيكتوريا نولاند', 'فيكتوريا نيولاند'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الأمريكية', from: 2011, to: 2013 },
      { office: 'MINISTER', title: 'مساعدة وزير الخارجية الأمريكي', from: 2013, to: 2017 },
      { office: 'MINISTER', title: 'وكيلة وزارة الخارجية الأمريكية', from: 2021, to: 2024 },
    ],
  },
  {
    id: 'US_ROSENSTEIN', en: 'Rod Rosenstein', country: 'US',
    names: ['رود روزنشتاين', 'رود روزنستاين', 'رود روزنستين', 'رود روزنشتين'],
    offices: [{ office: 'PROSECUTOR', title: 'نائب وزير العدل الأمريكي', from: 2017, to: 2019 }],
  },
  {
    id: 'US_LIGHTHIZER', en: 'Robert Lighthizer', country: 'US',
    names: ['روبرت لايتهايزر', 'روبرت لايتهايزير'],
    offices: [{ office: 'MINISTER', title: 'الممثل التجاري الأمريكي', from: 2017, to: 2021 }],
  },
  {
    id: 'US_TAI', en: 'Katherine Tai', country: 'US',
    names: ['كاثرين تاي'],
    offices: [{ office: 'MINISTER', title: 'الممثلة التجارية الأمريكية', from: 2021, to: 2025 }],
  },
  {
    id: 'US_FRIEDMAN_DAVID', en: 'David Friedman', country: 'US',
    names: ['ديفيد فريدمان'],
    offices: [{ office: 'AMBASSADOR', title: 'السفير الأمريكي لدى إسرائيل', from: 2017, to: 2021 }],
  },
  {
    id: 'US_DEVOS', en: 'Betsy DeVos', country: 'US',
    names: ['بيتسي ديفوس', 'بيتسي دي فوس'],
    offices: [{ office: 'MINISTER', title: 'وزيرة التعليم الأمريكية', from: 2017, to: 2021 }],
  },
  {
    id: 'US_CARSON', en: 'Ben Carson', country: 'US',
    names: ['بن كارسون'],
    offices: [{ office: 'MINISTER', title: 'وزير الإسكان الأمريكي', from: 2017, to: 2021 }],
  },
  {
    id: 'US_CHAO', en: 'Elaine Chao', country: 'US',
    names: ['إيلين تشاو', 'ايلين تشاو'],
    offices: [{ office: 'MINISTER', title: 'وزيرة النقل الأمريكية', from: 2017, to: 2021 }],
  },
  {
    id: 'US_PRUITT', en: 'Scott Pruitt', country: 'US',
    names: ['سكوت برويت'],
    offices: [{ office: 'AGENCY_HEAD', title: 'مدير وكالة حماية البيئة', from: 2017, to: 2018 }],
  },
  {
    id: 'US_ZINKE', en: 'Ryan Zinke', country: 'US',
    names: ['رايان زينكي', 'ريان زينكي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية الأمريكي', from: 2017, to: 2019 }],
  },
  // United States: Congress (speakers, party leaders, senators and chairs most quoted)
  {
    id: 'US_BOEHNER', en: 'John Boehner', country: 'US',
    names: ['جون بينر', 'جون بوينر'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب الأمريكي', from: 2011, to: 2015, org: 'US_HOUSE' }],
  },
  {
    id: 'US_RYAN_PAUL', en: 'Paul Ryan', country: 'US',
    names: ['بول رايان', 'بول راين'],
    offices: [{ office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب الأمريكي', from: 2015, to: 2019, org: 'US_HOUSE' }],
  },
  {
    id: 'US_PELOSI', en: 'Nancy Pelosi', country: 'US',
    names: ['نانسي بيلوسي'],
    offices: [
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيسة مجلس النواب الأمريكي', from: 2007, to: 2011, org: 'US_HOUSE' },
      { office: 'LEGISLATOR', title: 'زعيمة الديمقراطيين في مجلس النواب', from: 2011, to: 2019, org: 'US_HOUSE' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيسة مجلس النواب الأمريكي', from: 2019, to: 2023, org: 'US_HOUSE' },
    ],
  },
  {
    id: 'US_MCCARTHY', en: 'Kevin McCarthy', country: 'US',
    names: ['كيفن مكارثي', 'كيفين مكارثي', 'كيفن ماكارثي'],
    offices: [
      { office: 'LEGISLATOR', title: 'زعيم الأغلبية في مجلس النواب', from: 2014, to: 2019, org: 'US_HOUSE' },
      { office: 'LEGISLATOR', title: 'زعيم الأقلية في مجلس النواب', from: 2019, to: 2023, org: 'US_HOUSE' },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس مجلس النواب الأمريكي', from: 2023, to: 2023, org: 'US_HOUSE' },
    ],
  },
  {
    id: 'US_REID', en: 'Harry Reid', country: 'US',
    names: ['هاري ريد'],
    offices: [
      { office: 'LEGISLATOR', title: 'زعيم الأغلبية في مجلس الشيوخ', from: 2007, to: 2015, org: 'US_SENATE' },
      { office: 'LEGISLATOR', title: 'زعيم الأقلية في مجلس الشيوخ', from: 2015, to: 2017, org: 'US_SENATE' },
    ],
  },
  {
    id: 'US_MCCONNELL', en: 'Mitch McConnell', country: 'US',
    names: ['ميتش ماكونيل', 'ميتش مكونيل', 'ميتش ماكونل'],
    offices: [{ office: 'LEGISLATOR', title: 'زعيم الجمهوريين في مجلس الشيوخ', from: 2007, to: 2025, org: 'US_SENATE' }],
  },
  {
    id: 'US_SCHUMER', en: 'Chuck Schumer', country: 'US',
    names: ['تشاك شومر', 'تشوك شومر', 'تشارلز شومر'],
    offices: [{ office: 'LEGISLATOR', title: 'زعيم الديمقراطيين في مجلس الشيوخ', from: 2017, to: 2025, org: 'US_SENATE' }],
  },
  {
    id: 'US_MCCAIN', en: 'John McCain', country: 'US',
    names: ['جون ماكين', 'جون مكين'],
    offices: [
      { office: 'LEGISLATOR', title: 'رئيس لجنة القوات المسلحة في مجلس الشيوخ', from: 2015, to: 2018, org: 'US_SENATE' },
      { office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 1987, to: 2018, org: 'US_SENATE' },
    ],
  },
  {
    id: 'US_GRAHAM', en: 'Lindsey Graham', country: 'US',
    names: ['ليندسي غراهام', 'ليندسي جراهام', 'لينزي غراهام', 'لينزي جراهام', 'ليندسي غراهم'],
    offices: [{ office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2003, to: null, org: 'US_SENATE' }],
  },
  {
    id: 'US_CORKER', en: 'Bob Corker', country: 'US',
    names: ['بوب كوركر'],
    offices: [{ office: 'LEGISLATOR', title: 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ', from: 2015, to: 2019, org: 'US_SENATE' }],
  },
  {
    id: 'US_MENENDEZ', en: 'Bob Menendez', country: 'US',
    names: ['بوب مينينديز', 'روبرت مينينديز', 'بوب منينديز'],
    offices: [{ office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2006, to: 2024, org: 'US_SENATE' }],
  },
  {
    id: 'US_RISCH', en: 'Jim Risch', country: 'US',
    names: ['جيم ريش'],
    offices: [
      { office: 'LEGISLATOR', title: 'رئيس لجنة العلاقات الخارجية في مجلس الشيوخ', from: 2019, to: 2021, org: 'US_SENATE' },
      { office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2009, to: null, org: 'US_SENATE' },
    ],
  },
  {
    id: 'US_RAND_PAUL', en: 'Rand Paul', country: 'US',
    names: ['راند بول'],
    offices: [{ office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2011, to: null, org: 'US_SENATE' }],
  },
  {
    id: 'US_SANDERS_BERNIE', en: 'Bernie Sanders', country: 'US',
    names: ['بيرني ساندرز'],
    offices: [{ office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2007, to: null, org: 'US_SENATE' }],
  },
  {
    id: 'US_WARREN', en: 'Elizabeth Warren', country: 'US',
    names: ['إليزابيث وارن', 'اليزابيث وارن'],
    offices: [{ office: 'LEGISLATOR', title: 'عضوة مجلس الشيوخ الأمريكي', from: 2013, to: null, org: 'US_SENATE' }],
  },
  {
    id: 'US_CRUZ', en: 'Ted Cruz', country: 'US',
    names: ['تيد كروز'],
    offices: [{ office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2013, to: null, org: 'US_SENATE' }],
  },
  {
    id: 'US_SCHIFF', en: 'Adam Schiff', country: 'US',
    names: ['آدم شيف', 'ادم شيف'],
    offices: [
      { office: 'LEGISLATOR', title: 'رئيس لجنة الاستخبارات في مجلس النواب', from: 2019, to: 2023, org: 'US_HOUSE' },
      { office: 'LEGISLATOR', title: 'عضو مجلس الشيوخ الأمريكي', from: 2025, to: null, org: 'US_SENATE' },
    ],
  },
  {
    id: 'US_NUNES', en: 'Devin Nunes', country: 'US',
    names: ['ديفين نونيز', 'ديفين نونز', 'ديفين نيونز'],
    offices: [{ office: 'LEGISLATOR', title: 'رئيس لجنة الاستخبارات في مجلس النواب', from: 2015, to: 2019, org: 'US_HOUSE' }],
  },
  // United Kingdom
  {
    id: 'GB_RUDD', en: 'Amber Rudd', country: 'GB',
    names: ['آمبر رود', 'أمبر رود', 'آمبر راد', 'أمبر راد'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الداخلية البريطانية', from: 2016, to: 2018 }],
  },
  {
    id: 'GB_JAVID', en: 'Sajid Javid', country: 'GB',
    names: ['ساجد جاويد', 'ساجد جافيد'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية البريطاني', from: 2018, to: 2019 },
      { office: 'MINISTER', title: 'وزير المالية البريطاني', from: 2019, to: 2020 },
    ],
  },
  {
    id: 'GB_PATEL', en: 'Priti Patel', country: 'GB',
    names: ['بريتي باتيل', 'بريتي باتل'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الداخلية البريطانية', from: 2019, to: 2022 }],
  },
  {
    id: 'GB_BRAVERMAN', en: 'Suella Braverman', country: 'GB',
    names: ['سويلا برافرمان', 'سويلا بريفرمان'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الداخلية البريطانية', from: 2022, to: 2023 }],
  },
  {
    id: 'GB_DAVIS_DAVID', en: 'David Davis', country: 'GB',
    names: ['ديفيد ديفيز'],
    offices: [{ office: 'MINISTER', title: 'وزير شؤون الخروج من الاتحاد الأوروبي', from: 2016, to: 2018 }],
  },
  {
    id: 'GB_DUNCAN_SMITH', en: 'Iain Duncan Smith', country: 'GB',
    names: ['إيان دنكن سميث', 'إيان دنكان سميث', 'ايان دنكن سميث'],
    offices: [{ office: 'MINISTER', title: 'وزير العمل والمعاشات البريطاني', from: 2010, to: 2016 }],
  },
  {
    id: 'GB_BURT', en: 'Alistair Burt', country: 'GB',
    names: ['أليستير بيرت', 'اليستير بيرت', 'أليستر بيرت'],
    offices: [
      { office: 'MINISTER', title: 'وزير الدولة لشؤون الشرق الأوسط', from: 2010, to: 2013 },
      { office: 'MINISTER', title: 'وزير الدولة لشؤون الشرق الأوسط', from: 2017, to: 2019 },
    ],
  },
  {
    id: 'GB_DUNCAN_ALAN', en: 'Alan Duncan', country: 'GB',
    names: ['آلان دنكن', 'آلان دنكان', 'ألان دنكن'],
    offices: [{ office: 'MINISTER', title: 'وزير الدولة للشؤون الأوروبية والأمريكيتين', from: 2016, to: 2019 }],
  },
  {
    id: 'GB_GOVE', en: 'Michael Gove', country: 'GB',
    names: ['مايكل غوف', 'مايكل جوف'],
    offices: [{ office: 'MINISTER', title: 'وزير في الحكومة البريطانية', from: 2010, to: 2024 }],
  },
  {
    id: 'GB_CORBYN', en: 'Jeremy Corbyn', country: 'GB',
    names: ['جيريمي كوربين', 'جيرمي كوربين', 'جيريمي كوربن'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيم حزب العمال البريطاني', from: 2015, to: 2020 }],
  },
  {
    id: 'GB_FARAGE', en: 'Nigel Farage', country: 'GB',
    names: ['نايجل فاراج', 'نايجل فراج', 'نايجل فاراغ'],
    offices: [
      { office: 'PARTY_LEADER', title: 'زعيم حزب الاستقلال البريطاني', from: 2010, to: 2016 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب بريكست', from: 2019, to: 2021 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب الإصلاح البريطاني', from: 2024, to: null },
    ],
  },
  // Germany
  {
    id: 'DE_SEEHOFER', en: 'Horst Seehofer', country: 'DE',
    names: ['هورست زيهوفر', 'هورست سيهوفر', 'هورست زيهوفير'],
    offices: [
      { office: 'GOVERNOR', title: 'رئيس وزراء ولاية بافاريا', from: 2008, to: 2018 },
      { office: 'MINISTER', title: 'وزير الداخلية الألماني', from: 2018, to: 2021 },
    ],
  },
  {
    id: 'DE_FAESER', en: 'Nancy Faeser', country: 'DE',
    names: ['نانسي فيزر', 'نانسي فايزر'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الداخلية الألمانية', from: 2021, to: 2025 }],
  },
  {
    id: 'DE_SCHAEUBLE', en: 'Wolfgang Schäuble', country: 'DE',
    names: ['فولفغانغ شويبله', 'فولفجانج شويبله', 'فولفغانغ شويبلة', 'فولفغانغ شويبل'],
    offices: [
      { office: 'MINISTER', title: 'وزير المالية الألماني', from: 2009, to: 2017 },
      { office: 'PARLIAMENT_SPEAKER', title: 'رئيس البوندستاغ', from: 2017, to: 2021, org: 'DE_BUNDESTAG' },
    ],
  },
  {
    id: 'DE_ALTMAIER', en: 'Peter Altmaier', country: 'DE',
    names: ['بيتر ألتماير', 'بيتر التماير', 'بيتر آلتماير'],
    offices: [
      { office: 'MINISTER', title: 'رئيس ديوان المستشارية الألمانية', from: 2013, to: 2018 },
      { office: 'MINISTER', title: 'وزير الاقتصاد الألماني', from: 2018, to: 2021 },
    ],
  },
  // France
  {
    id: 'FR_COLLOMB', en: 'Gérard Collomb', country: 'FR',
    names: ['جيرار كولومب', 'جيرار كولوم'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية الفرنسي', from: 2017, to: 2018 }],
  },
  {
    id: 'FR_CASTANER', en: 'Christophe Castaner', country: 'FR',
    names: ['كريستوف كاستانير', 'كريستوف كاستانيه', 'كريستوف كاستانر'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية الفرنسي', from: 2018, to: 2020 }],
  },
  {
    id: 'FR_DARMANIN', en: 'Gérald Darmanin', country: 'FR',
    names: ['جيرالد دارمانان', 'جيرالد دارمانين', 'جيرالد درمانان'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية الفرنسي', from: 2020, to: 2024 },
      { office: 'MINISTER', title: 'وزير العدل الفرنسي', from: 2024, to: null },
    ],
  },
  {
    id: 'FR_LE_MAIRE', en: 'Bruno Le Maire', country: 'FR',
    names: ['برونو لومير', 'برونو لو مير', 'برونو لومار'],
    offices: [{ office: 'MINISTER', title: 'وزير الاقتصاد الفرنسي', from: 2017, to: 2024 }],
  },
  {
    id: 'FR_LE_PEN', en: 'Marine Le Pen', country: 'FR',
    names: ['مارين لوبان', 'مارين لوبن', 'مارين لو بن'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيمة حزب التجمع الوطني', from: 2011, to: 2021 }],
  },
  {
    id: 'FR_MELENCHON', en: 'Jean-Luc Mélenchon', country: 'FR',
    names: ['جان لوك ميلانشون', 'جان-لوك ميلانشون', 'جان لوك ميلنشون'],
    offices: [{ office: 'PARTY_LEADER', title: 'زعيم حركة فرنسا الأبية', from: 2016, to: null }],
  },
  // Italy and Austria
  {
    id: 'IT_SALVINI', en: 'Matteo Salvini', country: 'IT',
    names: ['ماتيو سالفيني', 'ماتيو سالفينى'],
    offices: [
      { office: 'PARTY_LEADER', title: 'زعيم حزب الرابطة', from: 2013, to: null },
      { office: 'MINISTER', title: 'وزير الداخلية الإيطالي', from: 2018, to: 2019 },
      { office: 'MINISTER', title: 'وزير البنى التحتية الإيطالي', from: 2022, to: null },
    ],
  },
  {
    id: 'IT_MINNITI', en: 'Marco Minniti', country: 'IT',
    names: ['ماركو مينيتي', 'ماركو مينيتى'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية الإيطالي', from: 2016, to: 2018 }],
  },
  {
    id: 'IT_LAMORGESE', en: 'Luciana Lamorgese', country: 'IT',
    names: ['لوتشيانا لامورغيزي', 'لوتشيانا لامورجيزي', 'لوشيانا لامورغيزي'],
    offices: [{ office: 'MINISTER', title: 'وزيرة الداخلية الإيطالية', from: 2019, to: 2022 }],
  },
  {
    id: 'IT_PIANTEDOSI', en: 'Matteo Piantedosi', country: 'IT',
    names: ['ماتيو بيانتيدوسي', 'ماتيو بيانتدوسي'],
    offices: [{ office: 'MINISTER', title: 'وزير الداخلية الإيطالي', from: 2022, to: null }],
  },
  {
    id: 'AT_KICKL', en: 'Herbert Kickl', country: 'AT',
    names: ['هربرت كيكل', 'هيربرت كيكل'],
    offices: [
      { office: 'MINISTER', title: 'وزير الداخلية النمساوي', from: 2017, to: 2019 },
      { office: 'PARTY_LEADER', title: 'زعيم حزب الحرية النمساوي', from: 2021, to: null },
    ],
  },
  // Russia: the Kremlin's and the foreign ministry's spokespeople, deputy ministers, UN ambassadors, security council
  {
    id: 'RU_PESKOV', en: 'Dmitry Peskov', country: 'RU',
    names: ['ديمتري بيسكوف', 'دميتري بيسكوف', 'ديميتري بيسكوف', 'ديمتري بسكوف'],
    surnames: ['بيسكوف'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم الكرملين', from: 2012, to: null }],
  },
  {
    id: 'RU_ZAKHAROVA', en: 'Maria Zakharova', country: 'RU',
    names: ['ماريا زاخاروفا', 'ماريا زخاروفا'],
    surnames: ['زاخاروفا'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الروسية', from: 2015, to: null, org: 'RU_MFA' }],
  },
  {
    id: 'RU_RYABKOV', en: 'Sergei Ryabkov', country: 'RU',
    names: ['سيرغي ريابكوف', 'سيرجي ريابكوف', 'سيرغي ريابكون'],
    surnames: ['ريابكوف'],
    offices: [{ office: 'MINISTER', title: 'نائب وزير الخارجية الروسي', from: 2008, to: null, org: 'RU_MFA' }],
  },
  {
    id: 'RU_NEBENZYA', en: 'Vasily Nebenzya', country: 'RU',
    names: ['فاسيلي نيبينزيا', 'فاسيلي نيبنزيا', 'فاسيلي نيبيزيا'],
    surnames: ['نيبينزيا', 'نيبنزيا'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوب الروسي لدى الأمم المتحدة', from: 2017, to: null }],
  },
  {
    id: 'RU_CHURKIN', en: 'Vitaly Churkin', country: 'RU',
    names: ['فيتالي تشوركين', 'فيتالي تشيركين'],
    surnames: ['تشوركين'],
    offices: [{ office: 'AMBASSADOR', title: 'المندوب الروسي لدى الأمم المتحدة', from: 2006, to: 2017 }],
  },
  {
    id: 'RU_USHAKOV', en: 'Yuri Ushakov', country: 'RU',
    names: ['يوري أوشاكوف', 'يوري اوشاكوف'],
    offices: [{ office: 'ADVISER', title: 'مستشار الرئيس الروسي', from: 2012, to: null }],
  },
  {
    id: 'RU_PATRUSHEV', en: 'Nikolai Patrushev', country: 'RU',
    names: ['نيكولاي باتروشيف', 'نيقولاي باتروشيف'],
    surnames: ['باتروشيف'],
    offices: [{ office: 'SECURITY_ADVISER', title: 'أمين مجلس الأمن الروسي', from: 2008, to: 2024, org: 'RU_SECURITY_COUNCIL' }],
  },
  {
    id: 'RU_GERASIMOV', en: 'Valery Gerasimov', country: 'RU',
    names: ['فاليري غيراسيموف', 'فاليري جيراسيموف', 'فاليري غراسيموف'],
    surnames: ['غيراسيموف', 'جيراسيموف'],
    offices: [{ office: 'MILITARY_COMMANDER', title: 'رئيس هيئة الأركان العامة الروسية', from: 2012, to: null }],
  },
  // China: foreign ministry spokespeople
  {
    id: 'CN_HUA_CHUNYING', en: 'Hua Chunying', country: 'CN',
    names: ['هوا تشون ينغ', 'هوا تشونينغ', 'هوا تشون يينغ'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الصينية', from: 2012, to: null }],
  },
  {
    id: 'CN_GENG_SHUANG', en: 'Geng Shuang', country: 'CN',
    names: ['قنغ شوانغ', 'غنغ شوانغ', 'جينغ شوانغ', 'قنغ شوانج'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الصينية', from: 2016, to: 2020 }],
  },
  {
    id: 'CN_LU_KANG', en: 'Lu Kang', country: 'CN',
    names: ['لو كانغ', 'لو كانج'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الصينية', from: 2015, to: 2019 }],
  },
  {
    id: 'CN_ZHAO_LIJIAN', en: 'Zhao Lijian', country: 'CN',
    names: ['تشاو لي جيان', 'تشاو ليجيان', 'جاو لي جيان'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الصينية', from: 2020, to: 2023 }],
  },
  {
    id: 'CN_WANG_WENBIN', en: 'Wang Wenbin', country: 'CN',
    names: ['وانغ ون بين', 'وانغ وين بين', 'وانغ وينبين'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الصينية', from: 2020, to: 2024 }],
  },
  // Iran, Israel, Turkey: spokespeople
  {
    id: 'IR_QASSEMI', en: 'Bahram Qassemi', country: 'IR',
    names: ['بهرام قاسمي', 'بهرام قاسمى'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الإيرانية', from: 2016, to: 2019, org: 'IR_MFA' }],
  },
  {
    id: 'IR_AFKHAM', en: 'Marzieh Afkham', country: 'IR',
    names: ['مرضية أفخم', 'مرضيه أفخم', 'مرضية افخم'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدثة باسم وزارة الخارجية الإيرانية', from: 2013, to: 2015, org: 'IR_MFA' }],
  },
  {
    id: 'IR_JABERI_ANSARI', en: 'Hossein Jaberi Ansari', country: 'IR',
    names: ['حسين جابري أنصاري', 'حسين جابري انصاري'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الإيرانية', from: 2015, to: 2016, org: 'IR_MFA' }],
  },
  {
    id: 'IR_KHATIBZADEH', en: 'Saeed Khatibzadeh', country: 'IR',
    names: ['سعيد خطيب زاده', 'سعيد خطيبزاده'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الإيرانية', from: 2021, to: 2022, org: 'IR_MFA' }],
  },
  {
    id: 'IR_BAGHAEI', en: 'Esmaeil Baghaei', country: 'IR',
    names: ['إسماعيل بقائي', 'اسماعيل بقائي', 'إسماعيل بقائي هامانه'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم وزارة الخارجية الإيرانية', from: 2024, to: null, org: 'IR_MFA' }],
  },
  {
    id: 'IL_ADRAEE', en: 'Avichay Adraee', country: 'IL',
    names: ['أفيخاي أدرعي', 'افيخاي ادرعي', 'أفيخاي أدرعى'],
    surnames: ['أدرعي'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم الجيش الإسرائيلي للإعلام العربي', from: 2005, to: null }],
  },
  {
    id: 'IL_GENDELMAN', en: 'Ofir Gendelman', country: 'IL',
    names: ['أوفير جندلمان', 'اوفير جندلمان', 'أوفير غندلمان'],
    surnames: ['جندلمان'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم رئيس الوزراء الإسرائيلي للإعلام العربي', from: 2011, to: null }],
  },
  {
    id: 'TR_KALIN', en: 'İbrahim Kalın', country: 'TR',
    names: ['إبراهيم قالن', 'ابراهيم قالن', 'إبراهيم كالين', 'ابراهيم كالين'],
    offices: [
      { office: 'SPOKESPERSON', title: 'المتحدث باسم الرئاسة التركية', from: 2014, to: 2023 },
      { office: 'AGENCY_HEAD', title: 'رئيس جهاز الاستخبارات التركي', from: 2023, to: null },
    ],
  },
  {
    id: 'TR_CELIK_OMER', en: 'Ömer Çelik', country: 'TR',
    names: ['عمر جليك', 'عمر تشيليك', 'عمر تشليك'],
    offices: [{ office: 'SPOKESPERSON', title: 'المتحدث باسم حزب العدالة والتنمية', from: 2018, to: null, org: 'AKP' }],
  },
];

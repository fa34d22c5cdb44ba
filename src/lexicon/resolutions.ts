/**
 * Well-known numbered resolutions that Arabic news cites, often without naming the issuing body
 * ("القرار 2216", "القرار الأممي 2254"), and the numbering of Security Council resolutions by year.
 * Typed data, never code: `src/resolutions/` reads it to infer the body, year, subject and UN symbol
 * of a bare number.
 *
 * Source: general knowledge of the UN documents (UN Digital Library, symbols S/RES/N (YEAR) for the
 * Security Council, A/RES/N (session in roman numerals) or A/RES/session/N for the General Assembly).
 * Where one number names resolutions of two bodies (UNSC 181 (1963) and UNGA 181 (II) 1947), the
 * one Arabic news means is kept: the General Assembly's partition plan. The Security Council part
 * covers, systematically, the Middle East and North Africa files (Palestine and Israel, Lebanon,
 * Syria, Iraq and Kuwait, Iran, Yemen, Libya, Sudan, Western Sahara) and the thematic resolutions
 * they cite (terrorism, women, medical care, hunger); a test checks every year against
 * UNSC_FIRST_OF_YEAR below, two independent sources.
 */
import type { ResolutionBody } from '../types.js';

/** One well-known resolution. */
export interface ResolutionEntry {
  /** Number in ASCII digits, as the body numbers it: 2254, 67/19, ES-10/19. */
  number: string;
  body: ResolutionBody;
  year: number;
  /** What it is about, in a few English words. */
  subject: string;
  /** The UN document symbol. */
  symbol: string;
  /**
   * What an article citing it bare ("القرار 2216") names: ISO codes of the states it concerns
   * (their names, adjectives and capitals from the country lexicon, plus CONTEXT_FORMS[iso]) and
   * topic keys of CONTEXT_FORMS. One of them named in the article makes the bare number this one.
   */
  context: readonly string[];
}

/** Security Council resolution: symbol S/RES/N (YEAR). */
function sc(number: string, year: number, subject: string, context: readonly string[]): ResolutionEntry {
  return { number, body: 'UNSC', year, subject, symbol: `S/RES/${number} (${year})`, context };
}

/** General Assembly resolution: symbol A/RES/N (session) before 1976, A/RES/session/N after. */
function ga(number: string, year: number, subject: string, context: readonly string[], session?: string): ResolutionEntry {
  const symbol = session ? `A/RES/${number} (${session})` : `A/RES/${number}`;
  // Naming the General Assembly is context for any of its resolutions.
  return { number, body: 'UNGA', year, subject, symbol, context: [...context, 'UNGA'] };
}

const MIDDLE_EAST = ['PS', 'IL'];

/** The table, in order of body and number. */
export const RESOLUTIONS: readonly ResolutionEntry[] = [
  // Security Council
  sc('237', 1967, 'Middle East: protection of civilians after the June 1967 war', [...MIDDLE_EAST, 'EG', 'SY', 'JO']),
  sc('242', 1967, 'Middle East: withdrawal from territories occupied in 1967, land for peace', [...MIDDLE_EAST, 'EG', 'SY', 'JO']),
  sc('252', 1968, 'Jerusalem: Israeli measures invalid', MIDDLE_EAST),
  sc('267', 1969, 'Jerusalem: Israeli measures invalid', MIDDLE_EAST),
  sc('298', 1971, 'Jerusalem: status of the city', MIDDLE_EAST),
  sc('338', 1973, 'Middle East: ceasefire of October 1973, implementation of 242', [...MIDDLE_EAST, 'EG', 'SY']),
  sc('339', 1973, 'Middle East: confirmation of the October 1973 ceasefire', ['EG', 'IL', 'SY']),
  sc('340', 1973, 'Middle East: second UN Emergency Force', ['EG', 'IL']),
  sc('350', 1974, 'Golan: UN Disengagement Observer Force (UNDOF)', ['SY', 'IL']),
  sc('425', 1978, 'Lebanon: Israeli withdrawal, creation of UNIFIL', ['LB', 'IL']),
  sc('426', 1978, 'Lebanon: UNIFIL terms of reference', ['LB', 'IL']),
  sc('446', 1979, 'Israeli settlements in occupied territories', MIDDLE_EAST),
  sc('452', 1979, 'Israeli settlements: construction to cease', MIDDLE_EAST),
  sc('465', 1980, 'Israeli settlements in occupied territories', MIDDLE_EAST),
  sc('476', 1980, 'Jerusalem: status of the city', MIDDLE_EAST),
  sc('478', 1980, 'Jerusalem: Israeli basic law, diplomatic missions', MIDDLE_EAST),
  sc('497', 1981, 'Golan Heights: annexation null and void', ['SY', 'IL']),
  sc('508', 1982, 'Lebanon: cessation of hostilities, June 1982', ['LB', 'IL']),
  sc('509', 1982, 'Lebanon: Israeli withdrawal demanded', ['LB', 'IL']),
  sc('598', 1987, 'Iran-Iraq war: ceasefire', ['IR', 'IQ']),
  sc('605', 1987, 'Occupied Palestinian territories: the first intifada', MIDDLE_EAST),
  sc('660', 1990, 'Iraqi invasion of Kuwait', ['IQ', 'KW']),
  sc('661', 1990, 'Iraq: sanctions after the invasion of Kuwait', ['IQ', 'KW']),
  sc('662', 1990, 'Iraq: annexation of Kuwait null and void', ['IQ', 'KW']),
  sc('672', 1990, 'Jerusalem: killings at Al-Aqsa mosque', MIDDLE_EAST),
  sc('678', 1990, 'Iraq: authorisation of force to liberate Kuwait', ['IQ', 'KW']),
  sc('686', 1991, 'Iraq: provisional ceasefire terms', ['IQ', 'KW']),
  sc('687', 1991, 'Iraq: Gulf war ceasefire terms', ['IQ', 'KW']),
  sc('688', 1991, 'Iraq: repression of the civilian population', ['IQ']),
  sc('690', 1991, 'Western Sahara: creation of MINURSO', ['EH', 'MA']),
  sc('731', 1992, 'Libya: Lockerbie, cooperation demanded', ['LY']),
  sc('748', 1992, 'Libya: sanctions over Lockerbie', ['LY']),
  sc('799', 1992, 'Deportation of Palestinians to south Lebanon', [...MIDDLE_EAST, 'LB']),
  sc('904', 1994, 'Hebron: Ibrahimi mosque massacre', MIDDLE_EAST),
  sc('986', 1995, 'Iraq: oil-for-food programme', ['IQ']),
  sc('1073', 1996, 'Jerusalem: clashes over the Western Wall tunnel', MIDDLE_EAST),
  sc('1267', 1999, 'Terrorism: Taliban and Al-Qaida sanctions', ['AF', 'TERRORISM']),
  sc('1284', 1999, 'Iraq: UNMOVIC inspections', ['IQ']),
  sc('1322', 2000, 'Jerusalem: violence after the visit to Al-Haram al-Sharif', MIDDLE_EAST),
  sc('1325', 2000, 'Women, peace and security', ['WOMEN']),
  sc('1373', 2001, 'Terrorism: obligations of all states', ['TERRORISM']),
  sc('1397', 2002, 'Middle East: vision of two states', MIDDLE_EAST),
  sc('1402', 2002, 'Middle East: Israeli withdrawal from Palestinian cities', MIDDLE_EAST),
  sc('1435', 2002, 'Ramallah: siege of the Palestinian Authority headquarters', MIDDLE_EAST),
  sc('1441', 2002, 'Iraq: disarmament obligations', ['IQ']),
  sc('1483', 2003, 'Iraq: after the war, sanctions lifted', ['IQ']),
  sc('1500', 2003, 'Iraq: UN Assistance Mission (UNAMI)', ['IQ']),
  sc('1515', 2003, 'Middle East: endorsement of the road map', MIDDLE_EAST),
  sc('1544', 2004, 'Rafah: house demolitions', MIDDLE_EAST),
  sc('1546', 2004, 'Iraq: interim government, end of occupation', ['IQ']),
  sc('1556', 2004, 'Sudan: Darfur', ['SD']),
  sc('1559', 2004, 'Lebanon: withdrawal of foreign forces, disarmament of militias', ['LB', 'SY']),
  sc('1590', 2005, 'Sudan: UN Mission in Sudan (UNMIS)', ['SD']),
  sc('1591', 2005, 'Sudan: Darfur sanctions', ['SD']),
  sc('1593', 2005, 'Sudan: referral of Darfur to the ICC', ['SD']),
  sc('1595', 2005, 'Lebanon: investigation of the Hariri assassination', ['LB']),
  sc('1636', 2005, 'Lebanon: Hariri investigation, cooperation of Syria', ['LB', 'SY']),
  sc('1680', 2006, 'Lebanon: relations and border with Syria', ['LB', 'SY']),
  sc('1696', 2006, 'Iran: suspension of enrichment demanded', ['IR', 'NUCLEAR']),
  sc('1701', 2006, 'Lebanon: cessation of hostilities between Israel and Hezbollah', ['LB', 'IL']),
  sc('1737', 2006, 'Iran: nuclear programme sanctions', ['IR', 'NUCLEAR']),
  sc('1747', 2007, 'Iran: further nuclear sanctions', ['IR', 'NUCLEAR']),
  sc('1757', 2007, 'Lebanon: Special Tribunal', ['LB']),
  sc('1769', 2007, 'Sudan: AU-UN mission in Darfur (UNAMID)', ['SD']),
  sc('1803', 2008, 'Iran: further nuclear sanctions', ['IR', 'NUCLEAR']),
  sc('1850', 2008, 'Middle East: support for the Annapolis negotiations', MIDDLE_EAST),
  sc('1860', 2009, 'Gaza: ceasefire', MIDDLE_EAST),
  sc('1929', 2010, 'Iran: nuclear sanctions', ['IR', 'NUCLEAR']),
  sc('1970', 2011, 'Libya: sanctions and referral to the ICC', ['LY']),
  sc('1973', 2011, 'Libya: protection of civilians, no-fly zone', ['LY']),
  sc('2009', 2011, 'Libya: UN Support Mission (UNSMIL)', ['LY']),
  sc('2014', 2011, 'Yemen: political transition', ['YE']),
  sc('2042', 2012, 'Syria: advance team of observers', ['SY']),
  sc('2043', 2012, 'Syria: supervision mission UNSMIS', ['SY']),
  sc('2051', 2012, 'Yemen: political transition', ['YE']),
  sc('2118', 2013, 'Syria: chemical weapons', ['SY', 'CHEMICAL']),
  sc('2139', 2014, 'Syria: humanitarian access, barrel bombs', ['SY']),
  sc('2140', 2014, 'Yemen: sanctions', ['YE']),
  sc('2165', 2014, 'Syria: cross-border humanitarian aid', ['SY']),
  sc('2170', 2014, 'Terrorism: ISIL and Al-Nusra Front', ['ISIL', 'SY', 'IQ']),
  sc('2178', 2014, 'Terrorism: foreign terrorist fighters', ['TERRORISM']),
  sc('2191', 2014, 'Syria: cross-border aid renewed', ['SY']),
  sc('2199', 2015, 'Terrorism: financing of ISIL and Al-Nusra', ['ISIL', 'SY', 'IQ']),
  sc('2201', 2015, 'Yemen: Houthi seizure of power', ['YE']),
  sc('2202', 2015, 'Ukraine: Minsk measures', ['UA']),
  sc('2204', 2015, 'Yemen: sanctions renewed', ['YE']),
  sc('2209', 2015, 'Syria: chlorine as a chemical weapon', ['SY', 'CHEMICAL']),
  sc('2216', 2015, 'Yemen: arms embargo, Houthi withdrawal', ['YE']),
  sc('2231', 2015, 'Iran: endorsement of the nuclear agreement (JCPOA)', ['IR', 'NUCLEAR']),
  sc('2235', 2015, 'Syria: joint investigative mechanism on chemical weapons', ['SY', 'CHEMICAL']),
  sc('2249', 2015, 'Terrorism: ISIL', ['ISIL', 'SY', 'IQ']),
  sc('2253', 2015, 'Terrorism: ISIL and Al-Qaida sanctions', ['ISIL', 'TERRORISM']),
  sc('2254', 2015, 'Syria: road map for a political settlement', ['SY']),
  sc('2258', 2015, 'Syria: humanitarian access renewed', ['SY']),
  sc('2259', 2015, 'Libya: political agreement', ['LY']),
  sc('2266', 2016, 'Yemen: sanctions renewed', ['YE']),
  sc('2268', 2016, 'Syria: cessation of hostilities', ['SY']),
  sc('2286', 2016, 'Protection of medical care in armed conflict', ['MEDICAL']),
  sc('2292', 2016, 'Libya: inspection of ships for arms', ['LY']),
  sc('2309', 2016, 'Terrorism: aviation security', ['TERRORISM', 'AVIATION']),
  sc('2332', 2016, 'Syria: cross-border aid renewed', ['SY']),
  sc('2334', 2016, 'Israeli settlements in occupied Palestinian territory', MIDDLE_EAST),
  sc('2336', 2016, 'Syria: ceasefire agreed in Astana', ['SY']),
  sc('2342', 2017, 'Yemen: sanctions renewed', ['YE']),
  sc('2379', 2017, 'Iraq: investigative team on ISIL crimes (UNITAD)', ['IQ', 'ISIL']),
  sc('2393', 2017, 'Syria: cross-border aid renewed', ['SY']),
  sc('2401', 2018, 'Syria: 30-day ceasefire', ['SY']),
  sc('2402', 2018, 'Yemen: sanctions renewed', ['YE']),
  sc('2414', 2018, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2417', 2018, 'Starvation as a method of warfare', ['HUNGER']),
  sc('2440', 2018, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2449', 2018, 'Syria: cross-border aid renewed', ['SY']),
  sc('2451', 2018, 'Yemen: Stockholm agreement, Hodeidah', ['YE']),
  sc('2452', 2019, 'Yemen: Hodeidah mission UNMHA', ['YE']),
  sc('2468', 2019, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2481', 2019, 'Yemen: Hodeidah mission renewed', ['YE']),
  sc('2494', 2019, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2504', 2020, 'Syria: cross-border aid renewed', ['SY']),
  sc('2510', 2020, 'Libya: endorsement of the Berlin conference', ['LY']),
  sc('2511', 2020, 'Yemen: sanctions renewed', ['YE']),
  sc('2533', 2020, 'Syria: cross-border aid through Bab al-Hawa', ['SY']),
  sc('2548', 2020, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2564', 2021, 'Yemen: sanctions renewed', ['YE']),
  sc('2570', 2021, 'Libya: ceasefire and elections', ['LY']),
  sc('2585', 2021, 'Syria: cross-border aid renewed', ['SY']),
  sc('2602', 2021, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2624', 2022, 'Yemen: arms embargo on the Houthis', ['YE']),
  sc('2642', 2022, 'Syria: cross-border aid renewed', ['SY']),
  sc('2654', 2022, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2672', 2023, 'Syria: cross-border aid renewed', ['SY']),
  sc('2703', 2023, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  sc('2712', 2023, 'Gaza: humanitarian pauses', MIDDLE_EAST),
  sc('2720', 2023, 'Gaza: humanitarian aid', MIDDLE_EAST),
  sc('2722', 2024, 'Red Sea: Houthi attacks on shipping', ['YE']),
  sc('2728', 2024, 'Gaza: ceasefire during Ramadan', MIDDLE_EAST),
  sc('2735', 2024, 'Gaza: ceasefire proposal', MIDDLE_EAST),
  sc('2756', 2024, 'Western Sahara: MINURSO mandate', ['EH', 'MA']),
  // General Assembly
  ga('181', 1947, 'Palestine: partition plan', MIDDLE_EAST, 'II'),
  ga('194', 1948, 'Palestine refugees: right of return', MIDDLE_EAST, 'III'),
  ga('273', 1949, 'Admission of Israel to the UN', MIDDLE_EAST, 'III'),
  ga('302', 1949, 'Palestine refugees: creation of UNRWA', MIDDLE_EAST, 'IV'),
  ga('377', 1950, 'Uniting for peace', [], 'V'),
  ga('3236', 1974, 'Question of Palestine: inalienable rights', ['PS'], 'XXIX'),
  ga('3237', 1974, 'Observer status for the PLO', ['PS'], 'XXIX'),
  ga('3379', 1975, 'Zionism (revoked by 46/86)', ['IL', 'ZIONISM'], 'XXX'),
  ga('43/177', 1988, 'Acknowledgement of the proclamation of the State of Palestine', ['PS']),
  ga('46/86', 1991, 'Revocation of resolution 3379', ['IL', 'ZIONISM']),
  ga('67/19', 2012, 'Status of Palestine: non-member observer state', ['PS']),
  ga('68/262', 2014, 'Territorial integrity of Ukraine', ['UA']),
  ga('ES-10/19', 2017, 'Status of Jerusalem', MIDDLE_EAST),
  ga('ES-10/21', 2023, 'Gaza: humanitarian truce', MIDDLE_EAST),
  ga('ES-10/23', 2024, 'Palestine: admission to the UN, additional rights', ['PS']),
  ga('ES-11/1', 2022, 'Aggression against Ukraine', ['UA']),
];

/** The table by number. */
export const RESOLUTION_BY_NUMBER: ReadonlyMap<string, ResolutionEntry> = new Map(RESOLUTIONS.map((r) => [r.number, r]));

/**
 * Words that place an article in a resolution's context, beyond the names, adjectives and capitals
 * the country lexicon holds for an ISO code: per ISO code, places, parties and missions of the
 * file; per topic key, the topic's words.
 */
export const CONTEXT_FORMS: Readonly<Record<string, readonly string[]>> = {
  PS: ['القدس', 'غزة', 'قطاع غزة', 'الضفة الغربية', 'الأقصى', 'المسجد الأقصى', 'حماس', 'الاستيطان', 'المستوطنات', 'الأونروا'],
  IL: ['الاحتلال', 'الاحتلال الإسرائيلي', 'تل أبيب'],
  LB: ['حزب الله', 'الليطاني', 'اليونيفيل'],
  SY: ['إدلب', 'حلب', 'الغوطة', 'درعا', 'باب الهوى'],
  YE: ['الحوثي', 'الحوثيين', 'الحوثيون', 'الحوثية', 'أنصار الله', 'الحديدة', 'مأرب', 'تعز'],
  LY: ['طرابلس', 'بنغازي', 'مصراتة', 'سرت'],
  IQ: ['الموصل', 'البصرة', 'كردستان'],
  SD: ['دارفور'],
  EH: ['البوليساريو', 'جبهة البوليساريو', 'مينورسو', 'الصحراء المغربية'],
  AF: ['طالبان'],
  UA: ['القرم'],
  TERRORISM: [
    'الإرهاب', 'الإرهابية', 'الإرهابي', 'الإرهابيين', 'الإرهابيون', 'تنظيم القاعدة', 'داعش', 'تنظيم الدولة',
    'طالبان', 'النصرة', 'جبهة النصرة',
  ],
  ISIL: ['داعش', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'النصرة', 'جبهة النصرة'],
  NUCLEAR: ['النووي', 'النووية', 'التخصيب', 'تخصيب', 'اليورانيوم'],
  CHEMICAL: ['الكيماوي', 'الكيماوية', 'الكيميائي', 'الكيميائية', 'الكلور'],
  WOMEN: ['المرأة', 'النساء'],
  MEDICAL: ['المستشفيات', 'المرافق الطبية', 'المرافق الصحية', 'الطواقم الطبية'],
  HUNGER: ['التجويع', 'المجاعة'],
  AVIATION: ['الطيران', 'المطارات'],
  ZIONISM: ['الصهيونية'],
  UNGA: ['الجمعية العامة'],
};

/**
 * The first Security Council resolution of each year, 1946-2025 (they are numbered in order, one
 * series since 1946). Sources: 1946-1994 from the numbers and years of the Council's resolution
 * files (S_RES_NNNN_YYYY, CR-UNSC corpus built from the UN Digital Library), every boundary with
 * both neighbours present; 1995-2025 from the adoption dates of the resolutions on each side of
 * the boundary (UN press releases and resolution texts) and the yearly counts of the Council's
 * annual round-ups (2016: 77, 2020 and 2021: 57, 2022: 54).
 */
export const UNSC_FIRST_OF_YEAR: readonly (readonly [year: number, first: number])[] = [
  [1946, 1], [1947, 16], [1948, 38], [1949, 67], [1950, 79], [1951, 90], [1952, 97], [1953, 99], [1954, 104],
  [1955, 106], [1956, 111], [1957, 122], [1958, 127], [1959, 132], [1960, 133], [1961, 161], [1962, 171],
  [1963, 178], [1964, 186], [1965, 200], [1966, 220], [1967, 233], [1968, 245], [1969, 263], [1970, 276],
  [1971, 292], [1972, 308], [1973, 325], [1974, 345], [1975, 367], [1976, 385], [1977, 403], [1978, 423],
  [1979, 444], [1980, 462], [1981, 485], [1982, 500], [1983, 529], [1984, 546], [1985, 560], [1986, 581],
  [1987, 594], [1988, 607], [1989, 627], [1990, 647], [1991, 684], [1992, 726], [1993, 800], [1994, 893],
  [1995, 970], [1996, 1036], [1997, 1093], [1998, 1147], [1999, 1220], [2000, 1285], [2001, 1335], [2002, 1387],
  [2003, 1455], [2004, 1522], [2005, 1581], [2006, 1652], [2007, 1739], [2008, 1795], [2009, 1860], [2010, 1908],
  [2011, 1967], [2012, 2033], [2013, 2086], [2014, 2133], [2015, 2196], [2016, 2260], [2017, 2337], [2018, 2398],
  [2019, 2452], [2020, 2504], [2021, 2561], [2022, 2618], [2023, 2672], [2024, 2722], [2025, 2768],
];

/**
 * The last Security Council resolution whose year the table above settles: 2787 of 17 July 2025
 * (the UN Library's voting data of 21 July 2025). Later numbers may be of 2025 or after: no year.
 */
export const UNSC_LAST_KNOWN = 2787;

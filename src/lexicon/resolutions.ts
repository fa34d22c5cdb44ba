/**
 * Well-known numbered resolutions that Arabic news cites, often without naming the issuing body
 * ("القرار 2216", "القرار الأممي 2254"). Typed data, never code: `src/resolutions/` reads it to infer
 * the body, year, subject and UN symbol of a bare number.
 *
 * Source: general knowledge of the UN documents (UN Digital Library, symbols S/RES/N (YEAR) for the
 * Security Council, A/RES/N (session in roman numerals) or A/RES/session/N for the General Assembly).
 * Where one number names resolutions of two bodies (UNSC 181 (1963) and UNGA 181 (II) 1947), the
 * one Arabic news means is kept: the General Assembly's partition plan.
 */
import type { ResolutionBody } from '../types.js';

/** One well-known resolution. */
export interface ResolutionEntry {
  /** Number in ASCII digits, as the body numbers it: 2254, 67/19. */
  number: string;
  body: ResolutionBody;
  year: number;
  /** What it is about, in a few English words. */
  subject: string;
  /** The UN document symbol. */
  symbol: string;
}

/** Security Council resolution: symbol S/RES/N (YEAR). */
function sc(number: string, year: number, subject: string): ResolutionEntry {
  return { number, body: 'UNSC', year, subject, symbol: `S/RES/${number} (${year})` };
}

/** General Assembly resolution: symbol A/RES/N (session) before 1976, A/RES/session/N after. */
function ga(number: string, year: number, subject: string, session?: string): ResolutionEntry {
  const symbol = session ? `A/RES/${number} (${session})` : `A/RES/${number}`;
  return { number, body: 'UNGA', year, subject, symbol };
}

/** The table, in order of body and number. */
export const RESOLUTIONS: readonly ResolutionEntry[] = [
  sc('242', 1967, 'Middle East: withdrawal from territories occupied in 1967, land for peace'),
  sc('338', 1973, 'Middle East: ceasefire of October 1973, implementation of 242'),
  sc('425', 1978, 'Lebanon: Israeli withdrawal, creation of UNIFIL'),
  sc('426', 1978, 'Lebanon: UNIFIL terms of reference'),
  sc('446', 1979, 'Israeli settlements in occupied territories'),
  sc('465', 1980, 'Israeli settlements in occupied territories'),
  sc('476', 1980, 'Jerusalem: status of the city'),
  sc('478', 1980, 'Jerusalem: Israeli basic law, diplomatic missions'),
  sc('497', 1981, 'Golan Heights: annexation null and void'),
  sc('598', 1987, 'Iran-Iraq war: ceasefire'),
  sc('660', 1990, 'Iraqi invasion of Kuwait'),
  sc('678', 1990, 'Iraq: authorisation of force to liberate Kuwait'),
  sc('687', 1991, 'Iraq: Gulf war ceasefire terms'),
  sc('688', 1991, 'Iraq: repression of the civilian population'),
  sc('1325', 2000, 'Women, peace and security'),
  sc('1397', 2002, 'Middle East: vision of two states'),
  sc('1441', 2002, 'Iraq: disarmament obligations'),
  sc('1515', 2003, 'Middle East: endorsement of the road map'),
  sc('1559', 2004, 'Lebanon: withdrawal of foreign forces, disarmament of militias'),
  sc('1593', 2005, 'Sudan: referral of Darfur to the ICC'),
  sc('1595', 2005, 'Lebanon: investigation of the Hariri assassination'),
  sc('1680', 2006, 'Lebanon: relations and border with Syria'),
  sc('1701', 2006, 'Lebanon: cessation of hostilities between Israel and Hezbollah'),
  sc('1737', 2006, 'Iran: nuclear programme sanctions'),
  sc('1757', 2007, 'Lebanon: Special Tribunal'),
  sc('1860', 2009, 'Gaza: ceasefire'),
  sc('1970', 2011, 'Libya: sanctions and referral to the ICC'),
  sc('1973', 2011, 'Libya: protection of civilians, no-fly zone'),
  sc('2014', 2011, 'Yemen: political transition'),
  sc('2042', 2012, 'Syria: advance team of observers'),
  sc('2043', 2012, 'Syria: supervision mission UNSMIS'),
  sc('2118', 2013, 'Syria: chemical weapons'),
  sc('2139', 2014, 'Syria: humanitarian access, barrel bombs'),
  sc('2140', 2014, 'Yemen: sanctions'),
  sc('2165', 2014, 'Syria: cross-border humanitarian aid'),
  sc('2170', 2014, 'Terrorism: ISIL and Al-Nusra Front'),
  sc('2178', 2014, 'Terrorism: foreign terrorist fighters'),
  sc('2199', 2015, 'Terrorism: financing of ISIL and Al-Nusra'),
  sc('2201', 2015, 'Yemen: Houthi seizure of power'),
  sc('2202', 2015, 'Ukraine: Minsk measures'),
  sc('2216', 2015, 'Yemen: arms embargo, Houthi withdrawal'),
  sc('2231', 2015, 'Iran: endorsement of the nuclear agreement (JCPOA)'),
  sc('2249', 2015, 'Terrorism: ISIL'),
  sc('2254', 2015, 'Syria: road map for a political settlement'),
  sc('2259', 2015, 'Libya: political agreement'),
  sc('2268', 2016, 'Syria: cessation of hostilities'),
  sc('2309', 2016, 'Terrorism: aviation security'),
  sc('2334', 2016, 'Israeli settlements in occupied Palestinian territory'),
  sc('2336', 2016, 'Syria: ceasefire agreed in Astana'),
  sc('2401', 2018, 'Syria: 30-day ceasefire'),
  sc('2414', 2018, 'Western Sahara: MINURSO mandate'),
  sc('2417', 2018, 'Starvation as a method of warfare'),
  sc('2440', 2018, 'Western Sahara: MINURSO mandate'),
  sc('2451', 2018, 'Yemen: Stockholm agreement, Hodeidah'),
  sc('2452', 2019, 'Yemen: Hodeidah mission UNMHA'),
  sc('2712', 2023, 'Gaza: humanitarian pauses'),
  sc('2720', 2023, 'Gaza: humanitarian aid'),
  sc('2728', 2024, 'Gaza: ceasefire during Ramadan'),
  sc('2735', 2024, 'Gaza: ceasefire proposal'),
  ga('181', 1947, 'Palestine: partition plan', 'II'),
  ga('194', 1948, 'Palestine refugees: right of return', 'III'),
  ga('273', 1949, 'Admission of Israel to the UN', 'III'),
  ga('302', 1949, 'Palestine refugees: creation of UNRWA', 'IV'),
  ga('377', 1950, 'Uniting for peace', 'V'),
  ga('3236', 1974, 'Question of Palestine: inalienable rights', 'XXIX'),
  ga('3237', 1974, 'Observer status for the PLO', 'XXIX'),
  ga('3379', 1975, 'Zionism (revoked by 46/86)', 'XXX'),
  ga('46/86', 1991, 'Revocation of resolution 3379'),
  ga('67/19', 2012, 'Status of Palestine: non-member observer state'),
  ga('68/262', 2014, 'Territorial integrity of Ukraine'),
];

/** The table by number. */
export const RESOLUTION_BY_NUMBER: ReadonlyMap<string, ResolutionEntry> = new Map(RESOLUTIONS.map((r) => [r.number, r]));

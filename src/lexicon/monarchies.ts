/**
 * Monarchies and their ruling houses. A prince or crown prince (الأمير، ولي العهد) whose mentions
 * name no country represents a monarchy, never a republic the article also speaks of; a name with
 * a ruling house (آل سعود، آل نهيان) names its country outright. Written as in text; normalised
 * when loaded.
 */

/** ISO codes of states with a reigning monarch (heads of state titled king, emir, sultan, grand duke…). */
export const MONARCHIES: readonly string[] = [
  'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'JO', 'MA', 'BN', 'MY', 'TH', 'JP', 'KH', 'BT', 'NP', 'GB', 'ES', 'NL',
  'BE', 'LU', 'DK', 'NO', 'SE', 'LI', 'MC', 'AD', 'SZ', 'LS', 'TO',
];

/** A ruling house and the state it rules. */
export interface RoyalHouse {
  /** The house as written after a name: "آل سعود". */
  house: string;
  iso: string;
}

/** Ruling houses named in Arabic news, with the forms news writes them in. */
export const ROYAL_HOUSES: readonly RoyalHouse[] = [
  { house: 'آل سعود', iso: 'SA' },
  { house: 'آل ثاني', iso: 'QA' },
  { house: 'آل نهيان', iso: 'AE' },
  { house: 'آل مكتوم', iso: 'AE' },
  { house: 'آل القاسمي', iso: 'AE' },
  { house: 'آل نعيمي', iso: 'AE' },
  { house: 'آل خليفة', iso: 'BH' },
  { house: 'آل الصباح', iso: 'KW' },
  { house: 'الصباح', iso: 'KW' },
  { house: 'آل سعيد', iso: 'OM' },
  { house: 'آل بوسعيد', iso: 'OM' },
  { house: 'البوسعيدي', iso: 'OM' },
];

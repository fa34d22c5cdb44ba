/**
 * Types of the lexicons: typed data, never code. Every form is written as it appears in text
 * (with hamza, taa marbuta…); `compile.ts` normalises forms and builds the regexes.
 */

/** A state: its names, nisba (adjective) forms, capital and ISO 3166-1 alpha-2 code. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code, e.g. EG. */
  iso: string;
  /** English short name, for the table's --lang en view. */
  en: string;
  /** Names as written in Arabic news: مصر، جمهورية مصر العربية، الولايات المتحدة، أمريكا… */
  names: string[];
  /** Nisba forms with the article, all genders and numbers: المصري، المصرية، المصريين، المصريون. */
  nisba: string[];
  /** Capital city (and other seats of government used as metonyms): القاهرة. */
  capitals: string[];
  /**
   * Forms of this entry that are shared with another entry or are also common words (عمان: Oman and
   * Amman; المالية: Malian and finance); rules should ask for more context before trusting them.
   */
  ambiguous?: string[];
}

/** What kind of body an organisation is; decides whether its officials get a country. */
export type OrganizationKind =
  | 'international' // UN, Arab League, EU, NATO: officials have no country
  | 'regional'
  | 'movement' // parties, movements, armed groups, non-state actors
  | 'government' // national ministries, presidencies, agencies: officials get `country`
  | 'ngo'
  | 'media';

/** An organisation with the forms it is written in. */
export interface OrganizationEntry {
  /** A stable id, e.g. UN, ARAB_LEAGUE, HAMAS. */
  id: string;
  /** Canonical Arabic name (fullest common form). */
  name: string;
  /** Every other way it is written, including short forms (الجامعة العربية، الأمم المتحدة). */
  forms: string[];
  /** Acronyms as written in Arabic text (ناتو، أوبك، يونيسف). */
  acronyms: string[];
  kind: OrganizationKind;
  /** For national bodies, the ISO code of their state; null for international ones. */
  country: string | null;
  /** Forms or acronyms that are also common words or shared with another body (فتح، حماس، الجامعة). */
  ambiguous?: string[];
}

/** What a title says about its holder. */
export type TitleKind =
  | 'head-of-state'
  | 'head-of-government'
  | 'minister'
  | 'diplomat'
  | 'envoy'
  | 'official'
  | 'military'
  | 'royal'
  | 'religious'
  | 'party'
  | 'spokesman' // reports positions of others; not a participant by that title alone
  | 'international';

/** A title or office, with its forms (head words; qualifiers like المصري are parsed by rules). */
export interface TitleEntry {
  id: string;
  /** Forms as written: وزير الخارجية، وزيرة الخارجية، رئيس الوزراء… */
  forms: string[];
  kind: TitleKind;
  /** Forms that are also names or common words (أمير، سلطان، الفريق "the team", اللواء "the brigade"). */
  ambiguous?: string[];
}

/** A courtesy word that comes before a name and is not part of it: معالي، فخامة، الشيخ، الدكتور. */
export interface HonorificEntry {
  forms: string[];
  /** True where the honorific can also be part of a name or a title (الشيخ in Gulf royal names). */
  ambiguous?: boolean;
}

/** What a place of the places lexicon is: a city or town, a region (province, governorate, state), a part of a city, or a site (base, facility, strait, resort). */
export type PlaceKind = 'city' | 'region' | 'district' | 'site';

/** A place that is not a capital (capitals are in CountryEntry), with the state it lies in. */
export interface PlaceEntry {
  /** The usual Arabic name: جدة، منطقة الرياض، الضاحية الجنوبية. */
  name: string;
  /** Other names and true variants (مكة for مكة المكرمة، كازابلانكا); hamza or taa-marbuta variants are left to normalisation. */
  forms?: string[];
  /** ISO 3166-1 alpha-2 code of the state the place lies in; null only where states dispute it (see `dispute`). */
  iso: string | null;
  kind: PlaceKind;
  /** Why `iso` is null: who holds the place and who claims it. Present exactly when `iso` is null. */
  dispute?: string;
  /** Forms that are also common words, given names or another place (صور: Tyre, Sur in Oman, "pictures"). */
  ambiguous?: string[];
}

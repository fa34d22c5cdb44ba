/**
 * Types of the known-actor lexicon: people who held a state, international or movement office in
 * 2010-2025, with the years they held it. Typed data, never code; `index.ts` builds the lookup.
 */

/** What an office is, whatever its local title (ملك، أمير، رئيس، سلطان are all HEAD_OF_STATE). */
export const ACTOR_OFFICES = [
  'HEAD_OF_STATE', // king, emir, sultan, president, chair of a collective presidency
  'SUPREME_LEADER', // Iran's leader, above the president
  'VICE_PRESIDENT', // vice-president or member/deputy head of a collective presidency
  'HEAD_OF_GOVERNMENT', // prime minister, chancellor, president of a government
  'CROWN_PRINCE',
  'DEPUTY_CROWN_PRINCE',
  'FOREIGN_MINISTER',
  'MINISTER_OF_STATE_FOREIGN_AFFAIRS', // a second foreign-affairs minister (Saudi Arabia, UAE, Qatar, Palestine)
  'DEFENCE_MINISTER', // also minister of state or delegate minister for defence
  'PARLIAMENT_SPEAKER',
  'MILITARY_COMMANDER', // commander-in-chief, chief of staff, head of an armed force
  'SECRETARY_GENERAL', // of an international body (UN, Arab League, GCC, OIC, NATO, AMU)
  'COMMISSION_CHAIR', // AU Commission, European Commission
  'COUNCIL_PRESIDENT', // European Council
  'HIGH_REPRESENTATIVE', // EU foreign-policy chief
  'ENVOY', // special envoy, special representative, special coordinator
  'PARTY_LEADER',
  'MOVEMENT_LEADER', // head of a movement, armed group or its political bureau
  'MINISTER', // any other minister, with portfolio or of state: the title names the portfolio (وزير الإسكان)
  'SECURITY_ADVISER', // national security adviser
  'AGENCY_HEAD', // head of an intelligence, security, police or government agency (CIA, FBI)
  'PROSECUTOR', // special counsel, attorney or prosecutor general
  'AMBASSADOR', // an ambassador, or a permanent representative to the United Nations
  'GOVERNOR', // the emir, governor or deputy of a region or province (أمير منطقة الرياض، نائب أمير المنطقة الشرقية)
  'RELIGIOUS_OFFICE', // a state religious office: grand mufti, head of the presidency of the two holy mosques
  'LEGISLATOR', // a member of a legislature in a leading role: a senator, a party's leader in a chamber
  'ADVISER', // an adviser, counsellor or chief of staff to a head of state or government
  'SPOKESPERSON', // the official spokesperson of a presidency, government or ministry
] as const;

/** One of ACTOR_OFFICES. */
export type ActorOffice = (typeof ACTOR_OFFICES)[number];

/** One office held for a span of years. */
export interface ActorTerm {
  office: ActorOffice;
  /** The title as Arabic news writes it, without the nisba: وزير الخارجية، رئيس الوزراء، المبعوث الأممي إلى سوريا. */
  title: string;
  /** First and last year in office, inclusive; `to: null` when still in office at the end of 2025. */
  from: number;
  to: number | null;
  /** The body this term speaks for, an id from organizations.ts (UN, HAMAS), where it is not a state. */
  org?: string;
  /** The state this term was held for, where it is not the person's own (ISO 3166-1 alpha-2). */
  country?: string;
  /** Held as acting or caretaker holder. */
  acting?: boolean;
  /** Rival governments, disputed or partial terms: what a reader must know to trust the term. */
  note?: string;
}

/** A person with the forms of their name and their offices. */
export interface ActorEntry {
  /** A stable id: country or body, office, surname (SA_FM_JUBEIR). */
  id: string;
  /** English name, for review and reports. */
  en: string;
  /** Full names as Arabic news writes them, every common spelling: سيرغي لافروف، سيرجي لافروف. */
  names: readonly string[];
  /**
   * The surname or short form used alone, where it points to this person in the news of the
   * period (لافروف، أبو الغيط). Never a given name or a common word alone.
   */
  surnames?: readonly string[];
  /** The person's state (ISO 3166-1 alpha-2); for officials of international bodies, nationality. */
  country: string;
  /** The body the person speaks for in every term (a movement leader), an id from organizations.ts. */
  org?: string;
  /** Offices held in 2010-2025 (and earlier or other offices where they tell namesakes apart). */
  offices: readonly ActorTerm[];
}

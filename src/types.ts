/** A half-open range [start, end) of UTF-16 code units in the original article text. */
export interface Span {
  start: number;
  end: number;
}

/** What a participant is: a named person, or an organisation/country standing for a side. */
export type ParticipantKind = 'person' | 'organization' | 'country';

/** Someone (or some body) that took part in a reported meeting, call or visit. */
export interface Participant {
  /** Fullest form of the name as written, without title. */
  name: string;
  /** Other forms the article uses for the same participant. */
  aliases: string[];
  kind: ParticipantKind;
  /** Title or function as written (first, most specific form). */
  role: string | null;
  /** Every title form the article uses for this participant. */
  roles: string[];
  /** ISO 3166-1 alpha-2 code of the state represented, or null. */
  country: string | null;
  /** International or non-state organisation represented, as written, or null. */
  organization: string | null;
  /**
   * Where the country or organisation came from: `stated` by the text (a title with a nisba, a
   * body's name, a delegation), `known` from the known-actor list (the office held in the article's
   * year), `inferred` from the article's structure (a royal house, a host's seat); null with none.
   */
  affiliationSource?: 'stated' | 'known' | 'inferred' | null;
  /** First mention of the name. */
  start: number;
  end: number;
  /** Every mention (name, alias or description) linked to this participant. */
  mentions: Span[];
  /** The ids of the rules that made or changed this participant, the one that made it first. */
  rules: string[];
}

/** The kind of encounter reported. */
export type MeetingKind = 'meeting' | 'talks' | 'reception' | 'visit' | 'call' | 'summit' | 'conference';

/** One reported encounter between participants. */
export interface Meeting {
  /** Canonical participant names (each equals some participants[].name). */
  participants: string[];
  /** The receiving side, where the article says (استقبل), else null. */
  host: string | null;
  kind: MeetingKind;
  /** Place as written, or null. */
  location: string | null;
  /** Date expression as written, or null. */
  date: string | null;
  /** ISO 8601 date (YYYY-MM-DD) where the text pins one down, else null. */
  isoDate: string | null;
  /** The cue word that reports the meeting (استقبل، التقى، اتصال هاتفي…). */
  cue: string;
  start: number;
  end: number;
  locationSpan: Span | null;
  dateSpan: Span | null;
  /** The ids of the rules that made or changed this meeting, the one that made it first. */
  rules: string[];
}

/** What kind of stance a reporting cue expresses; scripts filter on it. */
export type Stance =
  | 'assert'
  | 'call'
  | 'warn'
  | 'reject'
  | 'condemn'
  | 'welcome'
  | 'praise'
  | 'inform'
  | 'deny'
  | 'express';

/** A stated position: what a holder said, stressed, called for, rejected... */
export interface Position {
  /** Canonical name of the holder (a participant's name where it is one), or null. */
  holder: string | null;
  /** The content of the position, as written (text.slice(start, end)). */
  statement: string;
  /** The reporting word as written, e.g. أكد, شدد, حسبما صرح. */
  cue: string | null;
  stance: Stance;
  /** True where the statement is in quotation marks. */
  quote: boolean;
  /** Who reported it (a spokesman, a statement, an agency), when named apart from the holder. */
  via: string | null;
  start: number;
  end: number;
  /** The rule that produced this position and how its holder was found (kept for compatibility; see rules). */
  rule: string;
  /** The ids of the rules that made or changed this position, the one that made it first. */
  rules: string[];
}

/** Issuing bodies of numbered resolutions. */
export type ResolutionBody = 'UNSC' | 'UNGA' | 'UNHRC' | 'ARAB_LEAGUE' | 'OTHER';

/** A numbered resolution the article cites, with all its mentions merged. */
export interface Resolution {
  body: ResolutionBody | null;
  /** Number in ASCII digits, e.g. 2254 or 194/3. */
  number: string;
  year: number | null;
  /** UN document symbol where known, e.g. S/RES/2254 (2015). */
  symbol: string | null;
  /** What the resolution is about, from the data table, where known. */
  subject: string | null;
  /** First mention as written. */
  text: string;
  start: number;
  end: number;
  /** Every mention, first included. */
  mentions: Span[];
  /** The ids of the rules that found or changed this resolution (its mentions' rules, in order of first use). */
  rules: string[];
}

/** The JSON contract (version 1) for one article, plus khulasa's additions. */
export interface Summary {
  schemaVersion: 1;
  participants: Participant[];
  meetings: Meeting[];
  positions: Position[];
  resolutions: Resolution[];
  /** Non-fatal remarks about the input (e.g. no Arabic text found). */
  warnings: string[];
}

/** Options accepted by summarize(). */
export interface SummarizeOptions {
  /** Rule ids to switch off for this call (to measure what each rule gains; see `npm run rules`). */
  disabledRules?: Iterable<string>;
}

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
  /**
   * Place as written, or null: without a preposition ل, and where ل + ال is written لل with the
   * name's ا given back (للسعودية → السعودية; locationSpan then covers the written word).
   */
  location: string | null;
  /** Date expression as written, or null. */
  date: string | null;
  /** ISO 8601 date (YYYY-MM-DD) where the text pins one down, else null. */
  isoDate: string | null;
  /**
   * How much of the calendar isoDate pins down: a day, a week (isoDate is its Monday) or a month
   * (its first day); null where isoDate is null. Set by the date step (src/dates).
   */
  dateResolution?: DateResolution | null;
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
  /** The day relative dates (أمس، الثلاثاء) were read against, and where it came from; null when none. */
  referenceDate?: ReferenceDate | null;
  /** For a web page: the extracted article (`text`, which every offset points into) and the page's metadata. */
  document?: ArticleDocument;
}

/** How much of the calendar a resolved date pins down. */
export type DateResolution = 'day' | 'week' | 'month';

/** The reference day of an article: from --date, an NDJSON record's field, the page's metadata, or the dateline. */
export interface ReferenceDate {
  /** YYYY-MM-DD. */
  date: string;
  source: 'option' | 'record' | 'page' | 'dateline';
}

/** A web page's article as khulasa read it. */
export interface ArticleDocument {
  title: string | null;
  /** Publication time as the page gives it (ISO 8601 as a rule). */
  published: string | null;
  url: string | null;
  siteName: string | null;
  /** The extracted text: title, blank line, one paragraph per line. Offsets in the summary point into it. */
  text: string;
}

/** Options accepted by summarize(). */
export interface SummarizeOptions {
  /** Rule ids to switch off for this call (to measure what each rule gains; see `npm run rules`). */
  disabledRules?: Iterable<string>;
  /** The day (YYYY-MM-DD) relative dates are read against; without it, the article's dateline. */
  referenceDate?: string | null;
  /** Where referenceDate came from (default 'option'). */
  referenceSource?: 'option' | 'record' | 'page';
}

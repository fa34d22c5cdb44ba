import type { MeetingKind, Span } from '../types.js';

/** A meeting as found, before assembly: participants are entity ids, spans are normalised. */
export interface MeetingFound {
  participants: number[];
  host: number | null;
  kind: MeetingKind;
  /** The cue span (normalised). */
  cue: Span;
  location: Span | null;
  date: Span | null;
  isoDate: string | null;
  /** The whole sentence or clause that reports it (normalised). */
  span: Span;
  rule: string;
  /** Countries and bodies the sentence lists as sides outright (المغرب والجزائر يجريان …). */
  sides?: number[];
  /** Told only as arranged (من المقرر أن يلتقي): dropped where the article reports a meeting held. */
  planned?: boolean;
}

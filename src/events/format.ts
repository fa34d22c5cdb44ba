/**
 * Event rows as TSV (Phoenix and ICEWS ship tab-separated files) or CSV (RFC 4180), with a
 * header line naming the columns. The column list is published by `khulasa schema --events`.
 */
import type { EventRow } from './rows.js';

/** The columns, in order: the header line's names and the row fields they hold. */
export const EVENT_COLUMNS: readonly { name: string; field: keyof EventRow; description: string }[] = [
  { name: 'event_id', field: 'eventId', description: 'article#meeting.pair, unique within a run' },
  { name: 'article', field: 'article', description: 'the input: file name or NDJSON record id' },
  { name: 'date', field: 'date', description: 'YYYY-MM-DD (the week\'s Monday, the month\'s first day), or empty' },
  { name: 'date_resolution', field: 'dateResolution', description: 'day, week or month; empty without a date' },
  { name: 'source_name', field: 'sourceName', description: 'the source side as named in the article' },
  { name: 'source_actor', field: 'sourceActor', description: 'CAMEO actor code: ISO-3 country or IGO code plus role codes (EGYGOV, IGOUNO)' },
  { name: 'source_role', field: 'sourceRole', description: 'the source\'s title as written (وزير الخارجية المصري)' },
  { name: 'target_name', field: 'targetName', description: 'the target side as named in the article' },
  { name: 'target_actor', field: 'targetActor', description: 'CAMEO actor code of the target' },
  { name: 'target_role', field: 'targetRole', description: 'the target\'s title as written' },
  { name: 'cameo_code', field: 'cameoCode', description: '036 intent to meet, 040 consult, 041 telephone, 042 make a visit, 043 host a visit, 046 negotiate' },
  { name: 'quad_class', field: 'quadClass', description: '1 (verbal cooperation), as Phoenix and ICEWS count quad classes' },
  { name: 'location', field: 'location', description: 'the meeting place as written, or empty' },
  { name: 'meeting_kind', field: 'meetingKind', description: 'meeting, talks, reception, visit, call, summit or conference' },
  { name: 'evidence_start', field: 'evidenceStart', description: 'start of the evidence in the text (UTF-16 offset)' },
  { name: 'evidence_end', field: 'evidenceEnd', description: 'end of the evidence: text.slice(start, end) reports the meeting' },
];

/** The two delimited formats. */
export type EventFormat = 'tsv' | 'csv';

/** A TSV field: tabs and line breaks inside a value would break the row, so they become spaces. */
function tsvField(value: string | number): string {
  return String(value).replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

/** A CSV field, quoted where it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line, newline included. */
export function eventHeader(format: EventFormat): string {
  return EVENT_COLUMNS.map((c) => c.name).join(format === 'tsv' ? '\t' : ',') + (format === 'tsv' ? '\n' : '\r\n');
}

/** The rows as lines, each with its newline; '' for no rows. */
export function eventLines(rows: readonly EventRow[], format: EventFormat): string {
  const field = format === 'tsv' ? tsvField : csvField;
  const sep = format === 'tsv' ? '\t' : ',';
  const end = format === 'tsv' ? '\n' : '\r\n';
  return rows.map((row) => EVENT_COLUMNS.map((c) => field(row[c.field])).join(sep) + end).join('');
}

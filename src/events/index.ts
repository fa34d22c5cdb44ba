/** Dyadic CAMEO-coded event rows from summaries, as TSV or CSV (see rows.ts for the codes). */
export { eventRows, isArranged, type EventRow } from './rows.js';
export { actorCode, countryCode } from './actors.js';
export { EVENT_COLUMNS, eventHeader, eventLines, type EventFormat } from './format.js';

import { Ajv2020 } from 'ajv/dist/2020.js';
import { SUMMARY_SCHEMA } from '../../src/schema.js';
import type { Summary } from '../../src/types.js';

/**
 * The contract every summary must keep, whatever the input: it validates against the schema,
 * every offset lies in the text, and every evidence slice holds what it claims. Returns the list
 * of broken rules (empty when all hold), each naming the field and the offending values.
 */

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(SUMMARY_SCHEMA as object);

interface Range {
  start?: unknown;
  end?: unknown;
}

/** Every rule the summary of `text` breaks (empty when it keeps them all). */
export function contractViolations(text: string, summary: Summary): string[] {
  const bad: string[] = [];
  // What the CLI prints is the JSON, so validate that (undefined fields vanish, NaN becomes null).
  const json = JSON.parse(JSON.stringify(summary)) as Summary;
  if (!validate(json)) bad.push(`schema: ${ajv.errorsText(validate.errors)}`);
  if (bad.length) return bad; // the shapes below are only safe to read once the schema holds

  const span = (where: string, r: Range | null | undefined, nonEmpty = false): boolean => {
    if (r == null) return false;
    const { start, end } = r;
    const ok =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      (start as number) >= 0 &&
      (end as number) <= text.length &&
      (nonEmpty ? (start as number) < (end as number) : (start as number) <= (end as number));
    if (!ok) bad.push(`${where}: span [${String(start)}, ${String(end)}) outside [0, ${text.length}]${nonEmpty ? ' or empty' : ''}`);
    return ok;
  };
  const slice = (r: { start: number; end: number }): string => text.slice(r.start, r.end);

  json.participants.forEach((p, i) => {
    span(`participants[${i}] (${p.name})`, p);
    (p.mentions ?? []).forEach((m, j) => span(`participants[${i}].mentions[${j}]`, m));
  });
  const names = new Set(json.participants.map((p) => p.name));
  json.meetings.forEach((m, i) => {
    span(`meetings[${i}]`, m);
    for (const name of m.participants) if (!names.has(name)) bad.push(`meetings[${i}] names "${name}", who is not a participant`);
    if (m.host != null && !names.has(m.host)) bad.push(`meetings[${i}].host "${m.host}" is not a participant`);
    if (m.locationSpan && span(`meetings[${i}].locationSpan`, m.locationSpan) && slice(m.locationSpan) !== m.location && !(slice(m.locationSpan).startsWith('لل') && m.location === 'ا' + slice(m.locationSpan).slice(1)))
      bad.push(`meetings[${i}].location "${m.location}" != text.slice(locationSpan) "${slice(m.locationSpan)}"`);
    if (m.locationSpan == null && m.location != null && 'locationSpan' in m) bad.push(`meetings[${i}].location "${m.location}" has no span`);
    if (m.dateSpan && span(`meetings[${i}].dateSpan`, m.dateSpan) && slice(m.dateSpan) !== m.date)
      bad.push(`meetings[${i}].date "${m.date}" != text.slice(dateSpan) "${slice(m.dateSpan)}"`);
    if (m.dateSpan == null && m.date != null && 'dateSpan' in m) bad.push(`meetings[${i}].date "${m.date}" has no span`);
  });
  json.positions.forEach((p, i) => {
    // the scorer rejects empty position evidence, so the span must be non-empty
    if (span(`positions[${i}]`, p, true) && slice(p) !== p.statement)
      bad.push(`positions[${i}].statement ${JSON.stringify(p.statement)} != text.slice(${p.start}, ${p.end}) ${JSON.stringify(slice(p))}`);
  });
  json.resolutions.forEach((r, i) => {
    if (span(`resolutions[${i}]`, r, true) && slice(r) !== r.text)
      bad.push(`resolutions[${i}].text ${JSON.stringify(r.text)} != text.slice(${r.start}, ${r.end}) ${JSON.stringify(slice(r))}`);
    (r.mentions ?? []).forEach((m, j) => span(`resolutions[${i}].mentions[${j}]`, m, true));
  });
  return bad;
}

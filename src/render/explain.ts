import type { Chalk } from 'chalk';
import type { Span, Summary } from '../types.js';
import type { RuleInfo } from '../rules.js';
import { markedSentence } from './context.js';
import { sanitizeForTerminal } from './sanitize.js';
import { isolate } from './bidi.js';

/** How to render the explanation of a summary. */
export interface ExplainOptions {
  /** The article the summary is of: every item's sentence is quoted from it. */
  text: string;
  /** The rules by id, for the legend (their one-line summaries). */
  rules: ReadonlyMap<string, RuleInfo>;
  chalk?: InstanceType<typeof Chalk> | null;
  /** The input's name, printed first when several inputs are explained. */
  source?: string;
}

/**
 * `khulasa --explain`: every item of the summary with the trail of rules that made or changed it
 * and its sentence, the evidence marked (colour on a terminal, ⟦ ⟧ when piped), then a legend of
 * the rules used. Meant for a person checking why an item is there.
 */
export function renderExplain(summary: Summary, options: ExplainOptions): string {
  const { text, chalk } = options;
  const bold = (s: string): string => (chalk ? chalk.bold(s) : s);
  const dim = (s: string): string => (chalk ? chalk.dim(s) : s);
  const safe = (s: string): string => isolate(sanitizeForTerminal(s));
  const used = new Set<string>();
  const lines: string[] = [];
  const item = (n: number, head: string, trail: readonly string[], span: Span): void => {
    for (const id of trail) used.add(id);
    lines.push(`  ${n}. ${head}`);
    lines.push(`     ${dim('rules:')} ${trail.length ? trail.join(' › ') : '—'}`);
    lines.push(`     ${markedSentence(text, span, { chalk })}`);
  };
  if (options.source) lines.push(bold(sanitizeForTerminal(options.source)), '');
  lines.push(bold(`Participants (${summary.participants.length})`));
  summary.participants.forEach((p, k) => {
    const aff = [p.country, p.organization ? safe(p.organization) : null].filter(Boolean).join(' · ') || '—';
    const role = p.role ? `, ${safe(p.role)}` : '';
    item(k + 1, `${safe(p.name)} (${p.kind}${role}) — ${aff} [${p.affiliationSource ?? 'no affiliation'}]`, p.rules, p);
  });
  lines.push('', bold(`Meetings (${summary.meetings.length})`));
  summary.meetings.forEach((m, k) => {
    const where = [m.location ? safe(m.location) : null, m.date ? safe(m.date) : null].filter(Boolean).join(', ');
    item(k + 1, `${m.kind}: ${m.participants.map(safe).join(' + ')}${where ? ` @ ${where}` : ''}${m.host ? ` (host ${safe(m.host)})` : ''}`, m.rules, m);
  });
  lines.push('', bold(`Positions (${summary.positions.length})`));
  summary.positions.forEach((p, k) => {
    const via = p.via ? `, via ${safe(p.via)}` : '';
    item(k + 1, `${p.holder ? safe(p.holder) : '—'} [${p.stance}${p.cue ? `, ${safe(p.cue)}` : ''}${via}]`, p.rules, p);
  });
  lines.push('', bold(`Resolutions (${summary.resolutions.length})`));
  summary.resolutions.forEach((r, k) => {
    item(k + 1, `${r.symbol ?? `${r.body ?? '?'} ${r.number}`}${r.subject ? ` · ${r.subject}` : ''}`, r.rules, r);
  });
  lines.push('', bold('Rules used'));
  for (const id of [...used].sort()) {
    const r = options.rules.get(id);
    lines.push(`  ${id}${r ? ` (${r.stage}): ${r.summary}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

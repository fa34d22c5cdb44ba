import { orig, origText, sentenceAt, type Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import type { Position } from '../types.js';
import { statementSpan } from './boundary.js';
import { findComplement } from './complement.js';
import { CUE_RE, cueOf, type CueForm } from './cue-forms.js';
import { holderOf, type Holder, type HolderContext } from './holder.js';
import { collectTitled } from './titled.js';
import { dedupe } from './dedupe.js';
import { tokensIn } from './tokens.js';

// How many words may stand between a cue and its complement: a verb has its subject and an
// adverbial between them ("وأكد وزير الخارجية الأردني أيمن الصفدي خلال اللقاء أن"); a participle
// or verbal noun takes its complement almost at once ("مؤكدا على", "تشديد الوزير المصري على").
const MAX_WORDS: Record<CueForm['kind'], number> = { verb: 16, participle: 3, noun: 6 };

/** Find stated positions (reported speech and quotes) and attribute each to its holder. */
export function findPositions(doc: Doc, entities: EntityIndex, meetings: MeetingFound[]): Position[] {
  const ctx: HolderContext = { doc, entities, meetings, titled: collectTitled(doc) };
  const out: Position[] = [];
  let last: { holder: Holder; at: number } | undefined;
  const re = new RegExp(CUE_RE.source, 'gu');
  for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
    const form = cueOf(m.groups!.w);
    if (!form) continue;
    const cueStart = m.index + m.groups!.pre.length;
    const cueEnd = m.index + m[0].length;
    const si = sentenceAt(doc, cueStart);
    const limit = si >= 0 ? doc.sentences[si].end : doc.norm.length;
    const comp = findComplement(doc.norm, cueEnd, limit, form.entry.complements, MAX_WORDS[form.kind]);
    let holder: Holder | undefined;
    let contentStart: number;
    let opener: string | null = null;
    if (comp) {
      holder = form.kind === 'participle' ? undefined : holderOf(ctx, cueEnd, comp.start, false);
      contentStart = comp.contentStart;
      if (comp.kind === 'quote') opener = quoteOpener(doc.norm, comp.start, comp.end);
    } else if (form.entry.complements.includes('obj') && form.kind === 'verb') {
      // "أدانت مصر الهجوم": the object follows a bounded subject.
      const h = holderOf(ctx, cueEnd, limit, true);
      if (!h) continue;
      holder = h;
      contentStart = h.end;
    } else continue;
    const rule = `${form.kind}:${form.entry.id}`;
    if (!holder) {
      // No subject: a continuation (وأضاف أن…), a participle (مؤكدا على…) or a possessive noun (تأكيده على).
      if (last && cueStart - last.at < 1500) holder = last.holder;
      else {
        const p = entities.lastPersonBefore(cueStart);
        if (p) holder = { name: entities.entities[p.entity].name, via: null, how: 'entity' };
      }
    }
    const stmt = statementSpan(doc, contentStart, opener);
    if (!holder || stmt.end <= stmt.start || tokensIn(doc.norm, stmt.start, stmt.end, 3).filter((t) => t.word).length < 2) continue;
    last = { holder, at: cueStart };
    const o = orig(doc, stmt);
    out.push({
      holder: holder.name,
      statement: doc.text.slice(o.start, o.end),
      cue: origText(doc, { start: cueStart, end: cueEnd }),
      stance: form.entry.stance,
      quote: stmt.quote,
      via: holder.via,
      start: o.start,
      end: o.end,
      rule: `${rule}/${holder.how}`,
    });
  }
  return dedupe(out);
}

/** The opening quotation mark at a quote complement (": «" or "«"), if any. */
function quoteOpener(norm: string, start: number, end: number): string | null {
  const s = norm.slice(start, end);
  const q = /[«“"„]/.exec(s);
  return q ? q[0] : null;
}

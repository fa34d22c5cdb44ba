import { mark } from '../rules.js';
import { markerOf, nextAtStem, PLURAL_HEAD_ESPECIALLY } from './forms.js';
import type { BodyMarker, ResolutionMention, ResolutionRule } from './model.js';

/**
 * A citation singled out of resolutions a plural head named with their body: "قرارات مجلس الأمن
 * ذات الصلة، ولا سيما القرار 2286" is the Security Council's 2286; "قرارات الشرعية الدولية، وخاصة
 * القرار 2216" a UN one (and so the table's), "قرارات الأمم المتحدة، ولا سيما القرار 65/224" the
 * General Assembly's numbering. The citation that starts where the phrase ends takes the head's
 * body when it names none of its own (a named body beats a bare UN form, never the other way
 * round). Refines mentions in place; runs before inferBody, which would otherwise look for the body
 * elsewhere (a body named in the sentence usually says the same, a bare UN form says nothing there).
 */
export const especiallyAfterPlural: ResolutionRule = {
  id: 'especially-after-plural',
  stage: 'resolutions',
  summary: 'a citation singled out of a plural head (قرارات الشرعية الدولية، ولا سيما القرار 2216) takes the head body',
  example: 'وشدد البيان على احترام قرارات الشرعية الدولية، وخاصة القرار 2216.',
};

export function applyEspeciallyAfterPlural(norm: string, mentions: ResolutionMention[]): void {
  const byStart = new Map<number, ResolutionMention>();
  for (const m of mentions) if (m.rule === 'cited-after-head') byStart.set(m.span.start, m);
  if (byStart.size === 0) return;
  let from = 0;
  for (let h = nextAtStem(PLURAL_HEAD_ESPECIALLY, norm, from); h; h = nextAtStem(PLURAL_HEAD_ESPECIALLY, norm, from)) {
    const end = h.index + h[0].length;
    from = end;
    // The singled-out citation may start with و/ب/ل before its head: "ولا سيما بالقرار 2286".
    const m = byStart.get(end) ?? byStart.get(end + 1) ?? byStart.get(end + 2);
    const marker = markerOf(h.groups?.body ?? '');
    if (!m || !marker || !moreSpecific(marker, m.stated)) continue;
    m.stated = marker;
    mark(m.trail, 'especially-after-plural');
  }
}

/** Whether `head`'s body says more than what the citation states itself. */
function moreSpecific(head: BodyMarker, stated: BodyMarker | null): boolean {
  return stated === null || (stated === 'UN' && head !== 'UN');
}

import { markerOf, PLURAL_HEAD_ESPECIALLY } from './forms.js';
import type { BodyMarker, ResolutionMention } from './model.js';

/**
 * A citation singled out of resolutions a plural head named with their body: "قرارات مجلس الأمن
 * ذات الصلة، ولا سيما القرار 2286" is the Security Council's 2286; "قرارات الأمم المتحدة، وخاصة
 * القرار 2254" a UN one. The citation that starts where the phrase ends takes the head's body when
 * it names none of its own (a named body beats a bare UN form, never the other way round).
 * Refines mentions in place; runs before inferBody.
 */
export function applyEspeciallyAfterPlural(norm: string, mentions: ResolutionMention[]): void {
  const byStart = new Map<number, ResolutionMention>();
  for (const m of mentions) if (m.rule === 'cited-after-head') byStart.set(m.span.start, m);
  if (byStart.size === 0) return;
  PLURAL_HEAD_ESPECIALLY.lastIndex = 0;
  for (let h = PLURAL_HEAD_ESPECIALLY.exec(norm); h; h = PLURAL_HEAD_ESPECIALLY.exec(norm)) {
    const end = h.index + h[0].length;
    // The singled-out citation may start with و/ب/ل before its head: "ولا سيما بالقرار 2286".
    const m = byStart.get(end) ?? byStart.get(end + 1) ?? byStart.get(end + 2);
    const marker = markerOf(h.groups?.body ?? '');
    if (!m || !marker || !moreSpecific(marker, m.stated)) continue;
    m.stated = marker;
    m.cues.push('especially-after-plural');
  }
}

/** Whether `head`'s body says more than what the citation states itself. */
function moreSpecific(head: BodyMarker, stated: BodyMarker | null): boolean {
  return stated === null || (stated === 'UN' && head !== 'UN');
}

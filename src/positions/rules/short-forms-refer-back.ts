import { rememberHead, rememberName } from '../holder.js';
import type { PositionRule } from '../model.js';

/**
 * A short form refers back to a full name seen before: a surname to a person (الغربي → كمال
 * الغربي), the head of a body's name to the body (الرابطة → رابطة المهندسين العرب), an
 * indefinite holder's head with the article to that holder ("مسؤول حكومي" → المسؤول). The
 * article's entities are remembered first, then each holder as it speaks.
 */
export const shortFormsReferBack: PositionRule = {
  id: 'short-forms-refer-back',
  stage: 'positions',
  summary: 'a surname or a head word (الغربي، المسؤول) names the holder last seen with that full name',
  example: 'وقال مسؤول حكومي إن الأسعار ستنخفض قريبا. وأضاف المسؤول أن الحكومة ستدعم المزارعين.',
  start(a) {
    for (const e of a.entities.entities) rememberName(a.ctx.fullNames, e.name, e.kind === 'person' ? 'person' : 'group');
  },
  statement(st) {
    const { holder, ctx } = st;
    if (holder.how === 'phrase' || holder.how === 'entity') rememberName(ctx.fullNames, holder.name, 'unknown');
    if (holder.how === 'phrase' || holder.how === 'issuer' || holder.how === 'source') rememberHead(ctx.fullNames, holder.name, ctx.headAt, st.hit.index);
    return 'next';
  },
};

import { tokenAt } from '../../segment/tokens.js';
import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';

/**
 * The host of a reception held at a seat of government or a capital, whose country the text does
 * not give, is of that country: "استقبل رئيس الجمهورية فلان … بقصر قرطاج".
 */
export const hostOfSeat: MeetingRule = {
  id: 'host-of-seat',
  stage: 'meetings',
  summary: 'the host of a reception at a seat of government (بقصر قرطاج، في الرياض) is of that country where the text gives him none',
  example: 'استقبل الرئيس كمال الغربي بقصر قرطاج الوزير الأردني سامر الحديدي، وبحثا العلاقات مع الأردن والأوضاع في الأردن.',
  refine(a) {
    const { doc, index } = a;
    const tokens = doc.tokens;
    for (const m of a.out) {
      if (m.host === null || !m.location || m.kind !== 'reception') continue;
      const host = index.entities[m.host];
      if (host.kind !== 'person' || host.country || host.organization) continue;
      for (let i = tokenAt(tokens, m.location.start); i < tokens.length && tokens[i].start < m.location.end; i++) {
        const seat = doc.lex.capitals.match(i);
        // a capital two states hold or claim (القدس), or a form that is also another's (عمان), gives no state
        if (seat && !seat.ambiguous) {
          host.country = seat.value.iso;
          host.affiliationSource = 'inferred';
          mark(m.rules, this.id);
          break;
        }
      }
    }
  },
};

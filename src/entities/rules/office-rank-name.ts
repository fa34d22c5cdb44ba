import { parseName, plausibleName } from '../personName.js';
import { parseTitlePhrase } from '../titlePhrase.js';
import { BARE_RANKS, pushNameWithTitleAfter, type PersonParser } from '../people.js';

/** Titles that stand between an office and the name as a rank: الأمير، اللواء، المستشار، الملك (العاهل الأردني الملك فلان). */
const RANKS_AFTER_OFFICE = new Set([...BARE_RANKS, 'ADVISER', 'KING', 'EMIR', 'SULTAN']);

/** "ولي العهد الأردني الأمير فيصل بن علي"، "العاهل الأردني الملك فيصل": an office, then a rank (or adviser, or the monarch's own title), then the name. */
export const officeRankName: PersonParser = {
  id: 'office-rank-name',
  stage: 'entities',
  titled: true,
  summary: 'an office, then a rank, then the name (ولي العهد الأمير فلان، قائد الجيش اللواء فلان)',
  example: 'وحضر قائد الجيش اللواء طارق الخالدي حفل التخريج.',
  parse(st, _i, title) {
    const { doc, tokens } = st;
    const j = title!.to;
    const rankTitle = j < tokens.length && tokens[j].joined ? parseTitlePhrase(doc, j) : undefined;
    if (!rankTitle || !RANKS_AFTER_OFFICE.has(rankTitle.entry.id) || rankTitle.to >= tokens.length || !tokens[rankTitle.to].joined) return undefined;
    const n = parseName(doc, rankTitle.to);
    if (!n || n.from !== rankTitle.to || n.start !== tokens[n.from].start || !plausibleName(n, doc)) return undefined;
    return pushNameWithTitleAfter(st, n, [title!, rankTitle], this.id);
  },
};

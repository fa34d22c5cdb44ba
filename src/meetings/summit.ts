import type { Doc } from '../document.js';
import { mentionsIn, type EntityIndex } from '../entities/model.js';
import { tokenAt } from '../segment/tokens.js';
import type { MeetingFound, SummitFrame } from './model.js';
import { normalizeForm } from '../normalize/index.js';
import { ABSENCE, ABSENCE_PHRASES, REPRESENTS } from '../lexicon/tense.js';
import { cueOfWord } from '../lexicon/cueForms.js';
import { longPast } from './tense.js';
import { LETTER } from '../lexicon/wordChars.js';

const absence = new Set(ABSENCE.map(normalizeForm));
const absencePhrases = ABSENCE_PHRASES.map(normalizeForm);
const represents = new Set(REPRESENTS.map(normalizeForm));
/** The summit again, with the article or a place after it: القمة، قمة الظهران (normalised, clitics allowed). */
const SUMMIT_AGAIN = new RegExp(`(?<!${LETTER})(?:[وفبل]|وب|ول)?(?:ال|ل)قمه(?!${LETTER})|(?<!${LETTER})قمه\\s+ال`, 'u');

/**
 * The people who took part in a summit the article is about, where no sentence names two sides
 * of it: those named in a sentence about the summit (وكان الرئيس … قد افتتح القمة), one who stands
 * for a country (ومثل الكويت مندوبها …), and a titled official whose statement is reported after the
 * summit was told (كما حذر الأمين العام للمنظمة … من أن). Not those who stayed away (وغاب رئيس موريتانيا
 * عن القمة، عدم مشاركة) nor a summit long past (القمة التي عقدت في نواكشوط العام الماضي).
 */
export function summitAttendees(doc: Doc, index: EntityIndex, frame: SummitFrame): MeetingFound | null {
  const tokens = doc.tokens;
  const ids: number[] = [];
  const absent = new Set<number>();
  for (const s of doc.sentences) {
    if (s.end <= frame.sentence.start) continue;
    const text = doc.norm.slice(s.start, s.end);
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    const people: number[] = [];
    for (const m of mentionsIn(index, s.start, s.end)) {
      const e = index.entities[m.entity];
      if (e.kind === 'person' && e.roleKind !== 'spokesman' && !people.includes(e.id)) people.push(e.id);
    }
    if (!people.length) continue;
    const words = tokens.slice(from, to).map((t) => t.text);
    if (words.some((w) => absence.has(w)) || absencePhrases.some((p) => text.includes(p))) {
      for (const id of people) absent.add(id);
      continue;
    }
    if (longPast(text)) continue;
    const first = words.find((w) => !/^(?:كما|وقد|قد|و|ف)$/u.test(w)) ?? '';
    let found: number[] = [];
    if (SUMMIT_AGAIN.test(text) || represents.has(first) || represents.has(words[0] ?? '')) found = people;
    else {
      // "كما حذر الأمين العام للمنظمة فلان من أن …": the subject of a reporting verb,
      // titled, within a few words of it
      for (let i = from; i < Math.min(to, from + 3); i++) {
        const w = tokens[i].text;
        const form = cueOfWord(w);
        if (!form || form.kind !== 'verb') continue;
        const m = index.firstMentionIn(tokens[i].end, tokens[Math.min(to - 1, i + 6)].end);
        const e = m && index.entities[m.entity];
        if (e && e.kind === 'person' && e.roles.length && e.roleKind !== 'spokesman') found = [e.id];
        break;
      }
    }
    for (const id of found) if (!ids.includes(id)) ids.push(id);
  }
  const attendees = ids.filter((id) => !absent.has(id));
  if (attendees.length < 2) return null;
  return {
    participants: attendees,
    host: null,
    kind: 'summit',
    cue: frame.cue,
    location: frame.location,
    date: frame.date,
    isoDate: frame.isoDate,
    span: frame.sentence,
    rules: ['summit-attendees'],
  };
}

import { orig } from '../../document.js';
import { mentionsIn } from '../../entities/model.js';
import { tokenAt, tokensIn, type Token } from '../../segment/tokens.js';
import { normalizeForm } from '../../normalize/index.js';
import type { Position } from '../../types.js';
import { trim } from '../boundary.js';
import type { ArticleState, Found, PositionRule } from '../model.js';
import { lowerBound } from '../../segment/search.js';
import { isOutlet } from './outlet-is-news.js';

/** A headline line is short: longer lines are body text, whose colons the cues read. */
const MAX_LINE = 220;
/** How many words the speaker side may have (a title, a name and an addressee). */
const MAX_SPEAKER_WORDS = 9;
/** Fewer words after the colon are a label or a topic (محطات رئيسية), not a statement. */
const MIN_WORDS = 4;

/**
 * "الجبير: حريصون على علاقات طيبة مع الجيران"، "رئيس الحزب فلان: الحكومة فقدت شرعيتها"، "بيونغ يانغ
 * لواشنطن: لن نقبل قمة بشروط": a headline line that opens on a speaker and a colon states what the
 * speaker said. The speaker is the named person or body that ends the part before the colon (a title
 * may come before it, the one addressed with ل after it); a country or capital speaks so only when
 * it addresses someone. A line whose speaker part holds a cue is read by the cue rules; a byline
 * (فلان- وكالة- المدينة:) and a label (فلان: السياسي المخضرم الذي…) state nothing.
 */
export const headlineSpeaker: PositionRule = {
  id: 'headline-speaker',
  stage: 'positions',
  summary: 'a headline line "speaker: statement" (الوزير فلان: …، بيونغ يانغ لواشنطن: …) is the speaker\'s position',
  example: 'الحديدي: لا حل عسكريا للأزمة في المنطقة\nقال وزير الخارجية سامر الحديدي في مؤتمر صحفي أمس إن الحوار هو الطريق الوحيد.',
  refine(a) {
    a.found.push(...headlinePositions(a));
  },
};

/** The positions of the article's "speaker: statement" lines. */
function headlinePositions(a: ArticleState): Found[] {
  const { doc } = a;
  const out: Found[] = [];
  for (const para of doc.paragraphs) {
    if (para.start >= a.teasers) break;
    if (para.end - para.start > MAX_LINE) continue;
    const colon = doc.norm.indexOf(':', para.start);
    if (colon < para.start + 2 || colon >= para.end) continue;
    const f = linePosition(a, para.start, colon, para.end);
    if (f) out.push(f);
  }
  return out;
}

/** The position of the line [start, end) whose first colon is at `colon`, if its left part names a speaker. */
function linePosition(a: ArticleState, start: number, colon: number, end: number): Found | undefined {
  const { doc, entities } = a;
  const left = doc.norm.slice(start, colon);
  // a byline (فلان- سبق- جدة) or a quotation before the colon
  if (/[-–—«»"“”]/u.test(left.replace(/^[«"“]|[»"”]\s*$/gu, ''))) return undefined;
  const words = tokensIn(doc, start, colon, MAX_SPEAKER_WORDS + 1).filter((t) => t.word);
  if (!words.length || words.length > MAX_SPEAKER_WORDS) return undefined;
  // a cue in the speaker part (وقال الوزير:) is read by the cue rules
  const c = lowerBound(doc.cues, start, (x) => x.index);
  if (c < doc.cues.length && doc.cues[c].index < colon) return undefined;
  const ms = mentionsIn(entities, start, colon).filter((x) => x.type === 'name' || x.type === 'alias' || x.type === 'description');
  if (!ms.length) {
    const who = describedSpeaker(a, words, end);
    return who ? made(a, who, colon, end) : undefined;
  }
  // the speaker: the last mention that ends the part or is followed only by its addressee (لواشنطن، لـCNN)
  let m: (typeof ms)[number] | undefined;
  let addressed = false;
  for (let k = ms.length - 1; k >= 0 && !m; k--) {
    // a name with a proclitic on it (لترامب) is the one addressed, or part of a phrase, not the speaker
    if (words.some((t) => t.start < ms[k].start && t.end > ms[k].start)) continue;
    const after = words.filter((t) => t.start >= ms[k].end);
    if (!after.length) m = ms[k];
    else if (after.length <= 3 && /^ل/u.test(after[0].text)) {
      m = ms[k];
      addressed = true;
    }
  }
  if (!m) return undefined;
  const e = entities.entities[m.entity];
  if (e.kind === 'country' && !addressed) return undefined;
  // a name, or a person's description (عارضة سابقة: …); an outlet reports news
  if ((m.type === 'description' && e.kind !== 'person') || isOutlet(e.name)) return undefined;
  return made(a, e.name, colon, end);
}

/** The position "holder: [colon + 1, end)", when what follows the colon is a statement. */
function made(a: ArticleState, holder: string, colon: number, end: number): Found | undefined {
  const { doc } = a;
  const stmt = trim(doc.norm, colon + 1, end);
  // a question is the headline's, not the speaker's (هل يعلو صوت المصالح؟)
  if (stmt.end <= stmt.start || /[؟?]\s*$/u.test(doc.norm.slice(stmt.start, stmt.end))) return undefined;
  const said = tokensIn(doc, stmt.start, stmt.end, 8).filter((t) => t.word);
  if (said.length < MIN_WORDS || isLabel(said.map((t) => t.text)) || isNews(a, said)) return undefined;
  const o = orig(doc, stmt);
  const p: Position = {
    holder,
    statement: doc.text.slice(o.start, o.end),
    cue: null,
    stance: 'assert',
    quote: false,
    via: null,
    start: o.start,
    end: o.end,
    rule: 'headline:colon/speaker',
    rules: [headlineSpeaker.id],
  };
  return { p, cueAt: orig(doc, { start: colon, end: colon + 1 }).start, span: stmt, cue: colon };
}

/** "السياسي السوداني المخضرم الذي…", "الصقر الذي يريد…": a definite description of the speaker, not what he said. */
function isLabel(words: string[]): boolean {
  const rel = words.findIndex((w) => w === 'الذي' || w === 'التي');
  return rel > 0 && words.slice(0, rel).every((w) => w.startsWith('ال'));
}

/**
 * "فلان: حمادي الجبالي يوضح أسباب دعوته"، "قضية فلان: ترامب يطالب تركيا بالتسجيلات": a statement that
 * opens on someone else named and a verb in the present tells news under a topic tag, not words said.
 */
function isNews(a: ArticleState, said: { start: number; end: number; text: string }[]): boolean {
  const first = a.entities.firstMentionIn(said[0].start, said[0].end);
  if (!first) return false;
  const next = said.find((t) => t.start >= first.end);
  return !!next && /^[يت]\S{2,}$/u.test(next.text);
}

/** Nouns that describe a speaker without an office (مسؤول خليجي، إعلامي ليبي): what the headline calls him. */
const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  ['مسؤول', 'مسؤولة', 'إعلامي', 'إعلامية', 'خبير', 'خبيرة', 'محلل', 'محللة', 'دبلوماسي', 'دبلوماسية', 'قيادي', 'قيادية', 'ناشط', 'ناشطة', 'باحث', 'باحثة', 'مستشار', 'مستشارة', 'برلماني', 'برلمانية', 'نائب', 'نائبة']
    .map(normalizeForm),
);
/** How far into the body (normalised characters after the headline) the described speaker must speak. */
const DESCRIBED_REACH = 800;

/**
 * "وزير الخارجية البريطاني: …"، "مسؤول خليجي: …": a headline that names its speaker by office or
 * description alone means the first person among the body's first three holders after it, when he
 * holds that office (one of his roles holds it) and is of the country its nisba names (or of
 * none known); a holder phrase no entity stands for must repeat the description's noun.
 */
function describedSpeaker(a: ArticleState, words: Token[], lineEnd: number): string | undefined {
  const { doc, entities } = a;
  if (words.length > 5) return undefined;
  const i0 = tokenAt(doc.tokens, words[0].start);
  const noun = SPEAKER_NOUNS.has(words[0].text);
  const title = noun ? undefined : doc.lex.titles.match(i0);
  if (!noun && !(title && title.start === words[0].start)) return undefined;
  const office = title ? doc.norm.slice(title.start, title.end) : '';
  let iso: string | null = null;
  for (let i = i0 + 1; i < i0 + words.length; i++) {
    const c = doc.lex.countryNisba.match(i) ?? doc.lex.countryNisbaBare.match(i);
    if (c) iso = c.value.iso;
  }
  const after = a.found
    .filter((f) => f.cue >= lineEnd && f.cue < lineEnd + DESCRIBED_REACH)
    .sort((x, y) => x.cue - y.cue)
    .slice(0, 3);
  for (const f of after) {
    const holder = f.p.holder;
    if (!holder) continue;
    const e = entities.entities.find((x) => x.name === holder);
    // a holder phrase the entities do not know (الإعلامي الليبي فلان) is his when it repeats the description
    if (!e) return normalizeForm(holder).includes(words[0].text) ? holder : undefined;
    if (e.kind !== 'person') continue;
    if (iso && e.country && e.country !== iso) return undefined;
    if (title && !e.roles.some((r) => normalizeForm(r).includes(office))) return undefined;
    return e.name;
  }
  return undefined;
}

import type { PositionRule } from '../model.js';

/** "ما"، "مما"، "وهو ما"، "وهذا ما" right before the cue (normalised), the cue's own subject. */
const WHAT_BEFORE = /(?:^|\s)(?:[وف]?(?:هو|هي|هذا|ذلك)\s+)?(?:[وف]?مما|[وف]?ما)\s+$/u;
/** Words that "ما" follows as one word of time or frequency (دائما ما تنفي إيران …، بعد ما اعتبر): the subject is another. */
const ADVERB_MA = /(?:دايما|غالبا|نادرا|كثيرا|قليلا|عاده|طالما|قلما|ربما|سرعان|بعد|قبل|عند|حين|كل|بين|مثل)\s+ما\s+$/u;

/**
 * "ارتفعت الأسعار، ما يرجح أن التضخم سيستمر"، "وهو ما يؤكد أن الخطة فشلت": a verb after ما (which)
 * has the fact told before it for its subject; where no holder is named after the verb it reports
 * no one's words, and is not given to the last speaker nor to a person named before it. Not after
 * دائما ما، غالبا ما (دائما ما تنفي إيران …), nor where a subject follows the verb (وهو ما نفته
 * الحكومة، هذا ما أكده الوزير): the rules before this one have then found it.
 */
export const clauseAsSubject: PositionRule = {
  id: 'clause-as-subject',
  stage: 'positions',
  summary: 'a verb after ما with no subject of its own (مما يشير إلى أن، وهو ما يؤكد) reports no one\'s words',
  example: 'وقال الوزير سامر الحديدي إن الحكومة ستدعم المزارعين. وتراجعت الصادرات، مما يشير إلى أن الاقتصاد يمر بأزمة.',
  cue(st) {
    // only the present of the third person masculine (ما يشير، مما يؤكد): ما is then its subject;
    // a past or feminine verb after ما mostly has a subject of its own (بسبب ما قال إنها …، ما قالت)
    if (st.holder || st.form.kind !== 'verb' || st.pre !== '' || !st.w.startsWith('ي')) return 'next';
    return WHAT_BEFORE.test(st.head) && !ADVERB_MA.test(st.head) ? 'stop' : 'next';
  },
};

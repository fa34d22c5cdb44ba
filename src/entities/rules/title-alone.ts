import { pushPerson, type PersonParser } from '../people.js';
import { isDualTitle } from '../../lexicon/dualTitles.js';

/** A title with no name of its own (الوزير المصري، وزير الخارجية): a description, linked later to the person it means. */
export const titleAlone: PersonParser = {
  id: 'title-alone',
  stage: 'entities',
  titled: true,
  summary: 'a title with no name is a description (الوزير الأردني), to be linked to its person',
  example: 'والتقى الوزير سامر الحديدي الرئيس كمال الغربي. وقال الوزير الأردني إن اللقاء كان مثمرا.',
  parse(st, i, title) {
    // a form the lexicon marks ambiguous (الفريق "the team", اللواء "the brigade") is a title only with a name
    if (st.doc.lex.titles.match(i)?.ambiguous) return undefined;
    // a title in the dual (الرئيسان، وزيرا الخارجية) with no name stands for two people, no one person
    if (isDualTitle(title!.head)) return undefined;
    pushPerson(st, null, [title!], this.id);
    return title!.to - 1;
  },
};

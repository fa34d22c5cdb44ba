import { pushPerson, type PersonParser } from '../people.js';

/** A title with no name of its own (الوزير المصري، وزير الخارجية): a description, linked later to the person it means. */
export const titleAlone: PersonParser = {
  id: 'title-alone',
  stage: 'entities',
  titled: true,
  summary: 'a title with no name is a description (الوزير الأردني), to be linked to its person',
  example: 'والتقى الوزير سامر الحديدي الرئيس كمال الغربي. وقال الوزير الأردني إن اللقاء كان مثمرا.',
  parse(st, _i, title) {
    pushPerson(st, null, [title!], this.id);
    return title!.to - 1;
  },
};

// Titles written in the dual (الرئيسان، وزيرا الخارجية): read as the title each of the two holds.
/** The first word of a dual title as written (الرئيسان، الرئيسين، وزيرا، رئيسي، الزعيمان): the titles of two. */
const DUAL_HEAD = /^([وفبل]?(?:ال)?)(رئيس|زعيم)(?:ان|ين)(?=\s|$)|^([وفبل]?)(وزير|رئيس)[اي](?=\s+\S)/u;

/** A title written in the dual, as each of the two holds it: "الرئيسان الفرنسي" → "الرئيس الفرنسي", "وزيرا الخارجية" → "وزير الخارجية". */
export function singularTitle(title: string): string {
  return title.replace(DUAL_HEAD, (_m, p1: string | undefined, h1: string | undefined, p2: string | undefined, h2: string | undefined) => (h1 ? (p1 ?? '') + h1 : (p2 ?? '') + (h2 ?? '')));
}

/** Whether a (normalised) title head is written in the dual (الرييسان، وزيرا الخارجيه): it stands for two people. */
export function isDualTitle(head: string): boolean {
  return /^(?:ال)?(?:رييس|زعيم)(?:ان|ين)$|^(?:وزير|رييس)[اي]\s/u.test(head);
}

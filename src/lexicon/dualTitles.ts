// Titles written in the dual or the plural (الرئيسان، وزيرا الخارجية، وزراء الخارجية، الرؤساء): read as the title each of them holds.
/** The first word of a dual title as written (الرئيسان، الرئيسين، وزيرا، رئيسي، الزعيمان): the titles of two. */
const DUAL_HEAD = /^([وفبل]?(?:ال)?)(رئيس|زعيم)(?:ان|ين)(?=\s|$)|^([وفبل]?)(وزير|رئيس)[اي](?=\s+\S)/u;
/** The plural heads of titles as written, and their singular: الرؤساء → الرئيس، وزراء الخارجية → وزير الخارجية. */
const PLURAL_HEADS: readonly [RegExp, string][] = [
  [/^([وفبل]?ال)رؤساء(?=\s|$)/u, '$1رئيس'],
  [/^([وفبل]?)رؤساء(?=\s+\S)/u, '$1رئيس'],
  [/^([وفبل]?ال)زعماء(?=\s|$)/u, '$1زعيم'],
  [/^([وفبل]?)وزراء(?=\s+\S)/u, '$1وزير'],
];

/** A title written in the dual, as each of the two holds it: "الرئيسان الفرنسي" → "الرئيس الفرنسي", "وزيرا الخارجية" → "وزير الخارجية". */
export function singularTitle(title: string): string {
  for (const [re, to] of PLURAL_HEADS) if (re.test(title)) return title.replace(re, to);
  return title.replace(DUAL_HEAD, (_m, p1: string | undefined, h1: string | undefined, p2: string | undefined, h2: string | undefined) => (h1 ? (p1 ?? '') + h1 : (p2 ?? '') + (h2 ?? '')));
}

/** Whether a (normalised) title head is written in the dual or the plural (الرييسان، وزيرا الخارجيه، الروساء، وزراء الدفاع): it stands for several people. */
export function isDualTitle(head: string): boolean {
  return /^(?:ال)?(?:رييس|زعيم)(?:ان|ين)$|^(?:وزير|رييس)[اي]\s|^(?:ال)?(?:روساء|زعماء)(?:\s|$)|^وزراء\s/u.test(head);
}

/** A head word in the dual, normalised and without its article (رييسان، زعيمين، وزيرا، رييسي before a second word). */
const DUAL_KEY = /^(رييس|زعيم)(?:ان|ين)$|^(وزير|رييس)[اي]$/u;
/** A head word in the plural, normalised and without its article, and its singular (روساء، زعماء، وزراء). */
const PLURAL_KEYS: ReadonlyMap<string, string> = new Map([['روساء', 'رييس'], ['زعماء', 'زعيم'], ['وزراء', 'وزير']]);

/** A title's head word (normalised, no article) as the singular of a dual or plural head (رييسان، وزراء → رييس، وزير); else the word. */
export function singularHeadKey(w: string): string {
  const m = DUAL_KEY.exec(w);
  return m ? m[1] ?? m[2] : PLURAL_KEYS.get(w) ?? w;
}

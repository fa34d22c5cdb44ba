/**
 * CAMEO actor codes from what khulasa knows of a participant: its country (ISO 3166-1 alpha-3,
 * as CAMEO uses), the body it speaks for, and its title. A code is a country or IGO prefix
 * followed by role codes: EGYGOV (an Egyptian official), EGYGOVMIL (a defence minister, as the
 * CAMEO actor codebook codes them), LBYELI (a former head of government), IGOUNO (a UN official),
 * IGOMEAARL (the Arab League).
 *
 * Sources: the CAMEO Event and Actor Codebook (Schrodt 2012, ch. 3) for the role codes; the
 * Phoenix/PETRARCH international actor dictionary (Phoenix.International.actors.txt) for the IGO
 * and NGO codes; ISO 3166-1 alpha-3 for the country codes (src/lexicon/iso3.ts).
 */
import type { Participant } from '../types.js';
import { normalizeForm } from '../normalize/index.js';
import { iso3Of } from '../lexicon/iso3.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import { organizationNamed, titleIn } from './lookup.js';

/** The CAMEO country code of an ISO 3166-1 alpha-2 code, or '' when unknown. */
export function countryCode(iso2: string | null | undefined): string {
  return (iso2 && iso3Of(iso2)) || '';
}

/**
 * CAMEO codes of the international bodies in the organisation lexicon (by its id). UN organs,
 * missions and envoys are IGOUNO; agencies carry the Phoenix dictionary's sector codes.
 */
const IGO_CODES: Readonly<Record<string, string>> = {
  UN: 'IGOUNO', UN_SECRETARIAT: 'IGOUNO', UNSC: 'IGOUNO', UNGA: 'IGOUNO', ECOSOC: 'IGOUNO', UNHRC: 'IGOUNOHRI', OHCHR: 'IGOUNOHRIHCH',
  UNHCR: 'IGOUNOREFHCR', UNRWA: 'IGOUNOREF', UNICEF: 'IGOUNOKID', WHO: 'IGOUNOHLHWHO', WFP: 'IGOUNOWFP', FAO: 'IGOUNOAGRFAO',
  UNDP: 'IGOUNODEV', UNESCO: 'IGOUNODEV', UN_WOMEN: 'IGOUNODEV', UNFPA: 'IGOUNODEV', ESCWA: 'IGOUNODEV', ILO: 'IGOUNOLABILO',
  IAEA: 'IGOUNOIAE', ICJ: 'IGOUNOJUDICJ', WORLD_BANK: 'IGOUNODEVWBK', IMF: 'IGOBUSIMF', OCHA: 'IGOUNO', UNSMIL: 'IGOUNO',
  UNIFIL: 'IGOUNO', MINURSO: 'IGOUNO', UNAMI: 'IGOUNO', UNMISS: 'IGOUNO', UNMHA: 'IGOUNO', UNDOF: 'IGOUNO', UNTSO: 'IGOUNO',
  UNSCO: 'IGOUNO', UNSOM: 'IGOUNO', UNAMA: 'IGOUNO', UNITAMS: 'IGOUNO', MONUSCO: 'IGOUNO', ARAB_LEAGUE: 'IGOMEAARL',
  ARAB_FM_COUNCIL: 'IGOMEAARL', ARAB_PARLIAMENT: 'IGOMEAARL', GCC: 'IGOPGSGCC', AMU: 'IGOMEAAMU', OIC: 'IGOMOSOIC', ISDB: 'IGOMOSDEVIDB',
  EU: 'IGOEUREEC', EU_COMMISSION: 'IGOEUREEC', EU_PARLIAMENT: 'IGOEUREEC', EU_COUNCIL: 'IGOEUREEC', EEAS: 'IGOEUREEC',
  COUNCIL_OF_EUROPE: 'IGOEURCOE', AU: 'IGOAFRAFU', AU_PSC: 'IGOAFRAFU', ECOWAS: 'IGOWAFBUSWAS', NATO: 'IGOWSTNAT', OPEC: 'IGOOPC',
  OAPEC: 'IGOARBBUSAPE', ASEAN: 'IGOSEAASN', AFDB: 'IGOAFRDEVAFB', ICRC: 'NGOHLHIRC', IFRC: 'NGOHLHIRC', RED_CRESCENT: 'NGOHLHIRC',
  AMNESTY: 'NGOHRIAMN', HRW: 'NGOHRI', MSF: 'NGOHLHMSF',
};

/** Role codes read off the title or the body (CAMEO primary and secondary role codes). */
export type RoleCode = 'GOV' | 'GOVMIL' | 'MIL' | 'LEG' | 'JUD' | 'PTY' | 'OPP' | 'REB' | 'ELI' | 'REL' | 'COP' | 'SPY' | '';

const norm = (s: string) => normalizeForm(s);

/** Whole words in normalised text, forms written as in text (normalised here), with a conjunction or preposition before them. */
function wordsIn(forms: readonly string[]): RegExp {
  return new RegExp(`(?<!\\p{L})[وفبل]?(?:${forms.map(norm).join('|')})(?!\\p{L})`, 'u');
}

/** Former office holders are elites (CAMEO: FORMER_PRESIDENT → ELI). */
const FORMER = wordsIn(['السابق', 'السابقة', 'الأسبق', 'الأسبقة']);
const LEGISLATURE = wordsIn(['مجلس النواب', 'مجلس الشعب', 'مجلس الأمة', 'مجلس الشورى', 'البرلمان', 'البرلماني', 'البرلمانية', 'الكنيست', 'الكونغرس', 'الكونجرس', 'مجلس الشيوخ', 'المجلس الوطني', 'المجلس التشريعي', 'النائب', 'نائب في', 'عضو مجلس']);
const JUDICIARY = wordsIn(['القاضي', 'قاضي', 'المحكمة', 'محكمة', 'النائب العام', 'المدعي العام']);
const POLICE = wordsIn(['الشرطة', 'شرطة', 'الأمن العام', 'الدرك']);
const INTELLIGENCE = wordsIn(['المخابرات', 'مخابرات', 'الاستخبارات', 'استخبارات']);
const ARMED = wordsIn(['جماعة', 'ميليشيا', 'ميليشيات', 'مليشيا', 'كتائب', 'فصائل', 'فصيل', 'تنظيم', 'قوات', 'جيش', 'المسلحة', 'مسلح', 'أنصار', 'الحوثي', 'الحوثيين', 'داعش', 'القاعدة']);
const PARTY = wordsIn(['حزب', 'الحزب', 'تيار', 'التيار']);
const GOVERNMENT_BODY = wordsIn(['الحكومة', 'حكومة', 'وزارة', 'الوزارة', 'الرئاسة', 'رئاسة', 'الديوان']);
const OPPOSITION = wordsIn(['المعارضة', 'معارضة', 'المعارض', 'الائتلاف', 'هيئة التفاوض']);

function roleFromTitle(role: string): RoleCode {
  const n = norm(role);
  if (FORMER.test(n)) return 'ELI';
  if (JUDICIARY.test(n)) return 'JUD';
  if (LEGISLATURE.test(n)) return 'LEG';
  if (INTELLIGENCE.test(n)) return 'SPY';
  if (POLICE.test(n)) return 'COP';
  const title = titleIn(role);
  if (!title) return '';
  if (title.id === 'DEFENCE_MINISTER') return 'GOVMIL';
  switch (title.kind) {
    case 'military':
      return 'MIL';
    case 'party':
      return 'PTY';
    case 'religious':
      return 'REL';
    case 'international':
      return '';
    default:
      return 'GOV';
  }
}

/** A non-state movement's role: a party, the opposition, or an armed group; '' when unclear. */
function roleFromMovement(name: string): RoleCode {
  const n = norm(name);
  if (OPPOSITION.test(n)) return 'OPP';
  if (PARTY.test(n)) return 'PTY';
  if (ARMED.test(n)) return 'REB';
  return '';
}

function organizationOf(p: Participant): OrganizationEntry | undefined {
  const names = p.kind === 'organization' ? [p.organization, p.name] : [p.organization];
  for (const name of names) {
    if (!name) continue;
    // The body's name as written, or with a leading delegation word dropped (وفد الحكومة اليمنية).
    const entry = organizationNamed(name) ?? organizationNamed(norm(name).replace(/^(?:وفد|وفدا|ممثل|ممثلو)\s+/u, ''));
    if (entry) return entry;
  }
  return undefined;
}

/** The CAMEO actor code of a participant, '' where khulasa knows nothing to code. */
export function actorCode(p: Participant): string {
  const org = organizationOf(p);
  // An international body's own officials have no country; one who has (a US envoy to a
  // coalition) stands for that country, as CAMEO codes him.
  if (org && (org.kind === 'international' || org.kind === 'regional' || org.kind === 'ngo') && !org.country && (!p.country || p.kind === 'organization')) {
    return IGO_CODES[org.id] ?? (org.kind === 'ngo' ? 'NGO' : 'IGO');
  }
  const country = countryCode(p.country ?? org?.country);
  if (p.kind === 'country') return country;
  const roles = p.roles.length > 0 ? p.roles : p.role ? [p.role] : [];
  let role: RoleCode = '';
  for (const r of roles) {
    role = roleFromTitle(r);
    if (role) break;
  }
  if (!role && org?.kind === 'movement') role = roleFromMovement(org.name);
  if (!role && org?.kind === 'government') role = 'GOV';
  // A body the lexicon does not list, coded from its own words: حكومة، وزارة → GOV; حزب → PTY…
  for (const name of [p.kind === 'organization' ? p.name : null, p.organization]) {
    if (role || !name) continue;
    role = GOVERNMENT_BODY.test(norm(name)) ? 'GOV' : roleFromMovement(name);
  }
  return country + role;
}

import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

const sideNames = (text: string) => summarize(text).participants.map((p) => `${p.kind}:${p.name}`);

describe('countries and bodies as the sides of a meeting', () => {
  it('takes a headline list of countries before a meeting verb', () => {
    const text = 'الأردن والعراق يجريان مباحثات في عمان حول المياه';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name)).toEqual(['الأردن', 'العراق']);
    expect(s.participants.map((p) => p.country)).toEqual(['JO', 'IQ']);
    const p = s.participants[1];
    expect(text.slice(p.start, p.end)).toBe('العراق');
  });

  it('takes the bodies listed after "كل من" in a sentence with a meeting cue', () => {
    const names = sideNames('أعلن كل من «حركة فتح» و«حركة حماس»، أمس، في ختام مباحثاتهما في القاهرة، التوصل إلى اتفاق.');
    expect(names).toEqual(['organization:حركة فتح', 'organization:حركة حماس']);
  });

  it('takes the countries after "بين" and a side named "الجانب الروسي"', () => {
    const s = summarize('ومن المتوقع أن يعقد اجتماع اليوم بين الحكومة السورية والجانب الروسي للبحث في اتفاق.');
    expect(s.participants.find((p) => p.country === 'RU')).toMatchObject({ name: 'روسيا', aliases: ['الجانب الروسي'] });
  });

  it('keeps a person and drops the country he stands for', () => {
    const names = sideNames('التقى وزير الخارجية الأردني سامي العلي اليوم في عمان وزير الخارجية العراقي أحمد الكبيسي، وبحث الأردن والعراق التعاون.');
    expect(names.filter((n) => n.startsWith('country'))).toEqual([]);
  });

  it('does not make sides of a list without a meeting cue or an opener', () => {
    expect(sideNames('وقالت الأردن والعراق إن الأمطار غزيرة هذا العام.')).toEqual([]);
  });

  it('does not take a meeting cited as the source of a text', () => {
    const text = 'وأكد الوزيران أهمية الإعلان الصادر عن اجتماع وزراء خارجية كل من تونس ومصر والجزائر الماضي.';
    expect(sideNames(text)).toEqual([]);
  });
});

describe('delegations', () => {
  it('takes a delegation named by its country as a side', () => {
    const text = 'استقبل الرئيس السوري بشار الأسد اليوم وفدا برلمانيا أردنيا في دمشق.';
    const s = summarize(text);
    const d = s.participants.find((p) => p.kind === 'organization');
    expect(d?.name).toBe('وفدا برلمانيا أردنيا');
    expect(d?.country).toBe('JO');
    expect(text.slice(d!.start, d!.end)).toBe('وفدا برلمانيا أردنيا');
  });

  it('does not take a spokesman who is also an ambassador as a side', () => {
    const s = summarize('وقال السفير أحمد سالم المتحدث باسم وزارة الخارجية المصرية إن المباحثات مع الكويت كانت مثمرة.');
    expect(s.participants).toEqual([]);
  });
});

describe('listed countries already met through their people', () => {
  it('drops a countries-only meeting whose every side has its person in another meeting', () => {
    const text =
      'التقى وزير الخارجية الأردني سامي العلي اليوم نظيره العراقي أحمد الكبيسي. وأجرى الأردن والعراق مباحثات حول المياه.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.kind)).toEqual(['person', 'person']);
  });
});

describe('"بين" opens sides only after the cue', () => {
  it('does not take the parties of a reconciliation mentioned far from the cue', () => {
    const text = 'وقالت فصائل إنها ستقاطع اجتماعات المجلس الوطني التي طالبت بتأجيلها لإتاحة الوقت لجهود المصالحة بين فتح وحماس.';
    expect(summarize(text).participants).toEqual([]);
  });

  it('does not cross into a new clause between the cue and بين', () => {
    const text = 'وهناك عدة اجتماعات عقدت وفرق عمل أنشئت بين الأردن والعراق لهذا الغرض.';
    expect(summarize(text).participants).toEqual([]);
  });
});

describe('a person speaking for one of the listed countries', () => {
  it('takes the minister who speaks of "the meeting" as his country\'s side', () => {
    const text =
      'وزراء مياه الأردن والعراق وسوريا يبحثون ملف السدود\nأكد الدكتور سامي العلي وزير المياه الأردني، أن الاجتماع يستهدف توصيف المهام.';
    const s = summarize(text);
    const names = s.participants.map((p) => p.name);
    expect(names).toContain('سامي العلي');
    expect(names).not.toContain('الأردن');
    expect(names).toEqual(expect.arrayContaining(['العراق', 'سوريا']));
  });

  it('does not when the person speaks of something else', () => {
    const text = 'وزراء مياه الأردن والعراق وسوريا يبحثون ملف السدود\nأكد الدكتور سامي العلي وزير المياه الأردني، أن الأمطار غزيرة.';
    expect(summarize(text).participants.map((p) => p.name)).not.toContain('سامي العلي');
  });
});

describe('a body through an official the article does not name', () => {
  it('makes the party of "الأمين العام لحزب …" a side, apart from the League’s named secretary-general', () => {
    const text = 'والتقى المبعوث الأممي لليمن جون ميلر خلال زيارة إلى القاهرة الأمين العام لحزب المؤتمر الشعبي العام، وكذلك الأمين العام لجامعة الدول العربية سامي عبد الله.';
    const s = summarize(text);
    const names = s.participants.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['جون ميلر', 'حزب المؤتمر الشعبي العام', 'سامي عبد الله']));
    const party = s.participants.find((p) => p.name === 'حزب المؤتمر الشعبي العام')!;
    expect(text.slice(party.mentions[0].start, party.mentions[0].end)).toBe('حزب المؤتمر الشعبي العام');
    expect(s.participants.find((p) => p.name === 'سامي عبد الله')?.organization).toBe('جامعة الدول العربية');
  });

  it('not where the unnamed official only remarks on the meeting', () => {
    const text = 'ورحب الأمين العام للأمم المتحدة بالمحادثات بين وزير الخارجية المصري سامي عبد الله ونظيره الأردني خالد المومني.';
    expect(summarize(text).participants.map((p) => p.kind)).not.toContain('organization');
  });

  it('does not where the official is named', () => {
    const text = 'والتقى المبعوث الأممي لليمن جون ميلر الأمين العام لحزب المؤتمر الشعبي العام خالد العمري.';
    expect(summarize(text).participants.map((p) => p.kind)).not.toContain('organization');
  });
});

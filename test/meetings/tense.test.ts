import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { cueTime, longPast } from '../../src/meetings/tense.js';
import { createDoc } from '../../src/document.js';

const names = (text: string): string[] => summarize(text).participants.map((p) => p.name);

/** cueTime of the first token spelling `cue` in `text`. */
function timeOf(text: string, cue: string): ReturnType<typeof cueTime> {
  const doc = createDoc(text);
  const tokens = doc.tokens;
  const at = tokens.findIndex((t) => t.text === cue);
  return cueTime(tokens, at, at + 1, 0);
}

describe('when a meeting cue stands in time', () => {
  it('reads سبق أن and من قبل as an earlier meeting', () => {
    expect(timeOf('ما سبق أن طرحه الرئيس خلال لقائه مع الوزير', 'لقايه')).toBe('prior');
    expect(timeOf('حيث التقى من قبل بممثلين للحوثيين', 'التقي')).toBe('prior');
    expect(timeOf('بعد لقاءات الدوحة التي جرت على هامش الاجتماعات', createDoc('لقاءات').tokens[0].text)).toBe('prior');
  });

  it('reads من المقرر، ترتيبات and a future verb as a planned meeting', () => {
    expect(timeOf('ومن المقرر أن يصل إلى موسكو وفد الائتلاف', 'يصل')).toBe('planned');
    expect(timeOf('مؤكدة أنه ينتظر ترتيبات لقائه بزعيم المتمردين', 'لقايه')).toBe('planned');
    expect(timeOf('ومنها سيتوجه إلى الرياض حيث يلتقي الرئيس', 'يلتقي')).toBe('planned');
  });

  it('reads a verb in the future tense right before the cue as a planned meeting, not a city that looks like one', () => {
    expect(timeOf('موضحا أنه سيتخللها عقد قمة ثلاثية بين الزعماء', 'قمه')).toBe('planned');
    expect(timeOf('وقال الرئيس للصحافيين في سيدني، بعد اجتماع مع الوزير', 'اجتماع')).toBeNull();
  });

  it('reads a cue in the future tense as a planned meeting, a present or past one not', () => {
    expect(timeOf('وسيلتقي الوزير نظيره الأردني في عمان', 'وسيلتقي')).toBe('planned');
    expect(timeOf('ستستقبل الرئيسة وفد البرلمان', 'ستستقبل')).toBe('planned');
    expect(timeOf('ويلتقي الوزير نظيره الأردني في عمان', 'ويلتقي')).toBeNull();
    expect(timeOf('وسلم الوزير رسالة إلى نظيره', 'وسلم')).toBeNull();
  });

  it('does not read time words across punctuation, nor a plain report', () => {
    expect(timeOf('التقى الوزير نظيره الأردني في عمان', 'التقي')).toBeNull();
    expect(timeOf('من المقرر ذلك. والتقى الوزير نظيره', 'والتقي')).toBeNull();
    expect(timeOf('بعد لقائه مع نظيره قال الوزير', 'لقايه')).toBeNull();
  });

  it('dates a sentence to a past month or year', () => {
    expect(longPast(createDoc('وكانت موسكو استهلت خطواتها في أبريل (نيسان) الماضي').norm)).toBe(true);
    expect(longPast(createDoc('وعقد الرئيس العام الماضي محادثات نادرة').norm)).toBe(true);
    expect(longPast(createDoc('التقى الوزير نظيره الثلاثاء الماضي').norm)).toBe(false);
  });
});

describe('meetings long past or only arranged', () => {
  it('reports no meeting told as done long before', () => {
    expect(summarize('وأشار إلى ما سبق أن طرحه الرئيس الروسي فلاديمير سوروكين خلال لقائه مع وزير الخارجية السوري سامي الحلبي.').meetings).toHaveLength(0);
    expect(summarize('وعقد الرئيس الفرنسي جان مارتان العام الماضي محادثات بين المشير خليل الطاهر ورئيس الوزراء سالم العربي في باريس.').meetings).toHaveLength(0);
  });

  it('keeps a meeting of the report’s own days though told in such words', () => {
    expect(summarize('والمحادثات المقرر أن تجري اليوم الثلاثاء بين وزير الخارجية المصري سامي عبد الله ونظيره الأردني خالد المومني.').meetings).toHaveLength(1);
  });

  it('drops an arranged meeting of others where the article reports one held', () => {
    const text =
      'التقى وزير الخارجية الروسي سيرغي بافلوف نظيره السعودي فهد الدوسري في موسكو. ومن المقرر أن يصل إلى موسكو وفد الائتلاف الوطني السوري برئاسة سامي الحلبي وهو ما قالت المصادر إن موسكو تستقبله.';
    expect(names(text)).not.toContain('سامي الحلبي');
    expect(names(text)).toEqual(expect.arrayContaining(['سيرغي بافلوف', 'فهد الدوسري']));
  });

  it('keeps an arranged meeting where it is all the article reports', () => {
    const text = 'ومن المقرر أن يلتقي وزير الخارجية المصري سامي عبد الله نظيره الأردني خالد المومني في عمان.';
    expect(names(text)).toEqual(expect.arrayContaining(['سامي عبد الله', 'خالد المومني']));
  });

  it('cuts a sentence at a second meeting told as done: its people are not this one’s', () => {
    const text =
      'وتجيء زيارة وزير الخارجية السعودي فهد الدوسري لموسكو بعد لقاءات الدوحة التي جرت على هامش الاجتماعات والتي شارك فيها وزير الخارجية الروسي سيرغي بافلوف ونظيره الأميركي جون ميلر. وتبدأ اليوم المباحثات بين سيرغي بافلوف ونظيره السعودي فهد الدوسري.';
    expect(names(text)).not.toContain('جون ميلر');
  });
});

describe('a summit ahead and the outcome of a meeting told already', () => {
  it('reads "للقمة الثلاثية التي ستنعقد" as planned and "الاجتماع المقبل" too', () => {
    expect(timeOf('تمهيدا للقمة الثلاثية التي ستنعقد في الجزائر العاصمة', createDoc('للقمة').tokens[0].text)).toBe('planned');
    expect(timeOf('وسيبحث الاجتماع المقبل الملف', createDoc('الاجتماع').tokens[0].text)).toBe('planned');
  });

  it('does not take the leaders a meeting reports to for its participants', () => {
    const text =
      'اجتمع اليوم الاثنين وزراء خارجية تونس والجزائر ومصر بحضور الرئيس التونسي سالم بن يوسف في قصر قرطاج. وتواصل كل من تونس والجزائر ومصر جهودها ورفع نتائج الاجتماع الوزاري إلى رئيس الجزائر عبد الحميد العربي ورئيس مصر سامي عبد الله، تمهيدا للقمة الثلاثية التي ستنعقد في الجزائر العاصمة.';
    expect(names(text)).not.toContain('عبد الحميد العربي');
    expect(names(text)).not.toContain('سامي عبد الله');
    expect(names(text)).toContain('سالم بن يوسف');
  });
});

describe('a past year beside the news', () => {
  it('keeps a meeting dated to a weekday though the sentence names last year', () => {
    const text = 'واستقبل الرئيس المصري سامي عبد الله، الأربعاء، نظيره الأردني خالد المومني الذي زار القاهرة العام الماضي.';
    expect(summarize(text).meetings).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { people } from '../rules/read.js';

describe('a known office holder\'s full name ends a name', () => {
  it('does not read the word after it into the name', () => {
    expect(people('ووصف فلاديمير بوتين شركاءه بالمترددين.')).toEqual(['فلاديمير بوتين']);
    expect(people('وصف الرئيس الإيراني حسن روحاني مساعيهم بالفاشلة.')).toEqual(['حسن روحاني']);
  });

  it('keeps a word that tells a generation, and names with a nasab', () => {
    expect(people('وقال جورج بوش الابن إن الحرب كانت ضرورية.')).toEqual(['جورج بوش الابن']);
  });
});

describe('a word with a pronoun suffix ends a name', () => {
  it('does not read a dual suffix or a preposition with a pronoun into the name', () => {
    expect(people('وقالت كارين مكدوغال إنها زارت غرفة ميلانيا بمنزلهما.')).not.toContain('ميلانيا بمنزلهما');
    expect(people('وتحدث سامر الحديدي بلغتهم عن الأزمة.')).toEqual(['سامر الحديدي']);
  });
});

describe('a known office holder\'s full name led by a given name that is also a word', () => {
  it('is a name with no title before it (عادل الجبير، راشد الغنوشي)', () => {
    expect(people('وقال عادل الجبير إن المباحثات كانت مثمرة.')).toEqual(['عادل الجبير']);
    expect(people('واجتمع راشد الغنوشي بأعضاء الحركة أمس.')).toEqual(['راشد الغنوشي']);
  });

  it('is not a name where the rest names no one known (عادل الحديدي)', () => {
    expect(people('وقال عادل الحديدي إن المباحثات كانت مثمرة.')).toEqual([]);
  });
});

describe('a suffixed object head ends a name', () => {
  it('does not read حرصه، عزمها into the name before it', () => {
    expect(people('وجدد الوزير كمال الغربي حرصه على الحوار.')).toEqual(['كمال الغربي']);
  });
});

describe('a known office holder\'s full name holding a title word or an ordinal', () => {
  it('runs on past it (الباجي قائد السبسي، عبد الله الثاني) and no further', () => {
    expect(people('وقال الرئيس الباجي قائد السبسي إن الحكومة ستتشكل قريبا.')).toEqual(['الباجي قائد السبسي']);
    expect(people('واستقبل الملك عبد الله الثاني الوزير سامر الحديدي.')).toEqual(['عبد الله الثاني', 'سامر الحديدي']);
    expect(people('واستقبل الملك عبد الله الثاني بن الحسين الوزير سامر الحديدي.')).toEqual(['عبد الله الثاني بن الحسين', 'سامر الحديدي']);
  });

  it('runs on three words past the title word (حسين أمير عبد اللهيان)', () => {
    expect(people('وبحث الوزير كمال الغربي مع نظيره الإيراني حسين أمير عبد اللهيان العلاقات.')).toEqual(['كمال الغربي', 'حسين أمير عبد اللهيان']);
  });

  it('leaves a title word after a name that is no known one', () => {
    expect(people('وقال الرئيس كمال الغربي قائد الجيش إن الوضع هادئ.')).not.toContain('كمال الغربي قائد الجيش');
  });
});

describe('آبي (also the particle أبي) after و', () => {
  it('binds no word after it that is no name (the preposition على، إنه)', () => {
    expect(people('وتركز محادثات الرئيس كمال الغربي وآبي على القمة المقبلة.')).not.toContain('آبي على');
    expect(people('وقال الرئيس كمال الغربي وآبي إنه يجب ممارسة الضغط.')).not.toContain('آبي إنه');
  });

  it('still binds a name after the particle (وأبي بكر الحديدي)', () => {
    expect(people('والتقى الرئيس كمال الغربي وأبي بكر الحديدي أمس.')).toEqual(['كمال الغربي', 'أبي بكر الحديدي']);
  });
});

describe('a known office holder\'s full name led by a word that is common (صباح، بان، غير)', () => {
  it('is read whole after a title', () => {
    expect(people('وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.')).toEqual(['بان كي مون']);
    expect(people('واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح الوزير سامر الحديدي.')).toContain('صباح الأحمد الجابر الصباح');
  });

  it('is read whole with no title before it, as a name led by a given name is', () => {
    expect(people('وقال بان كي مون إن الوضع خطير.')).toEqual(['بان كي مون']);
    expect(people('والتقى سلفا كير ورياك مشار في أديس أبابا.')).toContain('سلفا كير');
  });
});

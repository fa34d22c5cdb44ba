import { describe, expect, it } from 'vitest';
import { speakerSpeaksForHisState as rule } from '../../../src/positions/rules/speaker-speaks-for-his-state.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the view stated for his own state to the minister who states it (its example)', () => {
    expect(positions(rule.example).map((p) => p.holder)).toEqual(['كمال الغربي']);
    expect(positions(rule.example, [rule.id]).map((p) => p.holder)).toEqual(['تونس']);
  });

  it('reads المملكة as his state, and later subjectless cues go on with him', () => {
    const text = 'وقال وزير الخارجية المغربي كريم العلوي إن المملكة تدين "بأشد العبارات الهجوم على المدنيين"، وقال: "نحن نقف مع جيراننا في هذه المحنة".';
    expect(positions(text).map((p) => p.holder)).toEqual(['كريم العلوي', 'كريم العلوي']);
  });

  it("leaves another state's view to that state, and a spokesman's state the holder", () => {
    expect(positions('وقال وزير الخارجية التونسي كمال الغربي إن مصر ترفض "أي تدخل في شؤون جيرانها".').map((p) => p.holder)).toEqual(['مصر']);
    expect(positions('وقال المتحدث باسم الخارجية التونسية كمال الغربي إن تونس ترفض "أي تدخل في شؤون جيرانها".').map((p) => p.holder)).toEqual(['تونس']);
  });
});

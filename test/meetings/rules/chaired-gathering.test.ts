import { describe, expect, it } from 'vitest';
import { chairedGathering as rule } from '../../../src/meetings/rules/chaired-gathering.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports the named chair of a meeting held (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي'], kind: 'meeting', date: 'أمس', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reports a meeting named by its noun alone, its place from the sentence', () => {
    expect(meetings('وعقد مجلس الإدارة اجتماعا طارئا في عمان برئاسة الوزير سامر الحديدي.')).toMatchObject([{ participants: ['سامر الحديدي'], location: 'عمان' }]);
  });

  it('reports no meeting still to come, none that a quoted or reported clause mentions without its chair', () => {
    expect(meetings('وتعقد اللجنة اجتماعها المقبل برئاسة الوزير سامر الحديدي.')).toEqual([]);
    expect(meetings('ويترقب الأهالي انعقاد أول اجتماع للهيئة قريبا برئاسة الأمير سامر الحديدي.')).toEqual([]);
    expect(meetings('وقال الوزير سامر الحديدي إن اجتماعا عقد أمس برئاسة المحافظ.')).toEqual([]);
  });

  it('reads a summit chaired by one named (القمة … برئاسة الملك فلان) as a gathering he took part in', () => {
    expect(meetings('انطلقت في العاصمة عمان اليوم أعمال القمة الإقليمية برئاسة الملك سامر الحديدي وبمشاركة قادة دول المنطقة.')).toMatchObject([{ participants: ['سامر الحديدي'] }]);
  });
});

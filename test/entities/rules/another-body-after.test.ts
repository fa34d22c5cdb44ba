import { describe, expect, it } from 'vitest';
import { anotherBodyAfter as rule } from '../../../src/entities/findBodies.js';
import { entities, entity } from '../../rules/read.js';

/** The names of the bodies read in the text. */
function bodies(text: string, off: string[] = []): string[] {
  return entities(text, off)
    .filter((e) => e.kind === 'organization')
    .map((e) => e.name);
}

describe(rule.id, () => {
  it('reads no international body from its form with a national adjective after it (its example)', () => {
    expect(bodies(rule.example)).toEqual([]);
    expect(bodies(rule.example, [rule.id])).toEqual(['مجلس الأمن']);
    // the form alone is the body
    expect(bodies('وعقد مجلس الأمن اجتماعا طارئا لبحث الأزمة.')).toEqual(['مجلس الأمن']);
  });

  it('reads no body from an organ named with another owner after ل', () => {
    expect(bodies('وانتخبت الجمعية العامة لجمعية الصيادين رئيسا جديدا لها.')).toEqual([]);
    expect(bodies('وانتخبت الجمعية العامة لشركاء التنمية رئيسا جديدا لها.')).toEqual([]);
    // a purpose after ل leaves the body
    expect(bodies('وصوتت الجمعية العامة لاعتماد القرار بأغلبية كبيرة.')).toEqual(['الجمعية العامة']);
    expect(bodies('وتجتمع الجمعية العامة لإقرار الميزانية.')).toEqual(['الجمعية العامة']);
  });

  it('reads no body from an ambiguous form of common nouns that takes one more adjective', () => {
    expect(bodies('وقصفت الطائرات القاعدة العسكرية في شمال البلاد.')).toEqual([]);
    expect(bodies('وقال رئيس الجامعة الأمريكية إن الدراسة ستستأنف.')).toEqual([]);
    // an epithet of the body, or a word that does not agree with the form, leaves it
    expect(bodies('وأعلنت القاعدة الإرهابية مسؤوليتها عن الهجوم.')).toEqual(['القاعدة']);
  });

  it('gives a title no body whose form the words after it make another body', () => {
    expect(entity('وقال أمين عام مجلس الأمن القومي سامر الحديدي إن الوضع مستقر.', 'سامر الحديدي')?.organization).toBeNull();
    expect(entity('وقال رئيس مجلس الأمن سامر الحديدي إن الوضع مستقر.', 'سامر الحديدي')?.organization).toBe('مجلس الأمن');
  });
});

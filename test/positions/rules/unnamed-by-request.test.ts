import { describe, expect, it } from 'vitest';
import { unnamedByRequest as rule } from '../../../src/positions/rules/unnamed-by-request.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives no named person the words of one who asked not to be named (its example)', () => {
    expect(stated(rule.example)).toEqual(['المسؤول: الاتفاق بات قريبا']);
    expect(stated(rule.example, [rule.id])).toEqual(['سامر الحديدي: الاتفاق بات قريبا']);
  });

  it('gives them to the unnamed source told before whose words hold his title', () => {
    const text = 'وقال وزير الخارجية سامر الحديدي إن المحادثات مستمرة. وكشف مسؤول في الوزارة أن الوفد سيصل غدا. وأوضح المسؤول الذي طلب عدم نشر اسمه أن الاتفاق بات قريبا.';
    expect(stated(text)[2]).toBe('مسؤول في الوزارة: الاتفاق بات قريبا');
  });

  it('keeps his title where no unnamed source was told, never a named holder of it', () => {
    const text = 'وقال وزير الخارجية الأردني سامر الحديدي إن المحادثات مستمرة. وأضاف المسؤول الأردني، الذي فضل عدم الكشف عن هويته، أن الاتفاق بات قريبا.';
    expect(stated(text)).toEqual(['سامر الحديدي: المحادثات مستمرة', 'المسؤول الأردني: الاتفاق بات قريبا']);
  });

  it('leaves a speaker who gave his name alone', () => {
    expect(stated('وقال المسؤول سامر الحديدي الذي التقى الوفد أمس إن الاتفاق بات قريبا.')).toEqual(['سامر الحديدي: الاتفاق بات قريبا']);
  });
});

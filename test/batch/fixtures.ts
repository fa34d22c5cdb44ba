import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { LineWriter } from '../../src/batch/sink.js';

/** Short Arabic news sentences written for these tests (not from any corpus). */
export const SENTENCES = [
  'استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد.',
  'وأكد الجانبان ضرورة التوصل إلى حل سياسي للأزمة.',
  'وقال المتحدث باسم الوزارة إن المحادثات كانت بناءة.',
  'ودعا الرئيس إلى تنفيذ قرار مجلس الأمن رقم 2254.',
  'التقى رئيس الوزراء وفدا من الاتحاد الأوروبي في بيروت.',
  'وشدد الأمين العام للجامعة العربية على أهمية الحوار.',
  'وأجرى وزير الدفاع اتصالا هاتفيا مع نظيره التركي.',
  'وأعربت الحكومة عن قلقها من تدهور الأوضاع الإنسانية.',
  'ورحب المبعوث الأممي بنتائج الاجتماع الذي عقد في جنيف.',
  'وأشار البيان إلى القرار 242 الصادر عن مجلس الأمن.',
];

/** A deterministic article: a few sentences picked by `i`, so records differ from each other. */
export function article(i: number): string {
  const n = 1 + (i % 4);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(SENTENCES[(i * 7 + k * 3) % SENTENCES.length]);
  return parts.join(' ');
}

/** `count` NDJSON lines with ids r0, r1, …; every `badEvery`-th line is broken in some way. */
export function records(count: number, badEvery = 0): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (badEvery > 0 && i % badEvery === badEvery - 1) {
      const kind = (i / badEvery) % 3;
      if (kind < 1) lines.push(`{"id":"r${i}","text":"غير مكتمل`); // malformed JSON
      else if (kind < 2) lines.push(JSON.stringify({ id: `r${i}`, body: article(i) })); // no text field
      else lines.push(JSON.stringify({ id: `r${i}`, text: 42 })); // text not a string
    } else lines.push(JSON.stringify({ id: `r${i}`, text: article(i) }));
  }
  return lines;
}

/** A readable over the given pieces, each a separate chunk (to split lines and characters). */
export function chunks(pieces: (string | Buffer)[]): Readable {
  return Readable.from(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

/** A writer that keeps everything written to it; `onWrite` sees each write as it happens. */
export function collector(onWrite?: (text: string) => void): LineWriter & { text: () => string } {
  const parts: string[] = [];
  return {
    write: async (chunk) => {
      // Pooled batches write the workers' UTF-8 bytes; writes are whole lines, so decode each.
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      parts.push(text);
      onWrite?.(text);
    },
    text: () => parts.join(''),
  };
}

/** A temporary directory of articles: a.txt, sub/b.txt, notes.md (not an article); returns its path. */
export function articleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-batch-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), article(1));
  writeFileSync(join(dir, 'sub', 'b.txt'), article(2));
  writeFileSync(join(dir, 'notes.md'), article(3));
  return dir;
}

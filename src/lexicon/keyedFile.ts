import { slotArray, slotFile } from './phrases.js';

/**
 * A file of keyed lines that a run reads by key without parsing it: what the build writes for a
 * value looked up by a few keys in a run (the known actors' name index), where JSON.parse of the
 * whole, thousands of keys, would cost a cold start more than all its lookups.
 *
 * The file: the magic number, the size of a hash table of the keys (a power of two, at least twice
 * their number) and the table, as little-endian 32-bit numbers; then a UTF-16 (little-endian)
 * text, which becomes a string by a copy: a head line (any text without a line break), then one
 * line per key, the key, a tab and its value. The hash table holds, at keyHash(key) or the first
 * free place after it, where the key's line starts in the text after the head line (-1 where free).
 */

/** The first four bytes of a keyed file, "khk1" read as a little-endian number. */
const KEYED_FILE_MAGIC = 0x316b686b;

/** A keyed file as read: its head line and the value of a key. */
export interface KeyedFile {
  head: string;
  /** The value of the key, or undefined where the file has no such key. */
  get(key: string): string | undefined;
}

/** The keyed file of a head line and [key, value] pairs; keys are distinct and hold no tab or line break, values and the head no line break. */
export function keyedFile(head: string, entries: readonly (readonly [string, string])[]): Buffer {
  if (head.includes('\n')) throw new Error('keyed file: the head holds a line break');
  let body = '';
  const starts: number[] = [];
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (/[\t\n]/.test(key) || value.includes('\n')) throw new Error(`keyed file: the key "${key}" or its value holds a line break or a tab`);
    if (seen.has(key)) throw new Error(`keyed file: the key "${key}" twice`);
    seen.add(key);
    starts.push(body.length);
    body += `${key}\t${value}\n`;
  }
  return slotFile(KEYED_FILE_MAGIC, entries.map(([key]) => key), starts, keyHash, `${head}\n${body}`);
}

/** The keyed file (keyedFile) in these bytes; null for a file of another kind. */
export function readKeyedFile(file: Buffer): KeyedFile | null {
  if (file.length < 8 || file.readUInt32LE(0) !== KEYED_FILE_MAGIC) return null;
  const size = file.readUInt32LE(4);
  if (size === 0 || (size & (size - 1)) !== 0 || file.length < 8 + 4 * size) return null;
  const slots = slotArray(file, size);
  const text = file.toString('utf16le', 8 + 4 * size);
  const line = text.indexOf('\n');
  if (line < 0) return null;
  const base = line + 1;
  return {
    head: text.slice(0, line),
    get(key) {
      if (key.includes('\t') || key.includes('\n')) return undefined;
      for (let h = keyHash(key) & (size - 1); ; h = (h + 1) & (size - 1)) {
        const at = slots[h];
        if (at < 0) return undefined;
        const start = base + at;
        if (text.charCodeAt(start + key.length) === 9 && text.startsWith(key, start)) return text.slice(start + key.length + 1, text.indexOf('\n', start));
      }
    },
  };
}

/** The hash of a key: FNV-1a over its code units. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

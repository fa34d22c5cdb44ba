/** Encode text as Windows-1256 bytes (the inverse of Node's decoder); throws on unmappable characters. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1256: U+${ch.codePointAt(0)!.toString(16)}`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** Encode text as UTF-16 (LE or BE) bytes, optionally with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const buf = Buffer.alloc(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    if (endian === 'le') buf.writeUInt16LE(units.charCodeAt(i), i * 2);
    else buf.writeUInt16BE(units.charCodeAt(i), i * 2);
  }
  return buf;
}

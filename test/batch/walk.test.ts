import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkTextFiles } from '../../src/batch/walk.js';

const root = mkdtempSync(join(tmpdir(), 'khulasa-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkTextFiles', () => {
  it('lists .txt files recursively, sorted by name, subdirectories where they sort', async () => {
    for (const dir of ['b', 'a/z', 'C']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['b/2.txt', 'b/10.txt', 'a/z/x.TXT', 'a/m.txt', 'C/k.txt', 'top.txt', 'notes.md', 'a/data.json']) writeFileSync(join(root, file), 'نص');
    symlinkSync(join(root, 'b'), join(root, 'loop')); // a linked directory is not followed
    const files: string[] = [];
    for await (const file of walkTextFiles(root)) files.push(file.slice(root.length + 1));
    // Code-unit order: uppercase before lowercase, "10" before "2".
    expect(files).toEqual(['C/k.txt', 'a/m.txt', 'a/z/x.TXT', 'b/10.txt', 'b/2.txt', 'top.txt']);
  });

  it('fails for a missing directory (the caller turns it into an error record)', async () => {
    await expect(walkTextFiles(join(root, 'nope')).next()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

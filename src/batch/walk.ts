import { opendir as opendirThen, stat as statThen, statSync } from 'node:fs';
import type { Dir, Stats } from 'node:fs';
import { join } from 'node:path';

// node:fs's callbacks as promises, not node:fs/promises: every one-shot run calls
// expandDirectories, and that module loads some ten more of node's own at start-up.
function stat(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => statThen(path, (err, info) => (err ? reject(err) : resolve(info))));
}
function opendir(path: string): Promise<Dir> {
  return new Promise((resolve, reject) => opendirThen(path, (err, dir) => (err ? reject(err) : resolve(dir))));
}

/** Which files a directory contributes: plain-text articles (`.txt`) and web pages (`.html`, `.htm`), any case. */
const TEXT_FILE = /\.(?:txt|x?html?)$/i;

/**
 * The .txt files under `dir`, recursively, in a fixed order: entries sorted by name (code unit
 * order, not the locale's, so every machine agrees), each subdirectory walked where it sorts.
 * Symlinked files are followed; symlinked directories are not, so a link cycle cannot loop.
 * Yields lazily, so a huge tree starts producing output at once.
 */
export async function* walkTextFiles(dir: string): AsyncGenerator<string> {
  const entries: { name: string; isDir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.isDirectory()) entries.push({ name: entry.name, isDir: true });
    else if (TEXT_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(join(dir, entry.name)))))) {
      entries.push({ name: entry.name, isDir: false });
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDir) yield* walkTextFiles(path);
    else yield path;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link is not an article
  }
}

/**
 * The paths with each directory replaced by its .txt files (walkTextFiles order); other paths,
 * missing ones included, stay as given so the reader reports them. For the one-shot formats
 * (table, json), which print after reading a known list; batches walk lazily instead.
 */
export async function expandDirectories(paths: readonly string[]): Promise<{ files: string[]; directories: number }> {
  const files: string[] = [];
  let directories = 0;
  for (const path of paths) {
    let isDir = false;
    try {
      // at once, not through libuv's thread pool: a one-article run would start its threads for this alone
      isDir = path !== '-' && statSync(path).isDirectory();
    } catch {
      // Not there or not readable: left for the reader to report in its own words.
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    directories++;
    for await (const file of walkTextFiles(path)) files.push(file);
  }
  return { files, directories };
}

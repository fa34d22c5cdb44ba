import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { summarize } from '../src/index.js';
import { SUMMARY_SCHEMA } from '../src/schema.js';
import { fakeIo } from './cli/fake-io.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(SUMMARY_SCHEMA as object);
const samplesDir = new URL('../samples/', import.meta.url);
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const sharedContract = new URL('../../shared/contract/summary.schema.json', import.meta.url);

interface Range { start: number; end: number }

/** Every evidence offset in a summary must lie in the text, and slice to what the field says. */
function evidenceProblems(text: string, s: ReturnType<typeof summarize>): string[] {
  const problems: string[] = [];
  const inText = (what: string, r: Range | null | undefined) => {
    if (r && !(0 <= r.start && r.start <= r.end && r.end <= text.length)) problems.push(`${what}: [${r.start}, ${r.end}) outside the text`);
  };
  for (const p of s.participants) {
    inText(`participant ${p.name}`, p);
    p.mentions.forEach((m, i) => inText(`participant ${p.name} mention ${i}`, m));
  }
  for (const m of s.meetings) {
    inText('meeting', m);
    inText('meeting location', m.locationSpan);
    inText('meeting date', m.dateSpan);
    if (m.location && m.locationSpan && !placeReads(text.slice(m.locationSpan.start, m.locationSpan.end), m.location)) problems.push(`location ${m.location} is not its slice`);
    if (m.date && m.dateSpan && text.slice(m.dateSpan.start, m.dateSpan.end) !== m.date) problems.push(`date ${m.date} is not its slice`);
  }
  for (const p of s.positions) {
    inText('position', p);
    if (text.slice(p.start, p.end) !== p.statement) problems.push(`position statement is not text.slice(${p.start}, ${p.end})`);
  }
  for (const r of s.resolutions) {
    inText(`resolution ${r.number}`, r);
    if (text.slice(r.start, r.end) !== r.text) problems.push(`resolution ${r.number} text is not its slice`);
  }
  return problems;
}

describe('the JSON Schema', () => {
  it('keeps every field of the shared contract, with the same required lists', () => {
    if (!existsSync(sharedContract)) return; // the contract lives beside the project during development
    const contract = JSON.parse(readFileSync(sharedContract, 'utf8'));
    const ours = SUMMARY_SCHEMA as unknown as typeof contract;
    expect(ours.required).toEqual(expect.arrayContaining(contract.required));
    for (const key of ['participants', 'meetings', 'positions', 'resolutions'] as const) {
      const theirs = contract.properties[key].items;
      const mine = ours.properties[key].items;
      expect(mine.required, key).toEqual(expect.arrayContaining(theirs.required));
      for (const [field, spec] of Object.entries(theirs.properties)) expect(mine.properties[field], `${key}.${field}`).toMatchObject(spec as object);
    }
  });

  it('rejects what the contract forbids', () => {
    const good = { schemaVersion: 1, participants: [], meetings: [], positions: [], resolutions: [] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...good, resolutions: [{ body: 'UNSC', number: '٢٢٥٤', text: 'x', start: 0, end: 1 }] })).toBe(false);
    expect(validate({ ...good, participants: [{ name: 'x', aliases: [], kind: 'person', role: null, country: 'Egypt', organization: null }] })).toBe(false);
  });
});

describe.each(samples)('samples/%s', (file) => {
  const text = readFileSync(new URL(file, samplesDir), 'utf8');

  it('summarize() output validates and its evidence offsets hold', () => {
    const summary = summarize(text);
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(evidenceProblems(text, summary)).toEqual([]);
  });

  it('the CLI prints the same object, which validates against the shared contract too', async () => {
    const { io, out } = fakeIo();
    expect(await run([new URL(file, samplesDir).pathname], io)).toBe(0);
    const printed = JSON.parse(out());
    expect(printed).toEqual(JSON.parse(JSON.stringify(summarize(text))));
    if (existsSync(sharedContract)) {
      const contract = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(sharedContract, 'utf8')));
      expect(contract(printed), JSON.stringify(contract.errors)).toBe(true);
    }
  });
});

describe('several inputs', () => {
  it('the array output validates item by item, each with a source', async () => {
    const { io, out } = fakeIo();
    const paths = samples.map((f) => new URL(f, samplesDir).pathname);
    expect(await run(paths, io)).toBe(0);
    const list = JSON.parse(out());
    expect(list).toHaveLength(samples.length);
    for (const [i, item] of list.entries()) {
      expect(item.source).toBe(paths[i]);
      expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

/** A location is its span's text, or the name in a "لل" word with its ا given back (للسعودية → السعودية). */
function placeReads(slice: string, location: string): boolean {
  return slice === location || (slice.startsWith('لل') && location === 'ا' + slice.slice(1));
}

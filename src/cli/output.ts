import type { Summary } from '../types.js';
import type { Format, Lang } from './args.js';
import type { Io } from './io.js';
import { JsonArrayWriter, renderJson, renderNdjsonLine } from '../render/json.js';

/** A summary as printed: the contract object, with `source` first when several inputs are printed. */
export type Printed = Summary & { source?: string };

/**
 * Where summaries go, one per input as soon as it is ready. A new output format is a new Sink;
 * run() does not change.
 */
export interface Sink {
  /** `text` is what the summary's offsets point into (the article, or a page's extracted text), for views that quote it (--context) or place items in it. */
  write(source: string, summary: Summary, text?: string): Promise<void>;
  /** Called once after the last input (not after Ctrl-C: a cut-off array stays visibly cut off). */
  end(): Promise<void>;
}

/** How to print. */
export interface SinkOptions {
  format: Format;
  compact: boolean;
  lang: Lang;
  color: boolean;
  /** Several inputs: JSON becomes an array and every summary names its source. */
  multi: boolean;
  /** Brief and table: each item followed by its sentence (--context). */
  context?: boolean;
  /** Brief and table: Arabic in visual order with shaped letters (--visual). */
  visual?: boolean;
}

function withSource(source: string, summary: Summary): Printed {
  return { source, ...summary };
}

/** Columns available for tables: the terminal's width, else $COLUMNS, else 100. */
export function tableWidth(io: Io): number {
  const cols = io.stdout.columns || Number(io.env.COLUMNS) || 100;
  return Math.max(40, cols);
}

/** Build the sink for a format; the renderers, chalk and ICU (--visual) are loaded only when people's formats are printed. */
export async function createSink(options: SinkOptions, io: Io): Promise<Sink> {
  const out = (chunk: string) => io.stdout.write(chunk);
  switch (options.format) {
    case 'json': {
      if (!options.multi) return { write: (_source, summary) => out(renderJson(summary, options.compact)), end: async () => undefined };
      const array = new JsonArrayWriter(options.compact, out);
      return { write: (source, summary) => array.item(withSource(source, summary)), end: () => array.end() };
    }
    case 'ndjson':
      return { write: (source, summary) => out(renderNdjsonLine(withSource(source, summary))), end: async () => undefined };
    case 'events':
    case 'events-csv': {
      // The event code and the rows' columns are in src/events; loaded only for this format.
      const { eventRows, eventHeader, eventLines } = await import('../events/index.js');
      const kind = options.format === 'events' ? 'tsv' : 'csv';
      let header = false;
      const ensureHeader = async () => {
        if (!header) await out(eventHeader(kind));
        header = true;
      };
      return {
        write: async (source, summary, text) => {
          await ensureHeader();
          const lines = eventLines(eventRows(summary, text ?? summary.document?.text ?? '', source), kind);
          if (lines) await out(lines);
        },
        end: ensureHeader,
      };
    }
    case 'explain': {
      const { renderExplain } = await import('../render/explain.js');
      const { RULES } = await import('../registry.js');
      const rules = new Map(RULES.map((r) => [r.id, r]));
      const chalk = options.color ? new (await import('chalk')).Chalk({ level: 1 }) : null;
      let first = true;
      return {
        write: async (source, summary, text) => {
          await out((first ? '' : '\n') + renderExplain(summary, { text: text ?? '', rules, chalk, source: options.multi ? source : undefined }));
          first = false;
        },
        end: async () => undefined,
      };
    }
    case 'brief':
    case 'table': {
      // Loaded only for people's formats: JSON output never pays for them.
      const { renderTable } = await import('../render/table.js');
      const { renderBrief } = await import('../render/brief.js');
      const { sanitizeForTerminal } = await import('../render/sanitize.js');
      const chalk = options.color ? new (await import('chalk')).Chalk({ level: 1 }) : null;
      const visual = options.visual ? await (await import('../render/visual.js')).loadVisual() : null;
      const render = options.format === 'brief' ? renderBrief : renderTable;
      let first = true;
      return {
        write: async (source, summary, text) => {
          let rendered = render(summary, {
            lang: options.lang,
            width: tableWidth(io),
            chalk,
            source: options.multi ? source : undefined,
            text,
            context: options.context,
            prepare: visual ? (s) => visual.shape(sanitizeForTerminal(s)) : undefined,
          });
          if (visual) rendered = rendered.split('\n').map(visual.reorder).join('\n');
          await out((first ? '' : '\n') + rendered);
          first = false;
        },
        end: async () => undefined,
      };
    }
  }
}

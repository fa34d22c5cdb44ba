import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describe as describeStats, shouldSpin, startProgress } from '../../src/batch/progress.js';

describe('progress', () => {
  it('spins only on a terminal with a width, outside CI, without --quiet', () => {
    const tty = { isTTY: true, columns: 80 };
    expect(shouldSpin(tty, {}, false)).toBe(true);
    expect(shouldSpin({ isTTY: false, columns: 80 }, {}, false)).toBe(false);
    expect(shouldSpin({ isTTY: true, columns: 0 }, {}, false)).toBe(false);
    expect(shouldSpin({ isTTY: true }, {}, false)).toBe(false);
    expect(shouldSpin(tty, { CI: 'true' }, false)).toBe(false);
    expect(shouldSpin(tty, {}, true)).toBe(false);
  });

  it('shows count, rate and errors', () => {
    expect(describeStats({ records: 12345, errors: 1, internal: 0, chars: 0 }, 2)).toBe('12,345 articles · 6,173/s · 1 error');
    expect(describeStats({ records: 0, errors: 0, internal: 0, chars: 0 }, 0)).toBe('0 articles · 0/s · 0 errors');
  });

  it('draws nothing when it should not spin', async () => {
    let written = '';
    const stream = new Writable({ write: (c, _e, done) => ((written += String(c)), done()) });
    const progress = await startProgress({ isTTY: false }, {}, false, stream);
    progress.update({ records: 5, errors: 0, internal: 0, chars: 0 });
    progress.stop();
    expect(written).toBe('');
  });

  it('draws the counts on a terminal', async () => {
    let written = '';
    // The terminal calls ora makes on a TTY stream.
    const stream = Object.assign(new Writable({ write: (c, _e, done) => ((written += String(c)), done()) }), {
      isTTY: true,
      columns: 80,
      cursorTo: () => true,
      moveCursor: () => true,
      clearLine: () => true,
    });
    let t = 0;
    const progress = await startProgress({ isTTY: true, columns: 80 }, {}, false, stream, () => (t += 1000));
    progress.update({ records: 40, errors: 2, internal: 0, chars: 0 });
    progress.stop();
    expect(written).toContain('40 articles');
    expect(written).toContain('2 errors');
  });
});

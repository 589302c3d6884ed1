import { tenths } from './generation-progress.js';

describe('generation progress', () => {
  it('tells each tenth of a phase once, and starts again in the next phase', () => {
    const newTenth = tenths();
    const told = [
      ['import', 0],
      ['import', 5],
      ['import', 10],
      ['import', 19],
      ['import', 20],
      ['import', 100],
      ['days', 0],
      ['days', 1],
    ].filter(([phase, done]) => newTenth(String(phase), Number(done), 100));
    expect(told).toEqual([
      ['import', 0],
      ['import', 10],
      ['import', 20],
      ['import', 100],
      ['days', 0],
    ]);
  });
});

import { createLogger, maskPersonnummer, PinoNestLogger } from './logger.js';

const capture = () => {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
};

describe('logging keeps personal data out', () => {
  it('masks a personnummer written in free text, in every written form', () => {
    for (const form of ['19121212-1212', '191212121212', '121212-1212', '1212121212', '121212+1212'])
      expect(maskPersonnummer(`lookup of ${form} failed`)).toBe('lookup of [personnummer] failed');
    expect(maskPersonnummer('order 2025-03-04 for 12 aids')).toBe('order 2025-03-04 for 12 aids');
  });

  it('redacts personnummer fields and authorization headers in logged objects', () => {
    const { lines, destination } = capture();
    const logger = createLogger('info', destination);
    logger.info(
      { person: { personnummer: '191212121212' }, req: { headers: { authorization: 'Bearer abc' } } },
      'registered',
    );
    logger.info('free text 19121212-1212');
    const output = lines.join('\n');
    expect(output).not.toContain('191212121212');
    expect(output).not.toContain('19121212-1212');
    expect(output).not.toContain('Bearer abc');
    expect(output).toContain('[redacted]');
  });

  it("keeps Nest's structured messages as fields", () => {
    const { lines, destination } = capture();
    new PinoNestLogger(createLogger('info', destination)).log({ msg: 'demo history: ready', commands: 12 }, 'DemoData');
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'demo history: ready', commands: 12, context: 'DemoData' });
  });
});

import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { accessLogProjection, evolveAccessLogRow } from './access-log.projection.js';

const read = {
  at: '2025-06-01T09:15:00.000Z',
  actor: 'rut.revisor',
  role: 'auditor',
  personId: 'p1',
  action: 'person.aids.read',
  correlationId: 'c1',
};

describe('access log evolve', () => {
  const spec = evolveSpec(evolveAccessLogRow);
  const e = eventLog();

  it('an entry keeps who read what about whom and when, and its place in the day stream', () => {
    const accessed = e('PersonDataAccessed', read);
    spec.given(accessed).then({
      entry_id: accessed.id,
      at: '2025-06-01T09:15:00.000Z',
      actor: 'rut.revisor',
      role: 'auditor',
      person_id: 'p1',
      action: 'person.aids.read',
      correlation_id: 'c1',
      stream_id: 'accesslog-2025-06-01',
      revision: 0,
    });
  });

  it('an entry never changes: the same event again keeps the row', () => {
    const accessed = e('PersonDataAccessed', read);
    const { row } = spec.given(accessed);
    expect(evolveAccessLogRow(row, { ...accessed, data: { ...read, actor: 'someone.else' } }, accessed)).toBe(row);
  });
});

describe('access log projection', () => {
  it('keeps one row per read, two reads of one person by one actor included', async () => {
    const e = eventLog();
    const first = e('PersonDataAccessed', read);
    const second = e('PersonDataAccessed', { ...read, at: '2025-06-01T09:16:00.000Z', correlationId: 'c2' });
    const other = e('PersonDataAccessed', { ...read, personId: 'p2', actor: 'lena.lager', role: 'warehouse' });
    await projectionSpec(accessLogProjection)
      .given(first, second, other)
      .then('entries', [
        { entry_id: first.id, person_id: 'p1', correlation_id: 'c1', revision: 0, position: Number(first.position) },
        { entry_id: second.id, person_id: 'p1', correlation_id: 'c2', revision: 1, position: Number(second.position) },
        { entry_id: other.id, person_id: 'p2', actor: 'lena.lager', role: 'warehouse', revision: 2 },
      ]);
  });

  it('reads no other event', async () => {
    const e = eventLog();
    await projectionSpec(accessLogProjection)
      .given(
        e('PersonRegistered', {
          personId: 'p1',
          personnummer: '191212121212',
          sex: 'female',
          birthYear: 1912,
          municipality: 'Sala',
        }),
        e('PersonDataAccessed', read),
      )
      .then('entries', [{ person_id: 'p1', action: 'person.aids.read' }]);
  });
});

import { jest } from '@jest/globals';
import * as fc from 'fast-check';
import {
  type StoredEvent,
  appendedPosition,
  isSystemEvent,
  positionOf,
  toRecordedEvent,
} from './eventstoredb-mapping.js';

const created = new Date('2025-06-18T08:30:00.000Z');
const ours = {
  actor: 'user:anna',
  occurredAt: '2025-06-18T08:29:59.000Z',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  causationId: 'c0ffee00-0000-4000-8000-000000000002',
  schemaVersion: 1,
  hash: 'ab12',
};

/** What the client hands over: `data` and `metadata` as its convertGrpcEvent leaves them. */
const stored = (fields: { data?: unknown; metadata?: unknown; isJson?: boolean; position?: bigint }): StoredEvent =>
  ({
    id: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
    streamId: 'asset-1',
    type: 'AidDelivered',
    revision: 3n,
    isJson: fields.isJson ?? true,
    created,
    data: 'data' in fields ? fields.data : { deliveredOn: '2025-06-18' },
    metadata: 'metadata' in fields ? fields.metadata : ours,
    position: fields.position === undefined ? undefined : { commit: fields.position, prepare: fields.position },
  }) as StoredEvent;

const NO_POSITION = 2n ** 64n - 1n;

describe('EventStoreDB mapping of a recorded event', () => {
  it('returns an event we wrote exactly as written', () => {
    expect(toRecordedEvent(stored({ position: 4711n }))).toEqual({
      id: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
      streamId: 'asset-1',
      type: 'AidDelivered',
      revision: 3n,
      position: 4711n,
      data: { deliveredOn: '2025-06-18' },
      metadata: ours,
      recordedAt: '2025-06-18T08:30:00.000Z',
    });
  });

  it("takes the position from the read response when the record carries none (the wire's ulong max)", () => {
    expect(positionOf({ position: { commit: NO_POSITION, prepare: NO_POSITION } }, 99n)).toBe(99n);
    expect(positionOf({}, 99n)).toBe(99n);
    expect(positionOf({}, NO_POSITION)).toBe(-1n);
    expect(positionOf({})).toBe(-1n);
  });

  describe('an event another tool wrote reads with safe defaults instead of stalling projections', () => {
    it('binary data that is no JSON is kept as base64, and missing metadata attributes it to nobody known', () => {
      const event = toRecordedEvent(
        stored({ isJson: false, data: Uint8Array.from([0xff, 0x00, 0x41]), metadata: undefined, position: 5n }),
      );
      expect(event.data).toEqual({ base64: '/wBB' });
      expect(event.metadata).toEqual({
        actor: 'unknown',
        occurredAt: '2025-06-18T08:30:00.000Z',
        correlationId: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
        causationId: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
        schemaVersion: 0,
      });
    });

    it('binary data that holds a JSON object reads as that object', () => {
      const data = new TextEncoder().encode('{"serial":"A-17"}');
      expect(toRecordedEvent(stored({ isJson: false, data })).data).toEqual({ serial: 'A-17' });
    });

    it('JSON data that is no object, or that the client could not parse, is wrapped as { value }', () => {
      expect(toRecordedEvent(stored({ data: [1, 2] })).data).toEqual({ value: [1, 2] });
      expect(toRecordedEvent(stored({ data: 42 })).data).toEqual({ value: 42 });
      expect(toRecordedEvent(stored({ data: '{"broken' })).data).toEqual({ value: '{"broken' });
      expect(toRecordedEvent(stored({ data: '' })).data).toEqual({});
      expect(toRecordedEvent(stored({ isJson: false, data: new Uint8Array() })).data).toEqual({});
    });

    it('partial metadata keeps what is valid and fills in the rest; a hash that is no text is dropped', () => {
      const metadata = toRecordedEvent(
        stored({ metadata: { actor: 'import-tool', source: 'legacy', hash: 7 } }),
      ).metadata;
      expect(metadata).toEqual({
        actor: 'import-tool',
        source: 'legacy',
        occurredAt: '2025-06-18T08:30:00.000Z',
        correlationId: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
        causationId: '0b7e6f7a-1d1c-4c55-9d43-5a3f0e2b9c11',
        schemaVersion: 0,
      });
    });

    it('metadata that is no JSON object (the client hands over bytes it could not parse) gets the defaults', () => {
      for (const metadata of [Uint8Array.from([1, 2, 3]), ['a'], 'text', null]) {
        expect(toRecordedEvent(stored({ metadata })).metadata).toMatchObject({ actor: 'unknown', schemaVersion: 0 });
      }
    });

    it('whatever the data and metadata, mapping does not throw and yields a JSON object with complete metadata', () => {
      const anything = fc.oneof(
        fc.jsonValue(),
        fc.string(),
        fc.uint8Array(),
        fc.constant(undefined),
        fc.dictionary(fc.string(), fc.jsonValue()),
      );
      fc.assert(
        fc.property(anything, anything, fc.boolean(), (data, metadata, isJson) => {
          const event = toRecordedEvent(stored({ data, metadata, isJson }));
          expect(typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data)).toBe(true);
          expect(() => JSON.stringify(event.data)).not.toThrow();
          for (const key of ['actor', 'occurredAt', 'correlationId', 'causationId'] as const) {
            expect(typeof event.metadata[key]).toBe('string');
          }
          expect(typeof event.metadata.schemaVersion).toBe('number');
          expect(event.metadata.hash === undefined || typeof event.metadata.hash === 'string').toBe(true);
        }),
      );
    });
  });

  it('counts events of the server ($ types, $ streams) as system events, ours not', () => {
    expect(isSystemEvent({ type: '$statsCollected', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: '$>', streamId: '$ce-asset' })).toBe(true);
    expect(isSystemEvent({ type: 'Anything', streamId: '$projections-x' })).toBe(true);
    expect(isSystemEvent({ type: 'AidDelivered', streamId: 'asset-1' })).toBe(false);
  });
});

describe('EventStoreDB position of an append', () => {
  it('is the position the client reports for a write', async () => {
    const positionAt = jest.fn(async () => 1n);
    const position = await appendedPosition(
      { nextExpectedRevision: 4n, position: { commit: 800n, prepare: 800n } },
      positionAt,
    );
    expect(position).toBe(800n);
    expect(positionAt).not.toHaveBeenCalled();
  });

  it('of an idempotent re-append (no position from the client) is that of the stored last event, read back by revision', async () => {
    const positionAt = jest.fn(async (revision: bigint) => (revision === 4n ? 800n : undefined));
    expect(await appendedPosition({ nextExpectedRevision: 4n, position: undefined }, positionAt)).toBe(800n);
    expect(positionAt).toHaveBeenCalledWith(4n);
  });

  it('reads back as well when the position on the wire is "none"', async () => {
    const position = await appendedPosition(
      { nextExpectedRevision: 0n, position: { commit: NO_POSITION, prepare: NO_POSITION } },
      async () => 12n,
    );
    expect(position).toBe(12n);
  });

  it('is -1n only when no event is at that revision (nothing appended to an empty stream)', async () => {
    expect(await appendedPosition({ nextExpectedRevision: 0n, position: undefined }, async () => undefined)).toBe(-1n);
    expect(await appendedPosition({ nextExpectedRevision: -1n, position: undefined }, async () => 5n)).toBe(-1n);
  });
});

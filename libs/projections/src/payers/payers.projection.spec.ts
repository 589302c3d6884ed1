import type { PayerRegistered } from '@aidledger/domain';
import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { evolvePayerRow, payersProjection } from './payers.projection.js';

const municipal: PayerRegistered['data'] = {
  payerId: 'KUND-SALA',
  name: 'Sala kommun',
  kind: 'municipality',
  municipality: 'Sala',
};
const region: PayerRegistered['data'] = {
  payerId: 'REGION-VL',
  name: 'Region Västmanland',
  kind: 'region',
  municipality: null,
};

describe('payers projection', () => {
  it('lists each registered payer once', async () => {
    const e = eventLog();
    await projectionSpec(payersProjection)
      .given(e('PayerRegistered', municipal), e('PayerRegistered', region))
      .then('payers', [
        { payer_id: 'KUND-SALA', kind: 'municipality', municipality: 'Sala' },
        { payer_id: 'REGION-VL', kind: 'region', municipality: null },
      ]);
  });
});

describe('payers evolve', () => {
  const payers = evolveSpec(evolvePayerRow);
  const e = eventLog();

  it('applying the same event twice changes nothing', () => {
    const { row } = payers.given(e('PayerRegistered', municipal));
    expect(evolvePayerRow(row, e('PayerRegistered', municipal))).toBe(row);
  });
});

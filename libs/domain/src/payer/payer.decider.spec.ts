import { given } from '../testing/decider-spec.js';
import type { RegisterPayer } from './payer.commands.js';
import { payerDecider, payerView } from './payer.decider.js';
import type { PayerEvent } from './payer.events.js';

const register = (overrides: Partial<RegisterPayer['data']> = {}): RegisterPayer => ({
  type: 'RegisterPayer',
  data: {
    payerId: 'KUND-VASTERAS',
    name: 'Västerås stad',
    kind: 'municipality',
    municipality: 'Västerås',
    ...overrides,
  },
});
const registered: PayerEvent = {
  type: 'PayerRegistered',
  data: { payerId: 'KUND-VASTERAS', name: 'Västerås stad', kind: 'municipality', municipality: 'Västerås' },
};

describe('payer decider', () => {
  it('registers a municipal payer', () => {
    given(payerDecider, []).when(register()).then([registered]);
  });

  it('registers a region unit without a municipality', () => {
    given(payerDecider, [])
      .when(register({ payerId: 'REGION-VL', name: 'Region Västmanland', kind: 'region', municipality: undefined }))
      .then([
        {
          type: 'PayerRegistered',
          data: { payerId: 'REGION-VL', name: 'Region Västmanland', kind: 'region', municipality: null },
        },
      ]);
  });

  it('a municipal payer names its municipality', () => {
    given(payerDecider, [])
      .when(register({ municipality: ' ' }))
      .thenThrows('PAYER.INVALID', 'invalid');
  });

  it('refuses a kind that is neither municipality nor region', () => {
    given(payerDecider, [])
      .when(register({ kind: 'county' as never }))
      .thenThrows('PAYER.INVALID', 'invalid');
  });

  it('needs a name', () => {
    given(payerDecider, [])
      .when(register({ name: '' }))
      .thenThrows('PAYER.INVALID', 'invalid');
  });

  it('does nothing when the same payer is registered again', () => {
    given(payerDecider, [registered]).when(register()).then([]);
  });

  it('registering it again with other facts is a conflict', () => {
    given(payerDecider, [registered])
      .when(register({ name: 'Västerås kommun' }))
      .thenThrows('PAYER.ALREADY_REGISTERED', 'conflict');
  });

  it('payerView tells handlers the payer', () => {
    expect(payerView(payerDecider.initialState())).toBeNull();
    expect(payerView(given(payerDecider, [registered]).state)).toEqual(registered.data);
  });
});

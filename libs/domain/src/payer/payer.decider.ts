import { requireText } from '../shared/business-day.js';
import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { PayerCommand } from './payer.commands.js';
import type { PayerEvent, PayerKind, PayerRegistered } from './payer.events.js';

export type PayerState = { status: 'initial' } | ({ status: 'registered' } & PayerRegistered['data']);

const kinds: readonly PayerKind[] = ['municipality', 'region'];

const invalid = (field: string, message: string): DomainError =>
  new DomainError('PAYER.INVALID', message, 'invalid', { field });

const samePayer = (a: PayerRegistered['data'], b: PayerRegistered['data']): boolean =>
  a.payerId === b.payerId && a.name === b.name && a.kind === b.kind && a.municipality === b.municipality;

export const payerDecider: Decider<PayerCommand, PayerEvent, PayerState> = {
  initialState: () => ({ status: 'initial' }),
  evolve: (_state, event) => ({ status: 'registered', ...event.data }),
  decide: ({ data }, state) => {
    requireText('PAYER.INVALID', 'payerId', data.payerId);
    requireText('PAYER.INVALID', 'name', data.name);
    if (!kinds.includes(data.kind)) throw invalid('kind', 'kind must be municipality or region');
    const municipality = data.municipality?.trim() || null;
    // When a person moves, the payer of the new municipality takes over their aids: it must name it.
    if (data.kind === 'municipality' && municipality === null)
      throw invalid('municipality', 'a municipal payer names its municipality');
    const registered: PayerRegistered['data'] = {
      payerId: data.payerId,
      name: data.name.trim(),
      kind: data.kind,
      municipality,
    };
    if (state.status === 'registered') {
      const { status: _status, ...existing } = state;
      // The same registration again (a retried import) does nothing; other facts are a conflict.
      if (samePayer(existing, registered)) return [];
      throw new DomainError(
        'PAYER.ALREADY_REGISTERED',
        `Payer ${data.payerId} is already registered with other facts`,
        'conflict',
        { payerId: data.payerId },
      );
    }
    return [{ type: 'PayerRegistered', data: registered }];
  },
};

/** The payer as handlers need it; null when unknown. */
export const payerView = (state: PayerState): PayerRegistered['data'] | null => {
  if (state.status === 'initial') return null;
  const { status: _status, ...payer } = state;
  return payer;
};

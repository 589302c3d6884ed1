import type { Decider } from '../shared/decider.js';
import { DomainError, type DomainErrorKind } from '../shared/domain-error.js';

/**
 * Given/When/Then for deciders: `given(decider, events).when(command).then(events)`
 * or `.thenThrows(code)`. Only for tests (uses jest's `expect`).
 */
export const given = <Command, Event, State>(decider: Decider<Command, Event, State>, events: Event[] = []) => {
  const state = events.reduce(decider.evolve, decider.initialState());
  return {
    state,
    when: (command: Command) => {
      const run = (): Event[] => decider.decide(command, state);
      return {
        then: (expected: Event[]): void => {
          expect(run()).toEqual(expected);
        },
        thenThrows: (code: string, kind?: DomainErrorKind): DomainError => {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          const domainError = thrown as DomainError;
          expect(domainError.code).toBe(code);
          if (kind) expect(domainError.kind).toBe(kind);
          return domainError;
        },
      };
    },
  };
};

/** An aggregate as three pure functions (the decider pattern). Time enters through the command. */
export type Decider<Command, Event, State> = {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
};

/** An aggregate as three pure functions (the decider pattern). Time enters through the command. */
export type Decider<Command, Event, State> = {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
};

/** The end of an exhaustive switch: a case the types say cannot happen (an unknown stored type does). */
export const unreachable = (value: never, what: string): never => {
  throw new Error(`Unknown ${what} ${JSON.stringify(value)}`);
};

/** A command or an event: its type (what is stored) and its plain-JSON data. */
export type Message<Type extends string, Data> = { type: Type; data: Data };

/** `today` is the ISO day in Europe/Stockholm, supplied by the caller: business days are checked against it. */
export type Today = { today: string };

/** Makes the named fields optional (a business day that defaults to today). */
export type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** One function per message type, complete by its type: a new command or event cannot be forgotten. */
export type ByType<M extends { type: string }, S, R> = {
  [T in M['type']]: (message: Extract<M, { type: T }>, state: S) => R;
};

/** Dispatches a message to the function for its type. */
export const byType =
  <M extends { type: string }, S, R>(handlers: ByType<M, S, R>) =>
  (message: M, state: S): R =>
    (handlers[message.type as M['type']] as (message: M, state: S) => R)(message, state);

/**
 * A live subscription whose iteration ends as soon as `unsubscribe()` is called. The client's
 * `unsubscribe()` first waits for its gRPC call to be set up (long, or for ever, while no node of a cluster
 * can be reached), then cancels it; its for-await iterator ends only once that cancellation has travelled
 * through the client's stream, after yielding what was buffered. So a pending `next()` here races a stop
 * signal, nothing is delivered after `unsubscribe()`, and `unsubscribe()` resolves without waiting for the
 * call to end (`close()` ends every call). Ending the iteration in any other way (break, error, the server
 * ending the call) cancels the call too, as the embedded store's subscription does.
 */
export const endOnUnsubscribe = <T, R>(
  source: AsyncIterable<T> & { unsubscribe(): Promise<void> },
  map: (item: T) => R | undefined,
): AsyncIterable<R> & { unsubscribe(): Promise<void> } => {
  let stopped = false;
  let signalStop: () => void = () => undefined;
  const stopping = new Promise<undefined>((resolve) => (signalStop = () => resolve(undefined)));
  let cancelling: Promise<unknown> | undefined;
  let iterated = false;

  const unsubscribe = async (): Promise<void> => {
    stopped = true;
    signalStop();
    cancelling ??= Promise.resolve()
      .then(() => source.unsubscribe())
      .catch(() => undefined);
  };

  async function* deliver(): AsyncGenerator<R> {
    const iterator = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (stopped) return;
        const next = iterator.next();
        const result = await Promise.race([next, stopping]);
        if (result === undefined) {
          // Left pending; it settles (or fails) once the cancelled call ends, and nobody waits for it.
          next.catch(() => undefined);
          return;
        }
        if (result.done) return;
        const mapped = map(result.value);
        if (mapped !== undefined && !stopped) yield mapped;
      }
    } finally {
      void unsubscribe();
      // Queued behind a pending next(): releases the client's stream once that settles.
      iterator.return?.()?.catch(() => undefined);
    }
  }

  return {
    unsubscribe,
    [Symbol.asyncIterator]() {
      if (iterated) throw new Error('A subscription can be iterated once');
      iterated = true;
      return deliver();
    },
  };
};

/**
 * A promise started now and awaited later (git reading the next chunk or the next commit
 * while this thread works): should the caller stop before it awaits the promise, its
 * rejection must not go unhandled. Awaiting it still throws as usual.
 */
export function startedEarly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

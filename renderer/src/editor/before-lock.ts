// Work that must finish before the vault locks (the editor's pending autosave, say). The lock
// button and shortcut call runBeforeLock() first; locking drops the keys, so anything still
// unsaved afterwards would be lost.

type BeforeLock = () => Promise<unknown>;

const tasks = new Set<BeforeLock>();

/** Registers work to run before locking; returns the function that unregisters it. */
export function registerBeforeLock(fn: BeforeLock): () => void {
  // A wrapper, so the same function registered twice is two registrations.
  const entry: BeforeLock = () => fn();
  tasks.add(entry);
  return () => {
    tasks.delete(entry);
  };
}

/** Runs every registered task at once and waits for all of them; a failing task does not stop the lock. */
export async function runBeforeLock(): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
}

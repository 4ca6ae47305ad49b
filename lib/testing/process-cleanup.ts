/**
 * For the scripts that start real processes (the reliability suite, the benchmarks): everything a
 * run starts (servers, databases, temporary directories) registers how to undo it here;
 * `runCleanup` undoes it all, newest first, once, whether the run passed, failed, threw or was
 * interrupted (SIGINT, SIGTERM, SIGHUP).
 */
type Undo = { name: string; undo: () => Promise<void> | void };

const stack: Undo[] = [];
let running: Promise<void> | undefined;

/** Registers an undo step; the returned function removes it (the resource was released early). */
export function onCleanup(name: string, undo: Undo['undo']): () => void {
  const entry = { name, undo };
  stack.push(entry);
  return () => {
    const at = stack.indexOf(entry);
    if (at >= 0) stack.splice(at, 1);
  };
}

export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (stack.length) {
      const { name, undo } = stack.pop()!;
      try {
        await undo();
      } catch (error) {
        console.error(`cleanup: ${name} failed: ${(error as Error).message}`);
      }
    }
  })();
  return running;
}

/** Interrupted: tear down, then leave with the conventional status. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: tearing down`);
      void runCleanup().finally(() => process.exit(code));
    });
  }
}

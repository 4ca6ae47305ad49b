/**
 * What the benchmark starts (the server, a database, temporary directories) registers how to undo
 * it here; `runCleanup` undoes it all, newest first, once, on success, failure or interruption.
 */
type Undo = { name: string; undo: () => Promise<void> | void };

const stack: Undo[] = [];
let running: Promise<void> | undefined;

export function onCleanup(name: string, undo: Undo['undo']): void {
  stack.push({ name, undo });
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

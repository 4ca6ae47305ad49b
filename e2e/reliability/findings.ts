/**
 * What a case found: its figures (for the summary line) and its failures, grouped by kind with a
 * few examples each, so a thousand identical failures read as one line and a count.
 */
export class Findings {
  readonly figures: string[] = [];
  private readonly failures = new Map<string, { count: number; examples: string[] }>();

  /** Adds a figure to the summary line: `figure('charges', 1500)` reads "1500 charges". */
  figure(name: string, value: number | string): void {
    this.figures.push(`${value} ${name}`);
  }

  fail(kind: string, example: string): void {
    const entry = this.failures.get(kind) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3) entry.examples.push(example.length > 600 ? `${example.slice(0, 600)}…` : example);
    this.failures.set(kind, entry);
  }

  /** Records a failure of `kind` unless `condition` holds; returns the condition. */
  check(condition: boolean, kind: string, example: () => string): boolean {
    if (!condition) this.fail(kind, example());
    return condition;
  }

  get failureCount(): number {
    let total = 0;
    for (const { count } of this.failures.values()) total += count;
    return total;
  }

  /** One block per kind of failure: its count, then its examples. */
  failureLines(): string[] {
    return [...this.failures].flatMap(([kind, { count, examples }]) => [`  ✗ ${kind} (${count}×)`, ...examples.map((e) => `      e.g. ${e}`)]);
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Findings } from './findings';

/** One case's outcome, as the summary and the JSON report for `npm test` show it. */
export interface CaseReport {
  id: string;
  title: string;
  passed: boolean;
  seconds: number;
  findings: Findings;
  /** What the servers logged while the case ran. */
  serverLogs: string[];
}

export function summaryLine(report: CaseReport): string {
  return `${report.id} ${report.title}: ${report.passed ? 'passed' : 'FAILED'} in ${report.seconds.toFixed(1)} s — ${report.findings.figures.join(', ')}`;
}

/** How many error (or fatal) lines the servers logged, by message: what a case caused that no answer showed. */
export function loggedErrors(logs: string[]): string {
  const byMessage = new Map<string, number>();
  for (const line of logs.join('\n').split('\n')) {
    if (!/"level":(50|60)/.test(line)) continue;
    const message = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 80);
    byMessage.set(message, (byMessage.get(message) ?? 0) + 1);
  }
  const total = [...byMessage.values()].reduce((a, b) => a + b, 0);
  return total ? `${total} (${[...byMessage].map(([m, n]) => `${m} ×${n}`).join('; ')})` : '0';
}

/** Prints every case's line and failures, then `N passed, N failed` (a set-up that failed counts as one failure). */
export function printSummary(reports: readonly CaseReport[], setupError: unknown, seconds: number): { passed: number; failed: number } {
  console.log('\nReliability suite');
  for (const report of [...reports].sort((a, b) => a.id.localeCompare(b.id))) {
    console.log(summaryLine(report));
    for (const line of report.findings.failureLines()) console.log(line);
  }
  if (setupError) console.log(`set-up failed: ${(setupError as Error).stack ?? String(setupError)}`);
  const passed = reports.filter((r) => r.passed).length;
  const failed = reports.length - passed + (setupError ? 1 : 0);
  console.log(`Took ${seconds.toFixed(0)} s.`);
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}

/** The counts (and each case's figures) as JSON, for the test runner's closing line. */
export function writeJsonReport(path: string, reports: readonly CaseReport[], counts: { passed: number; failed: number }): void {
  mkdirSync(dirname(path), { recursive: true });
  const cases = [...reports].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({ id: r.id, passed: r.passed, seconds: Number(r.seconds.toFixed(1)), figures: r.findings.figures, failures: r.findings.failureLines() }));
  writeFileSync(path, `${JSON.stringify({ ...counts, cases }, null, 2)}\n`);
}

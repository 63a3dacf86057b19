/** The part of `npm audit --json` (npm 7+) this check reads. */
export interface AuditJson {
  vulnerabilities?: Record<string, { name: string; severity: string; via: unknown[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { code?: string; summary?: string };
}

/** Production packages with a high or critical advisory: any one of them fails the check. */
export function blockingAdvisories(report: AuditJson): string[] {
  return Object.values(report.vulnerabilities ?? {})
    .filter((entry) => entry.severity === 'high' || entry.severity === 'critical')
    .map((entry) => `${entry.name} (${entry.severity})`)
    .sort();
}

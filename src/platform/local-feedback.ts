import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckRunReport, FeedbackCapabilities, PullRequestFeedback } from './types.js';

/** Pull-request feedback off GitHub: the check run and the comment are written as files to look at. */
export class LocalFeedback implements PullRequestFeedback {
  constructor(private readonly dir: string) {}

  async capabilities(): Promise<FeedbackCapabilities> {
    return { checks: true, comment: true };
  }

  async publishCheckRun(report: CheckRunReport): Promise<{ url: string }> {
    const path = this.write('check-run.json', `${JSON.stringify(report, null, 2)}\n`);
    return { url: path };
  }

  async upsertComment(_marker: string, body: string): Promise<{ url: string }> {
    return { url: this.write('comment.md', body) };
  }

  private write(name: string, content: string): string {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }
}

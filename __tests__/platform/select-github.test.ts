import { describe, expect, it } from 'vitest';
import { GitHubFeedback } from '../../src/platform/github-feedback.js';
import { GitHubHistoryArtifacts, LocalHistoryArtifacts } from '../../src/platform/history-artifacts.js';
import { LocalFeedback } from '../../src/platform/local-feedback.js';
import { chooseFeedback, chooseHistoryArtifacts } from '../../src/platform/select-github.js';
import { actionServices } from '../../src/platform/services.js';

const log = () => {};

describe('choosing the REST twins', () => {
  it('GitHub twins with a token and a repository; local twins off GitHub', () => {
    const github = { GITHUB_REPOSITORY: 'o/r' };
    expect(chooseFeedback('t', github)).toBeInstanceOf(GitHubFeedback);
    expect(chooseHistoryArtifacts('t', log, github)).toBeInstanceOf(GitHubHistoryArtifacts);
    expect(chooseFeedback('t', {})).toBeInstanceOf(LocalFeedback);
    expect(chooseFeedback('', github)).toBeInstanceOf(LocalFeedback);
    expect(chooseHistoryArtifacts('', log, {})).toBeInstanceOf(LocalHistoryArtifacts);
  });

  it('on a runner without a token, the GitHub twin says so instead of writing files nobody sees', async () => {
    const feedback = chooseFeedback('', { GITHUB_REPOSITORY: 'o/r', GITHUB_ACTIONS: 'true' });
    expect(feedback).toBeInstanceOf(GitHubFeedback);
    expect(await feedback.capabilities()).toEqual({
      checks: false,
      comment: false,
      reason: 'no github-token was given: feedback goes to the job summary and workflow-command annotations',
    });
  });

  it('the action entries take GITHUB_TOKEN when no github-token input is given', () => {
    const services = actionServices({ GITHUB_REPOSITORY: 'o/r', GITHUB_TOKEN: 't' });
    expect(services.feedback).toBeInstanceOf(GitHubFeedback);
    expect(services.history).toBeInstanceOf(GitHubHistoryArtifacts);
  });
});

/** What a call that must fail with INVALID_INPUT reports: each issue as [path, message]. */
import { expect } from 'vitest';
import { ClienteleError } from '../../src/errors.js';

export function invalidIssues(run: () => unknown): [readonly (string | number)[], string][] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as ClienteleError).code).toBe('INVALID_INPUT');
    return (error as ClienteleError).issues.map((issue) => [issue.path, issue.message]);
  }
  throw new Error('expected a ClienteleError');
}

import { join, relative } from 'node:path';

/** GitHub places annotations relative to the repository root; results are relative to the working directory. */
export function annotationPath(file: string, workingDirectory: string, workspace: string): string {
  return relative(workspace, join(workingDirectory, file)).split('\\').join('/');
}

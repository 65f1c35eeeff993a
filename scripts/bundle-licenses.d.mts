export function bundledPackageDirs(stats: unknown): string[];
export function licenceText(dirs: readonly string[], root?: string): string;

import { defineConfig } from 'vitest/config';

/**
 * The vitest settings every workspace shares: workspace packages resolve to their TypeScript
 * sources (the `source` export condition), and each run leaves a JSON report that
 * scripts/test.mjs adds up into the closing `N passed, N failed` line.
 */
export function sharedConfig(options: { testTimeout?: number; include?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    ssr: { resolve: { conditions: ['source', 'node', 'import', 'module', 'development|production'] } },
    test: {
      include: options.include ?? ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      testTimeout: options.testTimeout ?? 20_000,
      reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    },
  });
}

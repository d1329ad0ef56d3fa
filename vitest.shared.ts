import { defineConfig } from 'vitest/config';

/**
 * The vitest settings every workspace shares: workspace packages resolve to their TypeScript
 * sources (the `source` export condition), and each run leaves a JSON report that
 * scripts/test.mjs adds up into the closing `N passed, N failed` line.
 */
export function sharedConfig(options: { testTimeout?: number; include?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    // Vitest hands the SSR conditions to its Node workers as --conditions: keep Node's own set (adding `import` or
    // `module` makes Node's require() pick packages' ESM builds and breaks CommonJS dependencies such as express).
    ssr: { resolve: { conditions: ['source', 'node', 'development|production'] } },
    test: {
      include: options.include ?? ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      testTimeout: options.testTimeout ?? 20_000,
      reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    },
  });
}

/** Types of .harness.js, the bundle web-test-runner.config.mjs makes from harness.ts. */
export * from './harness.js';

/**
 * React, react-dom and the wrappers in one ES module for the browser tests: React ships as
 * CommonJS, which the test server does not convert, so web-test-runner.config.mjs bundles this
 * file with esbuild into test/react/.harness.js before the tests start.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
export * from '../../src/react.js';
export { React, createRoot, flushSync };

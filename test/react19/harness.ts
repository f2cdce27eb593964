/**
 * React 19 (this folder's own node_modules) and the elements in one ES module for
 * test/react19.test.ts, bundled by web-test-runner.config.mjs into test/react19/.harness.js.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '../../src/define.js';
export { React, createRoot, flushSync };

#!/usr/bin/env node
// The swv-data command (built into dist/cli by `npm run build`).
import '../dist/cli/swv-data.mjs';

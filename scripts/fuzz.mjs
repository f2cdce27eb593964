/**
 * `npm run fuzz [runs]`: the fast-check fuzzing of test/fuzz.test.ts with many more runs
 * (default 10,000 validator runs and a tenth of that as element renders), random seeds, and a
 * summary of what it tried. The test runner prints the seed of any failure to replay it.
 */
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2]) || 10_000;
console.log(`fuzz: ${runs} generated documents through the validator, ${Math.ceil(runs / 10)} through the elements`);
const result = spawnSync('npx', ['wtr', '--files', 'test/fuzz.test.ts'], { stdio: 'inherit', env: { ...process.env, SWV_FUZZ_RUNS: String(runs) } });
process.exit(result.status ?? 1);

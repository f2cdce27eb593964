/**
 * What `npm run bench` measures on page loads, printed and kept: `writeReport()` puts the lines
 * into the README between its bench markers, so the numbers there come from a run, not by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lines = [];

/** Prints a line of the report and keeps it. */
export function report(line) {
  console.log(line);
  lines.push(line);
}

/** Writes the kept lines, with the date and machine, into README.md between `<!-- bench:start -->` and `<!-- bench:end -->`. */
export function writeReport() {
  const readme = new URL('../../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const block = [
    '<!-- bench:start -->',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}); the bench writes this block.`,
    '',
    '```text',
    ...lines.join('\n').trim().split('\n'),
    '```',
    '<!-- bench:end -->',
  ].join('\n');
  const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block);
  if (updated === text && !text.includes('<!-- bench:start -->')) throw new Error('README.md has no bench markers');
  writeFileSync(readme, updated);
}

/** A node:test reporter that writes the totals as JSON (its destination is a file). */
export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') totals[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') totals.failed++;
  }
  yield JSON.stringify(totals);
}

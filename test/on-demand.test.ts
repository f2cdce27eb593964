import { expect } from '@open-wc/testing';
import { OnDemand } from '../src/internal/on-demand.js';

describe('OnDemand (code loaded on first use)', () => {
  it('imports once, however many callers ask, and keeps the module', async () => {
    let imports = 0;
    const lazy = new OnDemand(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(lazy.module).to.equal(undefined);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    await lazy.load();
    expect(imports).to.equal(1);
    expect(a).to.equal(b);
    expect(lazy.module).to.deep.equal({ answer: 42 });
  });

  it('tries again after a failed import (e.g. the reader was offline)', async () => {
    let imports = 0;
    const lazy = new OnDemand(async () => {
      imports += 1;
      if (imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    let failure: unknown;
    await lazy.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(lazy.module).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ answer: 42 });
    expect(imports).to.equal(2);
  });
});

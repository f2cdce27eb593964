import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';
import { SwvCard } from '../src/elements/swv-card/swv-card.js';
import '../src/define.js';

describe('registration', () => {
  it('registers every element', () => {
    for (const tag of ['swv-overview', 'swv-card', 'opr-info']) expect(customElements.get(tag), tag).to.exist;
  });

  it('does not throw when the same element is defined again', async () => {
    expect(() => defineElement('swv-card', SwvCard)).not.to.throw();
    await import('../src/define.js?again' as string).catch(() => undefined);
    expect(customElements.get('swv-card')).to.equal(SwvCard);
  });

  it('does not throw when another copy of the library owns the tag', () => {
    class OtherCopy extends HTMLElement {}
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('swv-card', OtherCopy)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('swv-card')).to.equal(SwvCard);
    expect(warnings).to.have.length(1);
  });
});

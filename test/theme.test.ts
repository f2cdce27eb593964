import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import { SAMPLE_URL, settled } from './helpers.js';

/** The colour of the card's first link and the font of its title, as the reader sees them. */
async function look(tokens: string): Promise<{ link: string; heading: string; text: string }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${tokens}><swv-card src=${SAMPLE_URL} code="PO9901"></swv-card></div>`);
  const card = wrapper.querySelector<SwvCard>('swv-card')!;
  await settled(card);
  const root = card.shadowRoot!;
  return {
    link: getComputedStyle(root.querySelector('a')!).color,
    heading: getComputedStyle(root.querySelector('h2')!).fontFamily,
    text: getComputedStyle(root.querySelector('p')!).color,
  };
}

describe('themes/nl-design-system.css', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/themes/nl-design-system.css' });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
  });
  after(() => link.remove());

  it('maps NL Design System tokens to the elements', async () => {
    const themed = await look('--utrecht-link-color: rgb(11, 92, 142); --utrecht-heading-font-family: monospace; --utrecht-document-color: rgb(27, 42, 58)');
    expect(themed).to.deep.equal({ link: 'rgb(11, 92, 142)', heading: 'monospace', text: 'rgb(27, 42, 58)' });
  });

  it('leaves the default look where a theme sets no tokens', async () => {
    const plain = await look('color: rgb(0, 128, 0); font-family: serif');
    expect(plain).to.deep.equal({ link: 'rgb(0, 128, 0)', heading: 'serif', text: 'rgb(0, 128, 0)' });
  });
});

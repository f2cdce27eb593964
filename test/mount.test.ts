import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/mount.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import { SAMPLE_URL, settled, textOf, readable } from './helpers.js';

const title = (el: Element): string | undefined => readable(el.shadowRoot?.querySelector('h2')).trim();

describe('data-swv mount points', () => {
  it('turns a div into its element, with its attributes and its content as fallback', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-swv="card" data-code="PO 99-01" data-src=${SAMPLE_URL} data-heading-level="3" lang="nl" id="kaart">
          <a href="https://example.org/">Meer</a>
        </div>
      </div>`,
    );
    await waitUntil(() => wrapper.querySelector('swv-card'), 'not mounted');
    const card = wrapper.querySelector<SwvCard>('swv-card')!;
    expect(wrapper.querySelector('[data-swv]')).to.equal(null);
    expect([card.code, card.src, card.getAttribute('heading-level'), card.id, card.lang]).to.deep.equal(['PO 99-01', SAMPLE_URL, '3', 'kaart', 'nl']);
    expect(readable(card.querySelector('a')!)).to.equal('Meer');
    await settled(card);
    expect(readable(card.shadowRoot!.querySelector('h3')!).trim()).to.equal('Voorbeeldverband Noord');
  });

  it('passes on only the element’s own attributes: no handlers, styles or other attributes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div
          data-swv="card"
          data-code="PO9901"
          data-src=${SAMPLE_URL}
          data-onclick="__x()"
          onmouseover="__x()"
          data-style="display:none"
          data-srcdoc="<script>"
        ></div>
      </div>`,
    );
    await waitUntil(() => wrapper.querySelector('swv-card'));
    const card = wrapper.querySelector('swv-card')!;
    expect(card.getAttributeNames().sort()).to.deep.equal(['code', 'src']);
  });

  it('mounts every element name, and leaves an unknown name alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-swv="overview" data-src=${SAMPLE_URL}></div>
        <div data-swv="opr"></div>
        <div data-swv="finder" data-src=${SAMPLE_URL}></div>
        <div data-swv="swv-card" data-code="PO9901" data-src=${SAMPLE_URL}></div>
        <div data-swv="script"></div>
      </div>`,
    );
    await waitUntil(() => wrapper.querySelectorAll('[data-swv]').length === 1);
    expect([...wrapper.children].map((el) => el.localName)).to.deep.equal(['swv-overview', 'opr-info', 'swv-finder', 'swv-card', 'div']);
  });

  it('mounts points that arrive later, as when Turbo or an AJAX theme swaps the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<section><div data-swv="card" data-code="PO9902" data-src="${SAMPLE_URL}"></div></section>`;
    await waitUntil(() => wrapper.querySelector('swv-card'), 'a swapped-in mount point was not mounted');
    const card = wrapper.querySelector<SwvCard>('swv-card')!;
    await settled(card);
    expect(title(card)).to.equal('PO 99-02');
  });
});

describe('pages swapped without reload', () => {
  it('works from connect and attribute changes alone: removed, put back, re-pointed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><swv-card src=${SAMPLE_URL} code="PO9901"></swv-card></div>`);
    const card = wrapper.querySelector<SwvCard>('swv-card')!;
    await settled(card);
    expect(title(card)).to.equal('Voorbeeldverband Noord');
    card.remove();
    card.setAttribute('code', 'PO9903');
    document.body.append(card);
    await settled(card);
    expect(title(card)).to.equal('Zuiderverband');
    card.setAttribute('lang', 'en');
    await waitUntil(() => textOf(card).includes('Primary education · Regional Area Zuiderdorp'), 'did not switch to English');
    card.remove();
  });

  it('renders elements parsed from an HTML string (innerHTML, as page swaps do)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<swv-card src="${SAMPLE_URL}" code="PO0099"></swv-card>`;
    const card = wrapper.querySelector<SwvCard>('swv-card')!;
    await settled(card);
    expect(title(card)).to.equal('Landelijk Voorbeeldverband');
  });
});

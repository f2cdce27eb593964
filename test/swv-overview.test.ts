import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { SwvOverview } from '../src/elements/swv-overview/swv-overview.js';
import type { SwvErrorEvent } from '../src/events/swv-error.js';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import { $$, SAMPLE_URL, render, sample, settled, textOf, readable, PROVINCE_HEADINGS } from './helpers.js';

async function overview(template: ReturnType<typeof html>): Promise<SwvOverview> {
  const el = await fixture<SwvOverview>(template);
  await settled(el);
  return el;
}

const names = (el: Element): string[] => $$(el, '[part="item-heading"]').map((h) => readable(h).trim());

describe('<swv-overview>', () => {
  it('lists every partnership, sorted with Dutch collation, under a count heading', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL}></swv-overview>`);
    const heading = $$(el, 'h2')[0]!;
    expect(readable(heading).trim()).to.equal('5 samenwerkingsverbanden');
    expect(names(el)).to.deep.equal(['Landelijk Voorbeeldverband', 'PO 99-02', 'Voorbeeldverband Noord', 'Voortgezet Voorbeeld', 'Zuiderverband']);
    expect($$(el, 'ul[part="list"] > li')).to.have.length(5);
    expect($$(el, 'li h3')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('group-by="province": a heading per province in the order of the provinces, national partnerships last, items one level lower', async () => {
    const el = await overview(html`<swv-overview group-by="province"></swv-overview>`);
    const groups = $$(el, '[part=group-heading]');
    expect(groups.map((h) => readable(h).trim())).to.deep.equal(PROVINCE_HEADINGS);
    expect(groups.every((h) => h.localName === 'h3')).to.equal(true);
    expect($$(el, '[part=item-heading]').every((h) => h.localName === 'h4')).to.equal(true);
    expect($$(el, '[part=item]')).to.have.length(151);
    // Utrecht's group holds the partnerships whose code says 26.
    const utrecht = groups[6]!.nextElementSibling!;
    expect([...utrecht.querySelectorAll('.meta')].every((m) => /^(PO|VO) 26-/.test(readable(m)))).to.equal(true);
  });

  it('layout="list": one line per partnership (name with its website, code, municipalities), readable for all 151', async () => {
    const el = await overview(html`<swv-overview layout="list" group-by="province" sector="po"></swv-overview>`);
    const lines = $$<HTMLLIElement>(el, '[part=item]');
    expect(lines).to.have.length(77);
    expect($$(el, '[part=item-heading], dl')).to.have.length(0);
    const passenderwijs = lines.find((li) => readable(li).includes('Passenderwijs'))!;
    expect(readable(passenderwijs).replace(/\s+/g, ' ').trim()).to.equal(
      'Passenderwijs (PO 26-04): De Ronde Venen, Montfoort, Oudewater, Stichtse Vecht en Woerden',
    );
    expect(passenderwijs.querySelector('a')!.textContent).to.equal('Passenderwijs');
    // A partnership without a known name is its code, once; split municipalities count too.
    const nameless = lines.find((li) => readable(li).trim().startsWith('PO 23-02'))!;
    expect(readable(nameless).replace(/\s+/g, ' ').trim()).to.match(/^PO 23-02: .*Enschede/);
    await expect(el).to.be.accessible();
  });

  it('shows code, sector, scope, municipalities, summary, school count and a descriptive website link', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} codes="PO 99-01"></swv-overview>`);
    const text = textOf(el);
    expect(text).to.contain('PO 99-01 · Primair onderwijs · Regionaal');
    expect(text).to.contain('Voorbeeldstad en Súdwest-Fryslân');
    expect(text).to.contain('Een verzonnen samenwerkingsverband voor tests.');
    const dl = $$(el, 'dl')[0]!;
    expect([...dl.querySelectorAll('dt')].map((dt) => readable(dt))).to.deep.equal(['Gemeenten', 'Aantal scholen']);
    expect(readable(dl.querySelectorAll('dd')[1]!)).to.equal('3');
    const link = $$<HTMLAnchorElement>(el, 'a')[0]!;
    expect(readable(link)).to.equal('Website van Voorbeeldverband Noord');
    expect(link.href).to.equal('https://voorbeeld.example/');
  });

  for (const level of [1, 2, 4]) {
    it(`puts the count heading at level ${level} and items one lower`, async () => {
      const el = await overview(html`<swv-overview src=${SAMPLE_URL} heading-level=${level}></swv-overview>`);
      expect($$(el, `h${level}`)).to.have.length(1);
      expect($$(el, `h${level + 1}`)).to.have.length(5);
    });
  }

  it('speaks English with lang="en"', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} lang="en" codes="PO9901"></swv-overview>`);
    expect(readable($$(el, 'h2')[0]!).trim()).to.equal('1 partnership');
    expect(textOf(el)).to.contain('Primary education · Regional');
    expect(textOf(el)).to.contain('A made-up partnership for tests.');
    expect(readable($$(el, 'a')[0]!)).to.equal('Website of Voorbeeldverband Noord');
    await expect(el).to.be.accessible();
  });

  it('takes its language from the closest [lang] ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><swv-overview src=${SAMPLE_URL} codes="VO9901"></swv-overview></div>`);
    const el = wrapper.querySelector('swv-overview')!;
    await settled(el);
    expect(textOf(el)).to.contain('Secondary education');
  });

  it('falls back to Dutch for an unknown language', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} lang="fr" codes="VO9901"></swv-overview>`);
    expect(textOf(el)).to.contain('Voortgezet onderwijs');
  });

  it('filters by sector', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} sector="vo"></swv-overview>`);
    expect(names(el)).to.deep.equal(['Voortgezet Voorbeeld']);
  });

  for (const spelling of ['sudwest-fryslan', 'SÚDWEST FRYSLÂN', 'Súdwest-Fryslân']) {
    it(`filters by municipality regardless of case and accents (${spelling})`, async () => {
      const el = await overview(html`<swv-overview src=${SAMPLE_URL} municipality=${spelling}></swv-overview>`);
      expect(names(el)).to.deep.equal(['Voorbeeldverband Noord']);
    });
  }

  it('filters a split municipality to every partnership that has part of it', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} municipality="splitsdorp"></swv-overview>`);
    expect(names(el)).to.deep.equal(['PO 99-02', 'Zuiderverband']);
  });

  for (const postcode of ['9901', '9901 AB', '9901ab']) {
    it(`filters by postcode "${postcode}"`, async () => {
      const el = await overview(html`<swv-overview src=${SAMPLE_URL} postcode=${postcode}></swv-overview>`);
      expect(names(el)).to.deep.equal(['Voorbeeldverband Noord', 'Voortgezet Voorbeeld']);
    });
  }

  it('filters by codes in any spelling', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} codes="po-99-03, VO 99.01"></swv-overview>`);
    expect(names(el)).to.deep.equal(['Voortgezet Voorbeeld', 'Zuiderverband']);
  });

  it('says clearly what was asked when nothing matches, and fires swv-error not-found', async () => {
    const { el, events } = await render<SwvOverview>(html`<swv-overview src=${SAMPLE_URL} municipality="Nergenshuizen" sector="po"></swv-overview>`);
    expect(events).to.have.length(1);
    const event = events[0] as SwvErrorEvent;
    expect(event.kind).to.equal('not-found');
    const status = $$(el, '[role="status"]')[0]!;
    expect(readable(status)).to.equal('We hebben geen samenwerkingsverband gevonden voor gemeente Nergenshuizen en basisonderwijs.');
    expect(event.message).to.equal(readable(status));
    await expect(el).to.be.accessible();
  });

  it('says a postcode belongs to no partnership', async () => {
    const el = await overview(html`<swv-overview src=${SAMPLE_URL} postcode="3197"></swv-overview>`);
    expect(textOf(el)).to.contain('Postcode 3197 hoort bij geen enkel samenwerkingsverband.');
  });

  describe('searchable', () => {
    async function search(el: SwvOverview, text: string): Promise<void> {
      const input = $$<HTMLInputElement>(el, 'input')[0]!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }

    it('has a labelled search field', async () => {
      const el = await overview(html`<swv-overview src=${SAMPLE_URL} searchable></swv-overview>`);
      const input = $$<HTMLInputElement>(el, 'input[type="search"]')[0]!;
      const label = $$<HTMLLabelElement>(el, 'label')[0]!;
      expect(label.htmlFor).to.equal(input.id);
      expect(readable(label)).to.equal('Zoek op naam, code, gemeente, plaats of school');
      await expect(el).to.be.accessible();
    });

    const cases: [string, string[]][] = [
      ['noord', ['Voorbeeldverband Noord']],
      ['PO 99-03', ['Zuiderverband']],
      ['po9903', ['Zuiderverband']],
      ['fryslan', ['Voorbeeldverband Noord']],
      ['verzonnen eik', ['Voorbeeldverband Noord']],
      ['Dorpje', ['Voorbeeldverband Noord']],
      ['anderdorp', ['PO 99-02']],
    ];
    for (const [text, expected] of cases) {
      it(`narrows the list for "${text}" and announces the count`, async () => {
        const el = await overview(html`<swv-overview src=${SAMPLE_URL} searchable></swv-overview>`);
        await search(el, text);
        expect(names(el)).to.deep.equal(expected);
        expect(readable($$(el, '.search [role="status"]')[0]!)).to.equal(`${expected.length} resultaat.`);
      });
    }

    it('shows what was searched when nothing matches', async () => {
      const el = await overview(html`<swv-overview src=${SAMPLE_URL} searchable lang="en"></swv-overview>`);
      await search(el, 'xyz');
      expect(textOf(el)).to.contain('We found no partnership for the search "xyz".');
      expect(readable($$(el, '.search [role="status"]')[0]!)).to.equal('0 results.');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('is busy with one polite status message while loading, and reserves space', async () => {
      const el = await fixture<SwvOverview>(html`<swv-overview src="/__test/slow/400"></swv-overview>`);
      const base = $$(el, '[part="base"]')[0]!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '[role="status"]').map((s) => readable(s))).to.deep.equal(['De gegevens worden geladen.']);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(base.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows light-DOM fallback content and a clear sentence when loading fails', async () => {
      const el = await fixture<SwvOverview>(
        html`<swv-overview src="/__test/status/500"><a href="https://example.org/">Alle samenwerkingsverbanden</a></swv-overview>`,
      );
      const event = (await oneEvent(el, 'swv-error')) as SwvErrorEvent;
      await el.updateComplete;
      expect(event.kind).to.equal('http');
      expect(event.status).to.equal(500);
      expect(readable($$(el, '[role="status"]')[0]!)).to.equal('De gegevens zijn nu niet beschikbaar (foutcode 500). Probeer het later nog eens.');
      const slot = $$<HTMLSlotElement>(el, 'slot')[0]!;
      expect(readable(slot.assignedElements()[0]!)).to.equal('Alle samenwerkingsverbanden');
      await expect(el).to.be.accessible();
    });

    it('fires swv-error with the problems for invalid data, in English too', async () => {
      const el = await fixture<SwvOverview>(html`<swv-overview src="/__test/invalid" lang="en"></swv-overview>`);
      const event = (await oneEvent(el, 'swv-error')) as SwvErrorEvent;
      expect(event.kind).to.equal('invalid');
      expect(event.problems!.length).to.be.greaterThan(2);
      expect(event.message).to.equal('The data file contains errors, so we do not show it.');
    });

    it('fires swv-load with the data', async () => {
      const el = document.createElement('swv-overview');
      el.src = SAMPLE_URL;
      const loaded = oneEvent(el, 'swv-load');
      document.body.append(el);
      const event = (await loaded) as unknown as SwvLoadEvent;
      expect(event.data.partnerships).to.have.length(5);
      expect(event.url).to.equal(SAMPLE_URL);
      el.remove();
    });

    it('takes already loaded data through the data property, without a request', async () => {
      const data = await sample();
      const el = await fixture<SwvOverview>(html`<swv-overview .data=${data} sector="vo" src="/__test/status/404"></swv-overview>`);
      await settled(el);
      expect(names(el)).to.deep.equal(['Voortgezet Voorbeeld']);
    });

    it('rejects invalid data given through the data property', async () => {
      const el = await fixture<SwvOverview>(html`<swv-overview .data=${{ format: 'nope' } as never}></swv-overview>`);
      await settled(el);
      expect(readable($$(el, '[role="status"]')[0]!)).to.equal('Het bestand met gegevens bevat fouten. Daarom tonen we het niet.');
    });

    it('with loading="lazy" waits until it nears the viewport', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 5000px"></div>
          <swv-overview loading="lazy" src="/__test/count/lazy"><p>Fallback</p></swv-overview>
        </div>`,
      );
      const el = wrapper.querySelector('swv-overview')!;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(el.dataState).to.equal('initial');
      expect(await (await fetch('/__test/counter/lazy')).json()).to.equal(0);
      const loaded = oneEvent(el, 'swv-load');
      el.scrollIntoView();
      await loaded;
      expect(await (await fetch('/__test/counter/lazy')).json()).to.equal(1);
    });
  });
});

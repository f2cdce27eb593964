/**
 * The baseline of `npm run bench`: what a hand-written page would do without swv-elements. Plain
 * JavaScript, no framework, no validation: it fetches the same packaged data files (the postcode
 * file at the same time as the index, since a hand-written page knows where it is) and writes the
 * same sections with the same Dutch texts as the elements, with DOM calls. One script for every
 * scenario: each `[data-vanilla]` block says what it shows.
 */
const DATA = '/cdn/swv-data/';
const json = (path) => fetch(DATA + path).then((response) => response.json());
const index = json('index.json');

function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
const title = (p) => p.name ?? `${p.code.slice(0, 2)} ${p.code.slice(2, 4)}-${p.code.slice(4)}`;
const SECTOR = { po: 'Primair onderwijs', vo: 'Voortgezet onderwijs' };
const SCOPE = { regional: 'Regionaal', national: 'Landelijk' };
const text = (value) => (typeof value === 'string' ? value : value?.nl ?? '');
const listFormat = new Intl.ListFormat('nl', { type: 'conjunction' });
const list = (items) => listFormat.format(items);
const displayCode = (code) => `${code.slice(0, 2)} ${code.slice(2, 4)}-${code.slice(4)}`;

/** An element holding other nodes. */
function holding(tag, ...children) {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(url, label) {
  return /^(https?:|mailto:|tel:)/.test(url ?? '') ? el('a', label, { href: url }) : document.createTextNode(label);
}

function card(p, data) {
  const article = el('article', undefined, { class: 'card item' });
  article.append(el('h2', title(p)), el('p', [`${p.code.slice(0, 2)} ${p.code.slice(2, 4)}-${p.code.slice(4)}`, SECTOR[p.sector], SCOPE[p.scope]].join(' · ')));
  if (p.legalName && p.legalName !== p.name) article.append(el('p', p.legalName));
  for (const paragraph of text(p.description || p.summary).split(/\n{2,}/).filter(Boolean)) article.append(el('p', paragraph));
  if (p.area?.municipalities?.length) article.append(el('h3', 'Gebied'), el('p', list(p.area.municipalities)));
  const contact = p.contact ?? {};
  if (Object.keys(contact).length) {
    const dl = el('dl');
    if (contact.phone) dl.append(el('dt', 'Telefoon'), holding('dd', link(`tel:${contact.phone.replace(/[^0-9+]/g, '')}`, contact.phone)));
    if (contact.email) dl.append(el('dt', 'E-mail'), holding('dd', link(`mailto:${contact.email}`, contact.email)));
    if (contact.website) dl.append(el('dt', 'Website'), holding('dd', link(contact.website, `Website van ${title(p)}`)));
    article.append(el('h3', 'Contact'), dl);
  }
  const count = Array.isArray(p.schools) ? p.schools.length : p.schools?.count;
  if (count) article.append(el('h3', 'Scholen'), el('p', `${count} scholen`));
  const related = (p.related ?? []).map((code) => data.partnerships.find((q) => q.code === code)).filter(Boolean);
  if (related.length) {
    const ul = el('ul');
    for (const q of related) ul.append(holding('li', link(q.contact?.website, title(q)), ` (${SECTOR[q.sector]})`));
    article.append(el('h3', 'Samenwerkingsverbanden in hetzelfde gebied'), ul);
  }
  const sources = (p.sources ?? []).map((ref) => data.sources.find((s) => s.id === ref.source)).filter(Boolean);
  const note = el('p', 'Bron: ');
  sources.forEach((s, i) => note.append(i ? '; ' : '', link(s.url, s.title)));
  article.append(note);
  return article;
}

function opr(p) {
  const section = el('section');
  section.append(el('h2', `De OPR van ${title(p)}`));
  const seats = p.opr?.seats;
  if (seats?.total) section.append(el('p', `De OPR heeft ${seats.total} zetels.`));
  if (p.opr?.website) section.append(holding('p', link(p.opr.website, `Meer over de OPR van ${title(p)}`)));
  section.append(el('h3', 'Wat is de ondersteuningsplanraad (OPR)?'), el('p', 'In de OPR praten ouders en medewerkers van scholen mee over extra hulp voor leerlingen.'));
  return section;
}

function overview(partnerships) {
  const wrapper = el('div');
  wrapper.append(el('h2', `${partnerships.length} samenwerkingsverbanden`));
  const ul = el('ul', undefined, { class: 'list plain' });
  const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
  for (const p of partnerships.sort((a, b) => collator.compare(title(a), title(b)))) {
    const li = ul.appendChild(el('li', undefined, { class: 'item' }));
    li.append(el('h3', title(p)), el('p', [displayCode(p.code), SECTOR[p.sector], SCOPE[p.scope]].join(' · '), { class: 'meta muted' }));
    if (text(p.summary)) li.append(el('p', text(p.summary)));
    const dl = li.appendChild(el('dl'));
    if (p.area?.municipalities?.length) dl.append(el('dt', 'Gemeenten'), el('dd', list(p.area.municipalities)));
    const count = Array.isArray(p.schools) ? p.schools.length : p.schools?.count;
    if (count !== undefined) dl.append(el('dt', 'Aantal scholen'), el('dd', String(count)));
    if (p.contact?.website) li.append(holding('p', link(p.contact.website, `Website van ${title(p)}`)));
  }
  wrapper.append(ul);
  return wrapper;
}

async function byPostcode(pc4) {
  const [data, part] = await Promise.all([index, json(`postcodes/${pc4.slice(0, 2)}.json`)]);
  const codes = part.entries[pc4]?.partnerships ?? [];
  return { data, found: codes.map((code) => data.partnerships.find((p) => p.code === code)).filter(Boolean) };
}

function finder(block) {
  const form = el('form');
  form.append(el('label', 'Zoek uw samenwerkingsverband', { for: 'q' }), el('input', undefined, { id: 'q' }), el('button', 'Zoeken'));
  block.append(form);
  const query = new URLSearchParams(location.hash.slice(1)).get('swv') ?? '';
  return byPostcode(query).then(({ found }) => {
    const result = el('div', undefined, { class: 'result' });
    result.append(el('h3', `Samenwerkingsverbanden voor postcode ${query}`));
    for (const p of found) result.append(card(p, { partnerships: [], sources: [] }));
    block.append(result);
  });
}

const work = [...document.querySelectorAll('[data-vanilla]')].map(async (block) => {
  const { vanilla, code, postcode, sector, municipality } = block.dataset;
  if (vanilla === 'finder') return finder(block);
  if (postcode) {
    const { data, found } = await byPostcode(postcode);
    return block.append(card(found.find((p) => !sector || p.sector === sector), data));
  }
  const data = await index;
  if (vanilla === 'overview') return block.append(overview(data.partnerships.filter((p) => p.area?.municipalities?.includes(municipality))));
  const p = data.partnerships.find((q) => q.code === code);
  block.append(vanilla === 'opr' ? opr(p) : card(p, data));
});
Promise.all(work).then(() => (window.__vanillaDone = true));

// For the rendering benchmark: the overview of every partnership, written again from the loaded data.
index.then((data) => (window.__vanillaOverview = () => overview([...data.partnerships])));

// For the rendering benchmark: the PO map as SVG, written by hand from the same map file: the same
// paths with the same attributes (class, role, name, tab stop) and the province outlines.
const SVG = 'http://www.w3.org/2000/svg';
Promise.all([index, json('maps/po.json')]).then(([data, map]) => {
  const byCode = new Map(data.partnerships.map((p) => [p.code, p]));
  const path = (d, attributes) => {
    const node = document.createElementNS(SVG, 'path');
    node.setAttribute('d', d);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  window.__vanillaMap = () => {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${map.width} ${map.height}`);
    svg.setAttribute('class', 'map');
    svg.setAttribute('role', 'listbox');
    svg.setAttribute('aria-label', 'Samenwerkingsverbanden basisonderwijs');
    map.regions.forEach((r, i) => {
      const p = byCode.get(r.code);
      const name = `${p.name ? `${p.name} (${displayCode(p.code)})` : displayCode(p.code)}: ${list(p.area?.municipalities ?? [])}`;
      const shared = map.shared.filter((s) => s.codes.includes(r.code)).map((s) => s.d);
      svg.append(path(r.d || shared.join(''), { class: `area t${r.tint % 6}`, role: 'option', 'aria-label': name, 'aria-selected': 'false', tabindex: i ? '-1' : '0' }));
    });
    for (const s of map.shared) {
      const names = s.codes.map((code) => title(byCode.get(code)));
      svg.append(path(s.d, { class: 'area shared', role: 'option', 'aria-label': `${s.municipality} is verdeeld over ${list(names)}. Kies met uw postcode.`, 'aria-selected': 'false', tabindex: '-1' }));
    }
    for (const p of map.provinces) svg.append(path(p.d, { class: 'province', 'aria-hidden': 'true' }));
    return svg;
  };
});

import { expect } from '@open-wc/testing';
import { validateData, validateSchools, formatProblem } from '../src/format/validate.js';
import { displayCode, normalizeCode, parseCodeList } from '../src/format/codes.js';
import { sample } from './helpers.js';

const pathsOf = (input: unknown): string[] => {
  const result = validateData(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('swv-data validator', () => {
  it('accepts the complete sample document', async () => {
    const result = validateData(await sample());
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('accepts a separate schools file', async () => {
    const schools = await (await fetch('/test/fixtures/schools-vo9901.json')).json();
    expect(validateSchools(schools).ok).to.equal(true);
  });

  it('tolerates unknown extra fields and keeps them', async () => {
    const doc = await sample();
    Object.assign(doc, { futureField: { x: 1 } });
    Object.assign(doc.partnerships[0]!, { colour: 'blue' });
    const result = validateData(doc);
    expect(result.ok).to.equal(true);
    expect(result.ok && (result.value.partnerships[0] as Record<string, unknown>).colour).to.equal('blue');
  });

  it('reports a bad website with its path in Dutch and English', async () => {
    const doc = await sample();
    doc.partnerships[3]!.contact = { website: 'javascript:alert(1)' };
    const result = validateData(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.path).to.equal('partnerships[3].contact.website');
    expect(result.problems[0]!.message.nl).to.contain('https:');
    expect(result.problems[0]!.message.en).to.contain('must be a link');
    expect(formatProblem(result.problems[0]!, 'en')).to.match(/^partnerships\[3\]\.contact\.website: must be a link/);
  });

  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:x',
    'HTTPS://upper.example',
    'data:text/html,<b>',
    'vbscript:x',
    '//evil.example',
    'https://',
    'ftp://x.example',
  ]) {
    it(`rejects the link ${JSON.stringify(bad)}`, async () => {
      const doc = await sample();
      doc.partnerships[0]!.links = [{ title: 'x', url: bad }];
      expect(pathsOf(doc)).to.deep.equal(['partnerships[0].links[0].url']);
    });
  }

  it('accepts https, http, mailto and tel links', async () => {
    const doc = await sample();
    doc.partnerships[0]!.links = ['https://a.example/x?y=1#z', 'http://a.example', 'mailto:a@b.example', 'tel:+31123456789'].map((url) => ({
      title: 'x',
      url,
    }));
    expect(pathsOf(doc)).to.deep.equal([]);
  });

  const rules: [string, (doc: Record<string, any>) => void, string, string][] = [
    ['a missing title', (d) => delete d.title, 'title', 'ontbreekt'],
    ['a wrong format name', (d) => (d.format = 'other'), 'format', 'formaat'],
    ['an unknown version', (d) => (d.version = 2), 'version', 'versie'],
    ['a bad reference date', (d) => (d.referenceDate = '1-1-2026'), 'referenceDate', 'datum'],
    ['a bad code', (d) => (d.partnerships[0].code = 'PO 26-04'), 'partnerships[0].code', 'PO2604'],
    ['a bad sector', (d) => (d.partnerships[1].sector = 'mbo'), 'partnerships[1].sector', 'po of vo'],
    ['a bad scope', (d) => (d.partnerships[1].scope = 'local'), 'partnerships[1].scope', 'regional'],
    ['a bad PC4', (d) => (d.partnerships[0].area.postcodes[1] = '0123'), 'partnerships[0].area.postcodes[1]', '4 cijfers'],
    ['a bad e-mail', (d) => (d.partnerships[0].contact.email = 'geen mail'), 'partnerships[0].contact.email', 'e-mailadres'],
    ['a bad phone', (d) => (d.partnerships[0].contact.phone = 'bel ons'), 'partnerships[0].contact.phone', 'telefoonnummer'],
    ['a negative seat count', (d) => (d.partnerships[0].opr.seats.staff = -1), 'partnerships[0].opr.seats.staff', 'negatief'],
    ['a fractional vacancy count', (d) => (d.partnerships[0].opr.vacancies = 1.5), 'partnerships[0].opr.vacancies', 'heel getal'],
    ['an unknown OPR role', (d) => (d.partnerships[0].opr.roles[0].role = 'king'), 'partnerships[0].opr.roles[0].role', 'rol'],
    ['a bad meeting date', (d) => (d.partnerships[0].opr.meetings[0].date = 'soon'), 'partnerships[0].opr.meetings[0].date', 'datum'],
    ['a bad location code', (d) => (d.partnerships[0].schools[1].locationCode = '3RK'), 'partnerships[0].schools[1].locationCode', 'vestigingscode'],
    ['a bad membership', (d) => (d.partnerships[0].schools[0].membership = 'maybe'), 'partnerships[0].schools[0].membership', 'read of derived'],
    ['a text that is a number', (d) => (d.partnerships[0].summary = 5), 'partnerships[0].summary', 'tekst'],
    ['a schools reference without count', (d) => delete d.partnerships[1].schools.count, 'partnerships[1].schools.count', 'ontbreekt'],
    ['a schools value of the wrong kind', (d) => (d.partnerships[1].schools = 'all'), 'partnerships[1].schools', 'lijst scholen'],
    ['a schools reference to a script URL', (d) => (d.partnerships[1].schools.href = 'javascript:x'), 'partnerships[1].schools.href', 'relatieve link'],
    ['partnerships that are not a list', (d) => (d.partnerships = {}), 'partnerships', 'lijst'],
    ['a document that is not an object', () => undefined, '', ''],
  ];
  for (const [name, breakIt, path, nl] of rules) {
    it(`rejects ${name} at ${path || 'the root'}`, async () => {
      const doc = name.startsWith('a document') ? 'text' : await sample();
      if (typeof doc === 'object') breakIt(doc as Record<string, any>);
      const result = validateData(doc);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const problem = result.problems.find((p) => p.path === path);
      expect(problem, JSON.stringify(result.problems)).to.exist;
      expect(problem!.message.nl).to.contain(nl);
      expect(problem!.message.en).to.be.a('string').and.not.equal(problem!.message.nl);
    });
  }

  it('returns every problem, not only the first', async () => {
    const doc = await sample();
    doc.partnerships[0]!.code = 'x';
    (doc.partnerships[2] as Record<string, unknown>).sector = 'x';
    doc.referenceDate = 'x';
    expect(pathsOf(doc)).to.have.members(['partnerships[0].code', 'partnerships[2].sector', 'referenceDate']);
  });
});

describe('partnership codes', () => {
  for (const spelling of ['PO2604', 'PO 26-04', 'PO-26-04', 'po 26.04', ' po2604 ', 'PO 2604']) {
    it(`reads ${JSON.stringify(spelling)} as PO2604`, () => expect(normalizeCode(spelling)).to.equal('PO2604'));
  }
  for (const wrong of ['PO26041', 'MBO2604', '2604', 'PO 26-4', '']) {
    it(`does not read ${JSON.stringify(wrong)} as a code`, () => expect(normalizeCode(wrong)).to.equal(undefined));
  }
  it('shows codes as PO 26-04', () => {
    expect(displayCode('VO2601')).to.equal('VO 26-01');
    expect(displayCode('weird')).to.equal('weird');
  });
  it('parses lists of codes in mixed spellings', () => {
    expect(parseCodeList('PO 26-04, vo2601;VO-26-04, nonsense')).to.deep.equal(['PO2604', 'VO2601', 'VO2604']);
  });
});

describe('docs/data-format.md', () => {
  it('has a complete example that is valid', async () => {
    const doc = await (await fetch('/docs/data-format.md')).text();
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const result = validateData(JSON.parse(example));
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });
});

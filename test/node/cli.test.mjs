/** The swv-data command and the packaged default dataset. Runs against the built dist/cli. */
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'bin/swv-data.mjs');
const SOURCE = join(ROOT, '../shared/data/source');
const FIXTURES = join(ROOT, 'test/node/fixtures');
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const data = (file) => json(join(ROOT, 'data', file));

/** Which partnerships the packaged lookups give for a postcode or school. */
const byPostcode = (pc4) => data(`postcodes/${pc4.slice(0, 2)}.json`).entries[pc4]?.partnerships;
const bySchool = (code) => {
  const file = join(ROOT, 'data/school-index', `${code.slice(0, 3)}.json`);
  return existsSync(file) ? json(file).entries[code]?.partnerships : undefined;
};

describe('the packaged default dataset', () => {
  const index = data('index.json');
  const codes = (sector, scope) => index.partnerships.filter((p) => p.sector === sector && (!scope || p.scope === scope)).map((p) => p.code);

  test('has 76 regional PO partnerships plus Berséba, and 74 VO', () => {
    assert.equal(codes('po', 'regional').length, 76);
    assert.deepEqual(codes('po', 'national'), ['PO0001']);
    assert.equal(codes('vo').length, 74);
  });

  test('PC4 3442 (Woerden) gives PO2604 and VO2604', () => assert.deepEqual(byPostcode('3442'), ['PO2604', 'VO2604']));

  test('Stichtse Vecht gives PO2604 and VO2601', () => {
    const with_ = index.partnerships.filter((p) => p.area?.municipalities?.includes('Stichtse Vecht')).map((p) => p.code);
    assert.deepEqual(with_, ['PO2604', 'VO2601']);
  });

  test('Jan de Bakkerschool (03RK00) and Het Kompas (07KL00) belong to Berséba, not PO2604', () => {
    assert.deepEqual(bySchool('03RK00'), ['PO0001']);
    assert.deepEqual(bySchool('07KL00'), ['PO0001']);
    const berseba = data('schools/PO0001.json').schools.map((s) => s.locationCode);
    assert.ok(berseba.includes('03RK00') && berseba.includes('07KL00'));
    const passenderwijs = data('schools/PO2604.json').schools.map((s) => s.locationCode);
    assert.ok(!passenderwijs.includes('03RK00') && !passenderwijs.includes('07KL00'));
  });

  test('PC4 3197 (Europoort) has no partnership', () => assert.equal(byPostcode('3197'), undefined));

  test('marks every derived membership as derived, with a note', () => {
    const schools = data('schools/PO2604.json').schools;
    assert.ok(schools.length > 20);
    assert.ok(schools.every((s) => s.membership === 'derived' && s.membershipNote?.nl));
  });

  test('gives (V)SO schools to both sectors and VSO only to VO', () => {
    const po = new Set(
      readdirSync(join(ROOT, 'data/schools'))
        .filter((f) => f.startsWith('PO'))
        .flatMap((f) => data(`schools/${f}`).schools.map((s) => s.type)),
    );
    assert.ok(po.has('(V)SO') && po.has('SBAO') && po.has('SO'));
    assert.ok(!po.has('VSO') && !po.has('PRO') && !po.has('HAVO/VWO'));
  });

  test('names at least 130 partnerships and links 115 websites, each fact with the web page it comes from', () => {
    const named = index.partnerships.filter((p) => p.name);
    assert.ok(named.length >= 130, `${named.length} named`);
    assert.ok(index.partnerships.filter((p) => p.contact?.website).length >= 115);
    const byId = new Map(index.sources.map((s) => [s.id, s]));
    for (const p of index.partnerships) {
      for (const ref of [...p.sources, ...(p.opr?.sources ?? []), ...(p.changes ?? []).flatMap((c) => c.sources)]) assert.ok(byId.has(ref.source), `${p.code}: ${ref.source}`);
    }
    for (const p of named) {
      const ref = p.sources.find((r) => r.fields?.includes('name'));
      assert.ok(ref, `${p.code}: no source names its name`);
      assert.match(byId.get(ref.source).url ?? '', /^https?:\/\//, `${p.code}: the name's source is no web page`);
    }
    for (const p of index.partnerships.filter((p) => p.contact)) {
      for (const key of Object.keys(p.contact)) assert.ok(p.sources.some((r) => r.fields?.includes(`contact.${key}`)), `${p.code}: contact.${key} without source`);
    }
    assert.ok(index.sources.every((s) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)), 'every source has a reference date');
    assert.match(byId.get('regeling-2015').title, /versie van 2015/);
    assert.ok(!JSON.stringify(index).match(/Domeinnotities/i), 'no record cites the vague "Domeinnotities"');
  });

  test('uses the short public name, and keeps the long forms as other names', () => {
    const p = (code) => index.partnerships.find((x) => x.code === code);
    assert.equal(p('PO2605').name, 'Profi Pendi');
    assert.equal(p('PO2816').name, 'Driegang');
    assert.deepEqual(p('PO2816').alternateNames, ['Samenwerkingsverband Driegang']);
    assert.equal(p('PO2802').name, 'PPO Delflanden');
    assert.equal(p('PO2507').name, undefined, 'nothing found: shown by its code');
  });

  test('leaves out a field its notes doubt, and says so in the build report', () => {
    const po2101 = index.partnerships.find((x) => x.code === 'PO2101');
    assert.equal(po2101.name, 'Samenwerkingsverband Passend Onderwijs Friesland');
    assert.equal(po2101.contact?.website, undefined);
    const vo2602 = index.partnerships.find((x) => x.code === 'VO2602');
    assert.equal(vo2602.name, undefined);
    assert.equal(vo2602.opr, undefined);
    const report = readFileSync(join(ROOT, 'data/build-report.md'), 'utf8');
    assert.match(report, /- PO2101 website: the notes doubt which of two sites is current/);
    assert.match(report, /- VO2602 name: "Samenwerkingsverband V\(S\)O Eemland": the notes doubt that it is VO 26-02/);
    assert.match(report, /\| name \| \d+ \| \d+ \| \d+ \| \d+ \|/, 'a coverage table per field and kind of evidence');
  });

  test('says what changed since 2015: a merger, a rename, an area that left', () => {
    const p = (code) => index.partnerships.find((x) => x.code === code);
    for (const code of ['VO2504', 'VO2506']) {
      const merger = p(code).changes.find((c) => c.kind === 'merger');
      assert.equal(merger.date, '2020-08-01');
      assert.match(merger.text.nl, /SWV De Verbinding/);
      assert.equal(p(code).name, 'SWV De Verbinding');
    }
    const rename = p('PO2509').changes.find((c) => c.kind === 'rename');
    assert.match(rename.text.nl, /Onderwijs Zorgkoepel Noord-Veluwe/);
    assert.ok(p('PO2509').alternateNames.includes('OZKNV'));
    const left = p('VO2810').changes.find((c) => c.kind === 'area');
    assert.deepEqual(left.municipalities, ['Hoeksche Waard']);
    assert.equal(index.sources.find((s) => s.id === left.sources[0].source).url, 'https://csgdewaard.nl/nieuws/1000-swv-passend-vo-hw');
  });

  test('uses the municipalities of today: a merged one, a split one and another name', () => {
    const former = (name) => index.municipalities.filter((m) => m.formerNames?.some((f) => f.name === name)).map((m) => m.name);
    // Merged: Bedum (2015) is Het Hogeland now, for postcodes and areas alike.
    assert.equal(data('postcodes/97.json').entries['9781'].municipality, 'Het Hogeland');
    assert.deepEqual(former('Bedum'), ['Het Hogeland']);
    assert.ok(!index.partnerships.some((p) => p.area?.municipalities?.includes('Bedum')));
    // Split: Winsum went to Het Hogeland, except Ezinge (9891) to Westerkwartier; Haaren over four.
    assert.deepEqual(former('Winsum').sort(), ['Het Hogeland', 'Westerkwartier']);
    assert.equal(data('postcodes/98.json').entries['9891'].municipality, 'Westerkwartier');
    assert.equal(data('postcodes/99.json').entries['9951'].municipality, 'Het Hogeland');
    assert.deepEqual(former('Haaren').sort(), ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    assert.equal(data('postcodes/50.json').entries['5076'].municipality, 'Oisterwijk');
    // Another name: Den Haag.
    assert.deepEqual(index.municipalities.find((m) => m.name === "'s-Gravenhage").alternateNames, ['Den Haag']);
    // CBS's spelling of today.
    assert.equal(data('postcodes/75.json').entries['7551'].municipality, 'Hengelo (O.)');
  });

  test("knows every municipality of today (CBS 2026) and leads every former name to its successor", { skip: !existsSync(SOURCE) && 'no ../shared/data/source here' }, () => {
    const topo = json(join(SOURCE, 'cbs-gemeente-2026-rd.topojson'));
    const today = Object.values(topo.objects)[0].geometries.map((g) => g.properties.statnaam);
    assert.equal(today.length, 342);
    const known = new Set(index.partnerships.flatMap((p) => [...(p.area?.municipalities ?? []), ...(p.area?.splitMunicipalities ?? []).map((s) => s.municipality)]));
    assert.deepEqual(today.filter((name) => !known.has(name)), []);
    const formerNames = new Set(index.municipalities.flatMap((m) => (m.formerNames ?? []).map((f) => f.name)));
    const changes = readFileSync(join(SOURCE, 'municipal-changes-2016-2026.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
    for (const [date, old] of changes) {
      if (!/^\d{4}-/.test(date)) continue;
      const name = old.replace(/\s*\(.*\)$/, '');
      assert.ok(formerNames.has(name) || known.has(name), `former municipality ${name} leads nowhere`);
    }
  });

  test('gives at least 55 partnerships their own OPR facts, and shows the current support plan', () => {
    const own = index.partnerships.filter((p) => p.opr && (p.opr.website || p.opr.email || p.opr.seats));
    assert.ok(own.length >= 55, `${own.length} with own OPR facts`);
    for (const p of own) assert.ok(p.opr.sources?.length, `${p.code}: OPR facts without source`);
    assert.ok(!index.partnerships.find((p) => p.code === 'PO2604').supportPlans, 'the 2014-2018 plan is gone');
    const ijmond = index.partnerships.find((p) => p.code === 'PO2711').supportPlans[0];
    assert.deepEqual(ijmond.period, { from: 2024, to: 2028 });
    assert.equal(ijmond.oprConsentDate, '2024-04-09');
  });

  test('describes split municipalities with their postcodes', () => {
    const po2301 = index.partnerships.find((p) => p.splitMunicipalities || p.area?.splitMunicipalities?.some((s) => s.municipality === 'Staphorst'));
    assert.ok(po2301, 'a partnership with part of Staphorst');
    assert.ok(po2301.area.splitMunicipalities.find((s) => s.municipality === 'Staphorst').postcodes.length > 0);
  });

  test('has a map per sector: every partnership with an area has a region, neighbours differ in tint, every municipality of 2015 is drawn', () => {
    for (const sector of ['po', 'vo']) {
      const map = JSON.parse(readFileSync(join(ROOT, `data/maps/${sector}.json`), 'utf8'));
      const regional = index.partnerships.filter((p) => p.sector === sector && p.scope !== 'national').map((p) => p.code);
      assert.deepEqual(map.regions.map((r) => r.code).sort(), regional.sort());
      const tint = new Map(map.regions.map((r) => [r.code, r.tint]));
      for (const r of map.regions) for (const n of r.neighbours) assert.notEqual(tint.get(n), r.tint, `${r.code} and ${n}`);
      for (const r of map.regions) assert.ok(r.d || map.shared.some((s) => s.codes.includes(r.code)), `${r.code} is drawn`);
      // Split municipalities are the ones the data lists with postcodes.
      const split = new Set(index.partnerships.filter((p) => p.sector === sector).flatMap((p) => (p.area?.splitMunicipalities ?? []).map((m) => m.municipality)));
      assert.ok(map.shared.length > 0 && map.shared.length <= split.size + 5, `${map.shared.length} shared, ${split.size} split`);
      assert.deepEqual(map.provinces.map((p) => p.code), ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']);
    }
  });

  test('is validated by swv-data validate', () => {
    for (const file of ['data/index.json', 'data/schools/PO2604.json', 'data/postcodes/34.json', 'data/school-index/03R.json', 'data/maps/po.json', 'data/maps/vo.json']) {
      const result = run('validate', file);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    }
  });
});

describe('swv-data build', { skip: !existsSync(SOURCE) && 'no ../shared/data/source here' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'swv-build-'));
  const build = (dir) => execFileSync(process.execPath, [CLI, 'build', '--source', SOURCE, '--out', dir], { cwd: ROOT, stdio: 'pipe' });
  const tree = (dir) => {
    const files = new Map();
    const walk = (sub) => {
      for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
        const path = join(sub, entry.name);
        if (entry.isDirectory()) walk(path);
        else files.set(path, readFileSync(join(dir, path), 'utf8'));
      }
    };
    walk('');
    return files;
  };

  test('is deterministic: two builds give byte-identical files', () => {
    build(join(out, 'a'));
    build(join(out, 'b'));
    assert.deepEqual(tree(join(out, 'a')), tree(join(out, 'b')));
  });

  test('the committed dataset equals a fresh build', () => {
    const fresh = tree(join(out, 'a'));
    const committed = tree(join(ROOT, 'data'));
    assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort());
    for (const [file, content] of fresh) assert.equal(committed.get(file), content, `data/${file} differs from a fresh build: run swv-data build`);
  });

  test('fails when a fact would have no source', () => {
    const curated = join(out, 'curated-bad');
    execFileSync('cp', ['-r', join(ROOT, 'data/curated'), curated]);
    const decisions = join(curated, 'decisions.tsv');
    // PO2507: the research found nothing, so a name for it could cite no page.
    writeFileSync(decisions, readFileSync(decisions, 'utf8').replace(/^PO2507\t\t/m, 'PO2507\tVerzonnen naam\t'));
    const result = run('build', '--source', SOURCE, '--curated', curated, '--out', join(out, 'bad'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /PO2507: name has no source/);
    assert.ok(!existsSync(join(out, 'bad')));
  });

  test('a failed build leaves the output as it was', () => {
    const target = join(out, 'keep');
    build(target);
    const before = tree(target);
    const result = run('build', '--source', join(out, 'missing'), '--out', target);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing\/BWBR0032324_regio-indeling-swv_2015-04-23_pc4\.md: file not found/);
    assert.deepEqual(tree(target), before);
  });

  test.after?.(() => rmSync(out, { recursive: true, force: true }));
});

describe('swv-data validate', () => {
  test('exits 1 and names every problem with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swv-validate-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'swv-data',
        version: 1,
        title: 'x',
        referenceDate: '2026-01-01',
        sources: [],
        partnerships: [{ code: 'PO2604', sector: 'po', scope: 'regional', contact: { website: 'javascript:alert(1)' } }, { code: 'X' }],
      }),
    );
    const result = run('validate', file);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /partnerships\[0\]\.contact\.website: must be a link starting with https:/);
    assert.match(result.stdout, /partnerships\[1\]\.code: must be a code like PO2604/);
    assert.match(result.stdout, /partnerships\[1\]\.sector: is missing but required/);
    const dutch = run('validate', file, '--lang', 'nl');
    assert.match(dutch.stdout, /moet een link zijn die begint met https:/);
    rmSync(dir, { recursive: true });
  });

  test('says clearly when the file is missing or not JSON', () => {
    assert.match(run('validate', 'nope.json').stderr, /nope\.json: file not found/);
    const result = run('validate', 'eslint.config.mjs');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /eslint\.config\.mjs: not JSON/);
  });

  test('checks a file at a URL: valid, invalid, or not there', async () => {
    const sample = readFileSync(join(ROOT, 'test/fixtures/sample.json'), 'utf8');
    const bodies = { '/ok.json': sample, '/bad.json': JSON.stringify({ format: 'swv-data', version: 1 }) };
    const server = createServer((req, res) => {
      const body = bodies[req.url];
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' }).end(body ?? '{}');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    // The command runs in another process, so this one keeps serving.
    const validate = (url) =>
      new Promise((resolve) =>
        execFile(process.execPath, [CLI, 'validate', url], { cwd: ROOT }, (error, stdout, stderr) =>
          resolve({ status: error ? error.code : 0, stdout, stderr }),
        ),
      );
    try {
      const ok = await validate(`${base}/ok.json`);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stderr, /ok\.json: valid/);
      const bad = await validate(`${base}/bad.json`);
      assert.equal(bad.status, 1);
      assert.match(bad.stdout, /bad\.json: title: is missing but required/);
      const missing = await validate(`${base}/missing.json`);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /missing\.json: HTTP 404/);
    } finally {
      server.close();
    }
  });
});

describe('swv-data import-duo', () => {
  const imported = () => {
    const result = run(
      'import-duo',
      '--addresses',
      join(FIXTURES, 'duo-swv-adressen.csv'),
      '--schools',
      join(FIXTURES, 'duo-scholen-per-swv.csv'),
      '--date',
      '2026-11-01',
    );
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout);
  };

  test('reads windows-1252 names with accents and quoted fields', () => {
    const doc = imported();
    assert.deepEqual(
      doc.partnerships.map((p) => [p.code, p.name]),
      [
        ['PO9901', 'Verzonnen Passend Primair; regio Noord'],
        ['VO9901', 'Samenwerkingsverband Café Voorbeeld'],
      ],
    );
    assert.equal(doc.partnerships[1].schools[0].name, 'Verzonnen Lyceum Zoë');
    assert.equal(doc.partnerships[0].schools[1].name, 'School "Het Verzonnen Pad"');
  });

  test('turns addresses, phone and website into the format, and schools into read memberships', () => {
    const [po] = imported().partnerships;
    assert.deepEqual(po.contact.visitingAddress, { street: 'Voorbeeldweg 1', postcode: '9901 AA', city: 'VOORBEELDSTAD' });
    assert.deepEqual(po.contact.postalAddress, { street: 'Postbus 12', postcode: '9900 AB', city: 'VOORBEELDSTAD' });
    assert.equal(po.contact.website, 'http://www.verzonnen-po.example');
    assert.deepEqual(
      po.schools.map((s) => [s.locationCode, s.membership]),
      [
        ['99AA00', 'read'],
        ['99AB01', 'read'],
      ],
    );
  });

  test('names the file and line of a broken row, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swv-import-'));
    const out = join(dir, 'out.json');
    const result = run(
      'import-duo',
      '--addresses',
      join(FIXTURES, 'duo-swv-adressen.csv'),
      '--schools',
      join(FIXTURES, 'duo-scholen-kapot.csv'),
      '--date',
      '2026-11-01',
      '--out',
      out,
    );
    assert.equal(result.status, 1);
    assert.match(result.stderr, /duo-scholen-kapot\.csv:3: expected 4 fields, found 2/);
    assert.equal(existsSync(out), false);
    rmSync(dir, { recursive: true });
  });
});

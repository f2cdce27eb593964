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

  test('names only partnerships a source names, and says where each fact comes from', () => {
    const named = index.partnerships.filter((p) => p.name).map((p) => p.code);
    assert.deepEqual(named.sort(), ['PO0001', 'PO2604', 'VO2601', 'VO2604']);
    const ids = new Set(index.sources.map((s) => s.id));
    for (const p of index.partnerships) for (const ref of p.sources) assert.ok(ids.has(ref.source), `${p.code}: ${ref.source}`);
    assert.ok(index.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date)));
    assert.match(index.sources.find((s) => s.id === 'regeling-2015').title, /versie van 2015/);
  });

  test('describes split municipalities with their postcodes', () => {
    const po2301 = index.partnerships.find((p) => p.splitMunicipalities || p.area?.splitMunicipalities?.some((s) => s.municipality === 'Staphorst'));
    assert.ok(po2301, 'a partnership with part of Staphorst');
    assert.ok(po2301.area.splitMunicipalities.find((s) => s.municipality === 'Staphorst').postcodes.length > 0);
  });

  test('is validated by swv-data validate', () => {
    for (const file of ['data/index.json', 'data/schools/PO2604.json', 'data/postcodes/34.json', 'data/school-index/03R.json']) {
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

/**
 * The `swv-data` command: build, validate and import swv-data files. Node only.
 *
 *   swv-data build [--source DIR] [--curated DIR] [--out DIR]
 *   swv-data validate FILE-or-URL
 *   swv-data import-duo --addresses FILE [--schools FILE] --date YYYY-MM-DD [--out FILE]
 *   swv-data render TAG [name=value ...]
 */
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from './build-dataset.js';
import { importDuo } from './import-duo.js';
import { InputError, toJson, writeFileAtomically, writeFolderAtomically } from './files.js';
import { formatProblem, validateData, validateLookup, validateMap, validateSchools, type Validation } from '../src/format/validate.js';

const HELP = `swv-data: build, validate and import data for swv-elements

  swv-data build [--source DIR] [--curated DIR] [--out DIR]
      Builds the default dataset from the public sources (default ../shared/data/source)
      and the curated files (default data/curated) into --out (default data).
  swv-data validate FILE-or-URL [--lang nl|en]
      Checks a swv-data, swv-schools, swv-lookup or swv-map file. Exit 0 when valid, 1 with every problem.
  swv-data import-duo --addresses FILE [--schools FILE] --date YYYY-MM-DD [--out FILE]
      Converts DUO's partnership files (;-separated, windows-1252) into a swv-data file.
  swv-data render TAG [name=value ...]
      Prints one element as static HTML (declarative shadow DOM) on the default data, or on
      src=FILE-or-URL: for pages without JavaScript. Example: swv-data render swv-card code=PO2604
`;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function readDocument(target: string): Promise<unknown> {
  if (/^https?:\/\//.test(target)) {
    const response = await fetch(target);
    if (!response.ok) throw new InputError(target, undefined, `HTTP ${response.status}`);
    return JSON.parse(await response.text());
  }
  try {
    return JSON.parse(readFileSync(target, 'utf8'));
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `not JSON (${(error as Error).message})`;
    throw new InputError(target, undefined, message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      source: { type: 'string', default: '../shared/data/source' },
      curated: { type: 'string', default: 'data/curated' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      addresses: { type: 'string' },
      schools: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const lang = values.lang === 'nl' ? 'nl' : 'en';
  switch (command) {
    case 'build': {
      const out = resolve(values.out ?? 'data');
      const { files, counts } = buildDataset(values.source!, values.curated!, log);
      // The curated files live inside data/: keep them in the new folder too.
      for (const name of readdirSync(values.curated!).sort()) files.set(`curated/${name}`, readFileSync(join(values.curated!, name), 'utf8'));
      log(`writing ${files.size} files to ${out}`);
      writeFolderAtomically(out, files);
      log(`done: ${counts.po} PO and ${counts.vo} VO partnerships, ${counts.schools} schools, ${counts.unassigned} not assigned (see build-report.md)`);
      return 0;
    }
    case 'validate': {
      const target = positionals[0];
      if (!target) throw new InputError('(arguments)', undefined, 'name a file or URL to validate');
      const document = (await readDocument(target)) as { format?: unknown };
      const validators: Record<string, (input: unknown) => Validation<unknown>> = { 'swv-schools': validateSchools, 'swv-lookup': validateLookup, 'swv-map': validateMap };
      const validate = validators[String(document?.format)] ?? validateData;
      const result = validate(document);
      if (result.ok) {
        log(`${target}: valid`);
        return 0;
      }
      for (const problem of result.problems) console.log(`${target}: ${formatProblem(problem, lang)}`);
      log(`${result.problems.length} problem(s)`);
      return 1;
    }
    case 'import-duo': {
      if (!values.addresses || !values.date) throw new InputError('(arguments)', undefined, 'import-duo needs --addresses FILE and --date YYYY-MM-DD');
      const data = importDuo({ addresses: values.addresses, schools: values.schools, date: values.date });
      const result = validateData(data);
      if (!result.ok) {
        for (const problem of result.problems) log(`import: ${formatProblem(problem, lang)}`);
        return 1;
      }
      if (values.out) writeFileAtomically(values.out, toJson(data));
      else process.stdout.write(toJson(data));
      log(`imported ${data.partnerships.length} partnerships`);
      return 0;
    }
    case 'render': {
      const [tag, ...attributes] = positionals;
      if (!tag) throw new InputError('(arguments)', undefined, 'name an element, e.g. swv-data render swv-card code=PO2604');
      const { renderElement } = await import('./render.js');
      process.stdout.write(`${await renderElement(tag, attributes, new URL('../cdn/swv-data/index.json', import.meta.url))}\n`);
      return 0;
    }
    default:
      process.stdout.write(HELP);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    log(`swv-data: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

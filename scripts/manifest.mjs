/**
 * After the analyzer: a tidy `dist/custom-elements.json`, and what is generated from it:
 *   dist/vscode.html-custom-data.json   HTML custom data for VS Code (tags, attributes, values)
 *   docs/elements/<tag>.md              one reference page per element, with copy-paste snippets
 *   integrations/wordpress/swv-elements/includes/elements.php   the tags and attributes the plugin allows
 *   integrations/wordpress/swv-elements/blocks/<name>/block.json one block per element
 *   integrations/wordpress/swv-elements/blocks/editor-data.js    what the block editor script shows
 * The plain words for editors (titles, labels, choices) come from src/builder/options.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(FILE, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The typed event classes (src/events/), exported from the package. */
const EVENT_CLASSES = { 'swv-load': 'SwvLoadEvent', 'swv-error': 'SwvErrorEvent', 'swv-select': 'SwvSelectEvent' };

const elements = [];
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    // The analyzer also guesses events from `new SomeEvent('kind')` calls; only documented `swv-*` events are real.
    decl.events = (decl.events ?? [])
      .filter((event) => event.name?.startsWith('swv-') && event.description)
      .map((event) => ({ ...event, type: { text: EVENT_CLASSES[event.name] } }));
    // One entry per attribute: the documented one wins.
    const byName = new Map();
    for (const attribute of decl.attributes ?? []) {
      const known = byName.get(attribute.name);
      if (!known || (!known.description && attribute.description)) byName.set(attribute.name, { ...known, ...attribute });
    }
    decl.attributes = [...byName.values()].map((a) => (a.type?.text ? { ...a, type: { text: a.type.text.replace(/\bSector\b/, "'po' | 'vo'") } } : a));
    elements.push(decl);
  }
}
// The analyzer's module order varies between runs; the generated files must not.
elements.sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
writeFileSync(FILE, `${JSON.stringify(manifest, null, 2)}\n`);

const missing = elements.flatMap((el) => [
  ...el.attributes.filter((a) => !a.description).map((a) => `${el.tagName} attribute ${a.name}`),
  ...el.events.filter((e) => !e.description).map((e) => `${el.tagName} event ${e.name}`),
  ...(el.cssParts ?? []).filter((p) => !p.description).map((p) => `${el.tagName} part ${p.name}`),
  ...(el.cssProperties ?? []).filter((p) => !p.description).map((p) => `${el.tagName} property ${p.name}`),
]);
if (missing.length) throw new Error(`custom-elements.json: no description for ${missing.join(', ')}`);

/** `'po' | 'vo'` → ['po', 'vo'] */
const valuesOf = (type) => [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);

writeFileSync(
  'dist/vscode.html-custom-data.json',
  `${JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((el) => ({
        name: el.tagName,
        description: el.summary ?? el.description,
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          ...(valuesOf(a.type).length ? { values: valuesOf(a.type).map((name) => ({ name })) } : {}),
        })),
        references: [{ name: 'swv-elements', url: `https://www.npmjs.com/package/${pkg.name}` }],
      })),
    },
    null,
    2,
  )}\n`,
);

const CDN = `https://unpkg.com/${pkg.name}@${pkg.version}/dist/cdn/swv-elements.js`;
const example = {
  'swv-card': { attrs: 'code="PO2604"', short: 'card', wp: 'code="PO2604"' },
  'swv-overview': { attrs: 'municipality="Woerden"', short: 'overview', wp: 'municipality="Woerden"' },
  'opr-info': { attrs: 'code="PO2604"', short: 'opr', wp: 'code="PO2604"' },
  'swv-finder': { attrs: 'sector="po"', short: 'finder', wp: 'sector="po"' },
  'swv-map': { attrs: 'sector="po"', short: 'map', wp: 'sector="po"' },
};
const table = (rows, head) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map(
          (r) =>
            `| ${r
              .map((c) =>
                String(c ?? '')
                  .replace(/\|/g, '\\|')
                  .replace(/\n/g, ' '),
              )
              .join(' | ')} |`,
        ),
      ].join('\n')
    : 'None.';
const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

mkdirSync('docs/elements', { recursive: true });
for (const el of elements) {
  const ex = example[el.tagName] ?? { attrs: '', short: el.tagName, wp: '' };
  const attrs = ex.attrs ? ` ${ex.attrs}` : '';
  const jsxAttrs = ex.attrs.replace(/([a-z-]+)=/g, (_, name) => `${name.replace(/-([a-z])/g, (__, c) => c.toUpperCase())}=`);
  const dataAttrs = ex.attrs.replace(/([a-z-]+)=/g, 'data-$1=');
  const page = `# \`<${el.tagName}>\`

${el.summary ?? ''}

${(el.description ?? '').trim()}

<!-- Generated from dist/custom-elements.json by scripts/manifest.mjs: edit the JSDoc, not this file. -->

## Attributes

${table(
  el.attributes.map((a) => [`\`${a.name}\``, a.type?.text ? `\`${a.type.text}\`` : '', a.default ? `\`${a.default}\`` : '', a.description]),
  ['attribute', 'type', 'default', 'description'],
)}

Properties: every attribute is also a property (camelCase: \`heading-level\` → \`headingLevel\`). \`data\` takes an
already loaded swv-data document (it is still validated); \`dataState\` tells \`initial\`, \`pending\`, \`complete\` or \`error\`.

## Events

${table(
  el.events.map((e) => [`\`${e.name}\``, e.type?.text ? `\`${e.type.text}\`` : '', e.description]),
  ['event', 'class', 'description'],
)}

## Slots

${table(
  (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
  ['slot', 'description'],
)}

## CSS parts

${table(
  (el.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description]),
  ['part', 'description'],
)}

## CSS custom properties

${table(
  (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
  ['property', 'description'],
)}

## Snippets

Not a programmer? The code builder ([demo/builder.html](../../demo/builder.html), \`npm start\`) writes
these for you: choose, find your school, copy. Site builders that accept only an iframe:
[embed.md](../embed.md).

Script tag (any page; see [script-tag.md](../script-tag.md) for the integrity hash and self-hosting):

\`\`\`html
<script type="module" src="${CDN}"></script>
<${el.tagName}${attrs}><a href="https://www.passendonderwijs.nl/">Passend onderwijs</a></${el.tagName}>
\`\`\`

A page builder that strips unknown tags (the script above must be on the page):

\`\`\`html
<div data-swv="${ex.short}"${dataAttrs ? ` ${dataAttrs}` : ''}></div>
\`\`\`

WordPress, with the plugin in \`integrations/wordpress\`:

\`\`\`text
[${el.tagName}${ex.wp ? ` ${ex.wp}` : ''} /]
\`\`\`

React 18 (\`swv-elements/react\`, wrappers made with \`@lit/react\`):

\`\`\`jsx
import { ${pascal(el.tagName)} } from 'swv-elements/react';

<${pascal(el.tagName)} ${jsxAttrs}${el.events
    .map((e) => ` on${pascal(e.name)}={(event) => console.log(event)}`)
    .slice(0, 1)
    .join('')} />
\`\`\`

React 19 (custom elements work directly; importing \`swv-elements/react\` registers them and types the tags; events are \`on\` + their name as it is):

\`\`\`jsx
import 'swv-elements/react';

<${el.tagName} ${ex.attrs}${(el.events ?? [])
    .filter((e) => e.name)
    .map((e) => ` on${e.name}={(event) => console.log(event)}`)
    .slice(0, 1)
    .join('')}></${el.tagName}>
\`\`\`

Vue 3 (tell the compiler these tags are custom elements):

\`\`\`js
// vite.config.js
vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('swv-') || tag === 'opr-info' } } });
// main.js
import 'swv-elements/define';
\`\`\`

\`\`\`html
<${el.tagName} ${ex.attrs}></${el.tagName}>
\`\`\`

Angular (standalone component):

\`\`\`ts
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'swv-elements/define';

@Component({ selector: 'app-swv', standalone: true, schemas: [CUSTOM_ELEMENTS_SCHEMA], template: \`<${el.tagName} ${ex.attrs}></${el.tagName}>\` })
export class SwvComponent {}
\`\`\`

Without JavaScript (static HTML with declarative shadow DOM, printed by the command-line tool):

\`\`\`sh
npx swv-data render ${el.tagName}${ex.attrs ? ` ${ex.attrs.replace(/"/g, '')}` : ''} > fragment.html
\`\`\`
`;
  writeFileSync(`docs/elements/${el.tagName}.md`, page.replace(/\n{3,}/g, '\n\n'));
}
/** The plain words for editors; every element, attribute and choice must have them. */
const options = JSON.parse(readFileSync('src/builder/options.json', 'utf8'));
/** The languages of the texts, in src/i18n/locale.ts's order (Dutch first). */
const LANGUAGES = [...readFileSync('src/i18n/locale.ts', 'utf8').match(/LOCALES = \[([^\]]+)\]/)[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
/** The choices of an attribute: its type's values, or the languages, or heading levels 1–6. */
const choicesOf = (attribute) =>
  attribute.name === 'lang' ? LANGUAGES : attribute.name === 'dir' ? ['ltr', 'rtl'] : attribute.name === 'heading-level' ? ['1', '2', '3', '4', '5', '6'] : valuesOf(attribute.type);
const unworded = elements.flatMap((el) => [
  ...(options.elements[el.tagName] ? [] : [el.tagName]),
  ...el.attributes.flatMap((a) => [
    ...(options.attributes[a.name] ? [] : [`${el.tagName} ${a.name}`]),
    ...choicesOf(a)
      .filter((value) => !options.attributes[a.name]?.values?.[value])
      .map((value) => `${a.name}=${value}`),
  ]),
]);
if (unworded.length) throw new Error(`src/builder/options.json: no plain words for ${[...new Set(unworded)].join(', ')}`);

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const blockName = (tag) => tag.replace(/^swv-/, '');
const BLOCKS = 'integrations/wordpress/swv-elements/blocks';
for (const el of elements) {
  mkdirSync(`${BLOCKS}/${blockName(el.tagName)}`, { recursive: true });
  const words = options.elements[el.tagName];
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `swv/${blockName(el.tagName)}`,
    version: pkg.version,
    title: words.nl.title,
    description: `${words.nl.description} ${words.en.description}`,
    category: 'widgets',
    icon: 'groups',
    keywords: ['passend onderwijs', 'samenwerkingsverband', 'swv', 'opr', el.tagName],
    textdomain: 'swv-elements',
    attributes: Object.fromEntries(
      el.attributes.map((a) => [
        camel(a.name),
        a.type?.text === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', ...(choicesOf(a).length ? { enum: ['', ...choicesOf(a)] } : {}) },
      ]),
    ),
    supports: { html: false, customClassName: false },
    // The inserter's preview.
    example: { attributes: Object.fromEntries([...(example[el.tagName]?.attrs ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [camel(m[1]), m[2]])) },
    editorScript: 'swv-elements-editor',
    script: 'swv-elements',
  };
  writeFileSync(`${BLOCKS}/${blockName(el.tagName)}/block.json`, `${JSON.stringify(block, null, 2)}\n`);
}
writeFileSync(
  `${BLOCKS}/editor-data.js`,
  `/* Generated from custom-elements.json and src/builder/options.json by scripts/manifest.mjs: do not edit. */
window.swvElementsBlocks = ${JSON.stringify(
    {
      // Each attribute once: its key in the block, kind, words and choices.
      attributes: Object.fromEntries(
        elements
          .flatMap((el) => el.attributes)
          .map((a) => [
            a.name,
            {
              name: a.name,
              key: camel(a.name),
              boolean: a.type?.text === 'boolean',
              words: { nl: options.attributes[a.name].nl, en: options.attributes[a.name].en },
              choices: choicesOf(a).length ? ['', ...choicesOf(a)].map((value) => ({ value, words: options.attributes[a.name].values[value] })) : undefined,
            },
          ]),
      ),
      blocks: elements.map((el) => ({
        name: `swv/${blockName(el.tagName)}`,
        tag: el.tagName,
        words: { nl: options.elements[el.tagName].nl, en: options.elements[el.tagName].en },
        oneOf: options.elements[el.tagName].oneOf ?? [],
        attributes: el.attributes.map((a) => a.name),
      })),
    },
    null,
    1,
  )};
`,
);

const php = (value) => `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;
writeFileSync(
  'integrations/wordpress/swv-elements/includes/elements.php',
  `<?php
/**
 * The elements and their attributes. Generated from custom-elements.json by scripts/manifest.mjs
 * during \`npm run build\`: do not edit.
 */

if ( ! defined( 'ABSPATH' ) ) {
\texit;
}

function swv_elements_definitions() {
\treturn array(
${elements
  .map(
    (el) => `\t\t${php(el.tagName)} => array(
\t\t\t'block'      => ${php(blockName(el.tagName))},
\t\t\t'attributes' => array( ${el.attributes.map((a) => php(a.name)).join(', ')} ),
\t\t\t'boolean'    => array( ${el.attributes
      .filter((a) => a.type?.text === 'boolean')
      .map((a) => php(a.name))
      .join(', ')} ),
\t\t),`,
  )
  .join('\n')}
\t);
}
`.replace(/array\(  \)/g, 'array()'),
);

console.log(`[manifest] ${elements.length} elements: custom-elements.json, vscode.html-custom-data.json, docs/elements/*.md, WordPress elements.php, blocks`);

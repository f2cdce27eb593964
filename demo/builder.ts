/**
 * The code builder (demo/builder.html): school staff pick what to show, find their school or
 * partnership with the finder itself, set the options in plain words, see the result, and copy
 * the code for their kind of site. Not part of the package; the snippets come from
 * src/builder/snippets.ts and the words from src/builder/options.json (shared with the
 * WordPress blocks).
 */
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { SNIPPET_KINDS, snippet, type Choice, type Place, type SnippetKind } from '../src/builder/snippets.js';
import type { SwvSelectEvent } from '../src/events/swv-select.js';

type Language = 'nl' | 'en';
type Words<T> = Record<Language, T>;
interface Options {
  elements: Record<string, Words<{ title: string; description: string }> & { oneOf?: string[] }>;
  attributes: Record<string, Words<{ label: string; help: string }> & { values?: Record<string, Words<string>> }>;
}
interface Attribute {
  name: string;
  boolean: boolean;
}

const TAGS = ['swv-card', 'swv-overview', 'opr-info', 'swv-finder', 'swv-map'];
/** The attributes that say which partnerships an element shows: a pick in the finder sets one. */
const WHAT = ['code', 'codes', 'school', 'postcode', 'municipality'];

const TEXT: Words<Record<string, string>> = {
  nl: {
    choose: '1. Wat wilt u tonen?',
    find: '2. Zoek uw school of samenwerkingsverband',
    findHelp: 'Typ de naam van de school, een postcode of een plaats. Kies dan het goede antwoord.',
    picked: 'Gekozen',
    settings: '3. Instellingen',
    preview: '4. Zo ziet het eruit',
    code: '5. Kopieer de code',
    place: 'Adres van de scripts',
    placeHelp: 'Laat staan, of vul het adres in van de map dist/cdn op uw eigen server.',
    noIntegrity: 'Zonder integriteitscode: die maakt npm run build.',
    copy: 'Kopieer',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer met Ctrl+C.',
    yes: 'Aan',
    script: 'Gewone website (script)',
    scriptHelp:
      'Zet dit in de HTML van uw pagina. Wilt u op dezelfde pagina ook iets anders tonen (zie stap 1)? Gebruik dan één keer swv-elements.js in plaats van het script op de eerste regel.',
    shortcode: 'WordPress: shortcode',
    shortcodeHelp: 'Met de plug-in swv-elements. Plak in een blok Shortcode of in de tekst.',
    block: 'WordPress: blok',
    blockHelp: 'Met de plug-in. Plak in de code-editor van een bericht (Ctrl+Shift+Alt+M).',
    mount: 'Paginabouwer die onbekende tags weghaalt',
    mountHelp: 'Plak in een HTML-blok. Het script moet ook op de pagina staan (bijvoorbeeld in de voettekst).',
    iframe: 'Alleen een iframe mogelijk (Google Sites, Wix, Squarespace)',
    iframeHelp: 'Plak in een blok Insluiten of iframe. Geen script toegestaan? Laat dan de tweede regel weg; de hoogte staat vast.',
    react: 'React',
    reactHelp: 'Na npm install swv-elements.',
  },
  en: {
    choose: '1. What do you want to show?',
    find: '2. Find your school or partnership',
    findHelp: "Type the school's name, a postcode or a town. Then choose the right answer.",
    picked: 'Chosen',
    settings: '3. Settings',
    preview: '4. What it looks like',
    code: '5. Copy the code',
    place: 'Address of the scripts',
    placeHelp: 'Leave it, or fill in the address of the dist/cdn folder on your own server.',
    noIntegrity: 'Without an integrity hash: npm run build makes it.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work. Select the code and copy it with Ctrl+C.',
    yes: 'On',
    script: 'Ordinary website (script)',
    scriptHelp:
      "Put this in your page's HTML. Showing something else on the same page too (see step 1)? Then use swv-elements.js once, instead of the script on the first line.",
    shortcode: 'WordPress: shortcode',
    shortcodeHelp: 'With the swv-elements plugin. Paste it into a Shortcode block or the text.',
    block: 'WordPress: block',
    blockHelp: "With the plugin. Paste it into a post's code editor (Ctrl+Shift+Alt+M).",
    mount: 'Page builder that removes unknown tags',
    mountHelp: 'Paste it into an HTML block. The script must be on the page too (for example in the footer).',
    iframe: 'Only an iframe allowed (Google Sites, Wix, Squarespace)',
    iframeHelp: 'Paste it into an Embed or iframe block. No scripts allowed? Leave out the second line; the height is then fixed.',
    react: 'React',
    reactHelp: 'After npm install swv-elements.',
  },
};

/**
 * The element's own attributes (Lit's declared properties, plus `lang` and `dir`, which every
 * element reads), in the order of options.json: what to show first, then how.
 */
function attributesOf(tag: string, options: Options): Attribute[] {
  const ctor = customElements.get(tag) as (typeof LitElement & CustomElementConstructor) | undefined;
  if (!ctor) return [];
  const declared = new Map(
    [...ctor.elementProperties.entries()]
      .filter(([, property]) => property.attribute !== false && !property.state)
      .map(([key, property]) => [typeof property.attribute === 'string' ? property.attribute : String(key).toLowerCase(), property.type === Boolean]),
  );
  return Object.keys(options.attributes)
    .filter((name) => declared.has(name) || name === 'lang' || name === 'dir')
    .map((name) => ({ name, boolean: declared.get(name) ?? false }));
}

export class SwvCodeBuilder extends LitElement {
  // Declared like the library's elements, without decorators; all of it is internal state.
  static override properties: PropertyDeclarations = {
    language: { state: true },
    tag: { state: true },
    values: { state: true },
    picked: { state: true },
    status: { state: true },
    place: { state: true },
    options: { state: true },
  };

  private language: Language = 'nl';
  private tag = 'swv-card';
  /** Attribute values by name, kept when the element changes (sector, language, …). */
  private values: Record<string, string | boolean> = { code: 'PO2604' };
  private picked = '';
  private status = '';
  private place: Place = { base: '' };
  private options?: Options;

  // Light DOM: the page's own styles and the tests see the form as a reader does.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const [options, pkg, integrity] = await Promise.all([
      fetch(new URL('../src/builder/options.json', import.meta.url)).then((r) => r.json() as Promise<Options>),
      fetch(new URL('../package.json', import.meta.url)).then((r) => r.json() as Promise<{ name: string; version: string }>),
      fetch(new URL('../dist/cdn/integrity.json', import.meta.url))
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : undefined))
        .catch(() => undefined),
    ]);
    this.options = options;
    this.place = { base: `https://unpkg.com/${pkg.name}@${pkg.version}/dist/cdn`, integrity };
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    this.requestUpdate();
  }

  /** What the copied code and the preview say: the chosen element with the attributes set. */
  get choice(): Choice {
    const attributes = (this.options ? attributesOf(this.tag, this.options) : []).flatMap(({ name, boolean }): [string, string][] => {
      const value = this.values[name];
      if (boolean) return value ? [[name, '']] : [];
      return typeof value === 'string' && value.trim() ? [[name, value.trim()]] : [];
    });
    return { tag: this.tag, attributes };
  }

  private get text(): Record<string, string> {
    return TEXT[this.language];
  }

  private set(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    this.status = '';
  }

  /** Another element: what the last one showed carries over where it can (a code, a list of codes). */
  private choose(tag: string): void {
    const { code, codes } = this.values;
    const single = typeof codes === 'string' && !codes.includes(',') ? codes.trim() : '';
    if (tag === 'swv-overview' && code && !codes) this.values = { ...this.values, codes: code };
    if (tag !== 'swv-overview' && !code && single) this.values = { ...this.values, code: single };
    this.tag = tag;
  }

  /** A pick in the finder: the attribute of this element that shows it. */
  private onPick(event: SwvSelectEvent): void {
    const codes = event.partnerships.map((p) => p.code);
    const sector = this.values.sector;
    const inSector = event.partnerships.find((p) => p.sector === sector) ?? event.partnerships[0];
    const pick: Record<string, string> | undefined = {
      'swv-card': {
        partnership: { code: event.query },
        school: { school: event.query },
        postcode: { postcode: event.query },
        municipality: { municipality: event.query },
      }[event.kind],
      'swv-overview': {
        partnership: { codes: event.query },
        school: { codes: codes.join(', ') },
        postcode: { postcode: event.query },
        municipality: { municipality: event.query },
      }[event.kind],
      'opr-info': inSector ? { code: inSector.code } : undefined,
      'swv-map': event.kind === 'postcode' ? { postcode: event.query } : inSector ? { code: inSector.code } : undefined,
    }[this.tag];
    if (!pick) return;
    const cleared = Object.fromEntries(WHAT.map((name) => [name, '']));
    this.values = { ...this.values, ...cleared, ...pick };
    const [name, value] = Object.entries(pick)[0];
    this.picked = `${this.text.picked}: ${this.options?.attributes[name]?.[this.language].label ?? name} = ${value}`;
  }

  private async copy(kind: SnippetKind): Promise<void> {
    const code = this.querySelector<HTMLElement>(`#snippet-${kind}`);
    const text = code?.textContent ?? '';
    const title = this.text[kind];
    try {
      await navigator.clipboard.writeText(text);
      this.status = `${this.text.copied}: ${title}`;
    } catch {
      // No clipboard (an older browser, a page without permission): select it for Ctrl+C.
      if (code) getSelection()?.selectAllChildren(code);
      this.status = this.text.copyFailed;
    }
  }

  protected override updated(): void {
    // The preview is the element itself; a new one when the element changes.
    const preview = this.querySelector('.preview');
    if (!preview) return;
    let element = preview.firstElementChild;
    if (element?.localName !== this.tag) {
      element = document.createElement(this.tag);
      preview.replaceChildren(element);
    }
    const wanted = new Map(this.choice.attributes);
    for (const { name } of [...element.attributes]) if (!wanted.has(name)) element.removeAttribute(name);
    for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  private control(attribute: Attribute): unknown {
    const words = this.options?.attributes[attribute.name];
    if (!words) return nothing;
    const { label, help } = words[this.language];
    const id = `option-${attribute.name}`;
    const value = this.values[attribute.name];
    const describedBy = help ? `${id}-help` : nothing;
    const input = attribute.boolean
      ? html`<input
          type="checkbox"
          id=${id}
          .checked=${!!value}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).checked)}
        />`
      : words.values
        ? html`<select id=${id} aria-describedby=${describedBy} @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLSelectElement).value)}>
            ${Object.entries(words.values).map(([choice, names]) => html`<option value=${choice} ?selected=${(value ?? '') === choice}>${names[this.language]}</option>`)}
          </select>`
        : html`<input
            type="text"
            id=${id}
            .value=${typeof value === 'string' ? value : ''}
            aria-describedby=${describedBy}
            @input=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).value)}
          />`;
    return html`<div class="option ${attribute.boolean ? 'option-check' : ''}">
      ${attribute.boolean ? html`${input}<label for=${id}>${label}</label>` : html`<label for=${id}>${label}</label>${input}`}
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    </div>`;
  }

  protected override render(): unknown {
    if (!this.options) return html`<p>…</p>`;
    const t = this.text;
    const choice = this.choice;
    return html`
      <p class="languages" role="group" aria-label="Taal / Language">
        ${(['nl', 'en'] as const).map(
          (language) =>
            html`<button
              type="button"
              lang=${language}
              aria-pressed=${this.language === language ? 'true' : 'false'}
              @click=${() => (this.language = language)}
            >
              ${language === 'nl' ? 'Nederlands' : 'English'}
            </button>`,
        )}
      </p>
      <div lang=${this.language}>
        <fieldset class="elements">
          <legend><h2>${t.choose}</h2></legend>
          ${TAGS.map((tag) => {
            const words = this.options!.elements[tag][this.language];
            return html`<div class="element-choice">
              <input
                type="radio"
                name="element"
                id="element-${tag}"
                value=${tag}
                .checked=${this.tag === tag}
                aria-describedby="element-${tag}-help"
                @change=${() => this.choose(tag)}
              />
              <label for="element-${tag}">${words.title}</label>
              <p class="help" id="element-${tag}-help">${words.description}</p>
            </div>`;
          })}
        </fieldset>
        ${
          this.tag === 'swv-finder'
            ? nothing
            : html`<section class="find" aria-labelledby="find-title">
                <h2 id="find-title">${t.find}</h2>
                <p class="help">${t.findHelp}</p>
                <swv-finder heading-level="3" lang=${this.language} @swv-select=${this.onPick}></swv-finder>
                <p class="picked" role="status">${this.picked}</p>
              </section>`
        }
        <fieldset class="settings">
          <legend><h2>${t.settings}</h2></legend>
          ${attributesOf(this.tag, this.options).map((attribute) => this.control(attribute))}
        </fieldset>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">${t.preview}</h2>
          <div class="preview"></div>
        </section>
        <section aria-labelledby="code-title">
          <h2 id="code-title">${t.code}</h2>
          <div class="option">
            <label for="place">${t.place}</label>
            <input
              type="url"
              id="place"
              .value=${this.place.base}
              aria-describedby="place-help"
              @input=${(e: Event) => (this.place = { ...this.place, base: (e.target as HTMLInputElement).value.replace(/\/+$/, '') })}
            />
            <p class="help" id="place-help">${t.placeHelp} ${this.place.integrity ? nothing : t.noIntegrity}</p>
          </div>
          ${SNIPPET_KINDS.map(
            (kind) =>
              html`<div class="snippet">
                <h3 id="title-${kind}">${t[kind]}</h3>
                <p class="help" id="help-${kind}">${t[`${kind}Help`]}</p>
                <pre><code id="snippet-${kind}" lang="en" translate="no">${snippet(kind, choice, this.place)}</code></pre>
                <button type="button" aria-describedby="title-${kind}" @click=${() => this.copy(kind)}>${t.copy}</button>
              </div>`,
          )}
        </section>
        <p class="status" role="status">${this.status}</p>
      </div>
    `;
  }
}

defineElement('swv-code-builder', SwvCodeBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'swv-code-builder': SwvCodeBuilder;
  }
}
